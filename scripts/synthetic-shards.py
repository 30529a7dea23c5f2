#!/usr/bin/env python3
"""Makes a synthetic store's N-Quads from a small attache export: every article copied N times under new IRIs.

Usage: synthetic-shards.py EXPORT.nq COPIES OUT_DIR [SHARDS]

Each copy of an article gets a new 16-hex article hash (in its graph name, article, fact and span IRIs)
and its url gains '/copy-N', so the copies are distinct articles about the same facts. The entities
graph is written once (in shard 0), except the entities minted for one article (an event it
names), which are copied with it as its metadata is. The derived graphs
(events, wikidata-view) are left out: the store makes its own. Output: OUT_DIR/part-NNNNN.nq.gz,
articles spread round-robin over SHARDS files (default 8).
"""
import gzip
import hashlib
import os
import re
import sys

GRAPH_BASE = "https://w3id.org/attache/graph/"
ARTICLE_GRAPH = re.compile(r"<" + re.escape(GRAPH_BASE) + r"article/([0-9a-f]{16})> \.$")
METADATA = "<" + GRAPH_BASE + "metadata> ."
ENTITIES = "<" + GRAPH_BASE + "entities> ."
ARTICLE_SUBJECT = re.compile(r"^<https://w3id\.org/attache/id/article/([0-9a-f]{16})>")
URL = re.compile(r'(<http://schema\.org/url> ")([^"]*)(")')


def main():
    src, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    shards = int(sys.argv[4]) if len(sys.argv) > 4 else 8
    articles, metadata, entities = {}, {}, []
    with open(src, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            m = ARTICLE_GRAPH.search(line)
            if m:
                articles.setdefault(m.group(1), []).append(line)
            elif line.endswith(METADATA):
                s = ARTICLE_SUBJECT.match(line)
                if s:
                    metadata.setdefault(s.group(1), []).append(line)
            elif line.endswith(ENTITIES):
                entities.append(line)
    # an entity minted for one article (an event it names) carries the article's hash: it is copied with the article
    for h in articles:
        own = [l for l in entities if h in l]
        metadata.setdefault(h, []).extend(own)
    entities = [l for l in entities if not any(h in l for h in articles)]
    os.makedirs(out, exist_ok=True)
    files = [gzip.open(os.path.join(out, "part-%05d.nq.gz" % i), "wt", encoding="utf-8", compresslevel=1)
             for i in range(shards)]
    files[0].write("\n".join(entities) + "\n")
    n = 0
    for copy in range(copies):
        for h in sorted(articles):
            new = hashlib.sha256(("%s/%d" % (h, copy)).encode()).hexdigest()[:16]
            block = [l.replace(h, new) for l in articles[h] + metadata.get(h, [])]
            block = [URL.sub(lambda m: m.group(1) + m.group(2) + "/copy-%d" % copy + m.group(3), l) for l in block]
            files[n % shards].write("\n".join(block) + "\n")
            n += 1
    for f in files:
        f.close()
    print("%d articles in %d shards under %s" % (n, shards, out), file=sys.stderr)


if __name__ == "__main__":
    main()
