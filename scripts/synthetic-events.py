#!/usr/bin/env python3
"""Makes a synthetic store's N-Quads from a small attache export in which the copies are distinct events.

Usage: synthetic-events.py EXPORT.nq COPIES OUT_DIR [SHARDS] [VARIANTS]

Like synthetic-shards.py (every article copied COPIES times under new IRIs, the derived graphs left
out), but the copies do not merge into the same events: copy N belongs to variant N % VARIANTS and
is shifted by 5 * (N // VARIANTS) months, so no two copies share both their entities and their dates.
  - variant v maps every state of the export to a state of gazetteer/countries.tsv, drawn with
    Zipf-like weights (a few states take part in many events, most in few, as in the news), so the
    events relate many pairs of states; the states drawn are written to the entities graph;
  - variant v renames every person, place, organisation and post to a variant of its own
    ('…--vV'), whose entity description is copied with its state mapped and its Wikidata links
    left out (a shared Wikidata id would make the variants one identity and merge their events);
  - every xsd:date, xsd:gYearMonth and xsd:gYear in the copied graphs and metadata is moved by the
    copy's months (days past the 28th become the 28th).
Output: OUT_DIR/part-NNNNN.nq.gz, articles spread round-robin over SHARDS files (default 8);
VARIANTS defaults to 200.
"""
import gzip
import hashlib
import os
import random
import re
import sys

ID = "https://w3id.org/attache/id/"
GRAPH_BASE = "https://w3id.org/attache/graph/"
ARTICLE_GRAPH = re.compile(r"<" + re.escape(GRAPH_BASE) + r"article/([0-9a-f]{16})> \.$")
METADATA = "<" + GRAPH_BASE + "metadata> ."
ENTITIES = "<" + GRAPH_BASE + "entities> ."
ARTICLE_SUBJECT = re.compile(r"^<https://w3id\.org/attache/id/article/([0-9a-f]{16})>")
URL = re.compile(r'(<http://schema\.org/url> ")([^"]*)(")')
ENTITY = re.compile(r"<(" + re.escape(ID) + r"(state|person|place|org|post)/[^>#]*)(#[^>]*)?>")
XSD = "http://www.w3.org/2001/XMLSchema#"
DATE = re.compile(r'"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?"\^\^<' + re.escape(XSD) + r"(date|gYearMonth|gYear)>")
WIKIDATA = ("<http://www.w3.org/2004/02/skos/core#exactMatch>", "#wikidata-link>")
COUNTRIES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gazetteer", "countries.tsv")


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def states():
    pool = []
    with open(COUNTRIES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name = line.split("\t")[2].strip()
            pool.append((ID + "state/" + slug(name), name))
    return pool


def shifted(m, months):
    year, month, day, kind = int(m.group(1)), m.group(2), m.group(3), m.group(4)
    if kind == "gYear":
        return '"%04d"^^<%sgYear>' % (year + months // 12, XSD)
    total = year * 12 + int(month) - 1 + months
    if kind == "gYearMonth":
        return '"%04d-%02d"^^<%sgYearMonth>' % (total // 12, total % 12 + 1, XSD)
    return '"%04d-%02d-%02d"^^<%sdate>' % (total // 12, total % 12 + 1, min(int(day), 28), XSD)


def main():
    src, copies, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    shards = int(sys.argv[4]) if len(sys.argv) > 4 else 8
    variants = int(sys.argv[5]) if len(sys.argv) > 5 else 200
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
    for h in articles:
        metadata.setdefault(h, []).extend(l for l in entities if h in l)
    entities = [l for l in entities if not any(h in l for h in articles)]
    own_states = sorted({m.group(1) for l in entities for m in ENTITY.finditer(l) if m.group(2) == "state"})
    described = [l for l in entities if ENTITY.match(l) and ENTITY.match(l).group(2) != "state"
                 and not any(w in l for w in WIKIDATA)]

    pool = states()
    rng = random.Random(15)
    rng.shuffle(pool)
    weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(pool))]
    maps = []
    for v in range(variants):
        vr = random.Random(1000 + v)
        chosen = {}
        for s in own_states:
            while True:
                pick = vr.choices(pool, weights)[0][0]
                if pick not in chosen.values():
                    chosen[s] = pick
                    break
        maps.append(chosen)

    def rename(line, v):
        def one(m):
            iri, kind, frag = m.group(1), m.group(2), m.group(3) or ""
            if kind == "state":
                return "<" + maps[v].get(iri, iri) + frag + ">"
            return "<" + iri + "--v%d" % v + frag + ">"
        return ENTITY.sub(one, line)

    os.makedirs(out, exist_ok=True)
    files = [gzip.open(os.path.join(out, "part-%05d.nq.gz" % i), "wt", encoding="utf-8", compresslevel=1)
             for i in range(shards)]
    head = entities + ["<%s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/attache/ontology#State> %s\n"
                       "<%s> <http://www.w3.org/2000/01/rdf-schema#label> \"%s\"@en %s" % (iri, ENTITIES, iri, name, ENTITIES)
                       for iri, name in pool if iri not in own_states]
    for v in range(min(variants, copies)):
        head.extend(rename(l, v) for l in described)
    files[0].write("\n".join(head) + "\n")
    n = 0
    for copy in range(copies):
        v, months = copy % variants, 5 * (copy // variants)
        for h in sorted(articles):
            new = hashlib.sha256(("%s/%d" % (h, copy)).encode()).hexdigest()[:16]
            block = [l.replace(h, new) for l in articles[h] + metadata.get(h, [])]
            block = [URL.sub(lambda m: m.group(1) + m.group(2) + "/copy-%d" % copy + m.group(3), l) for l in block]
            block = [DATE.sub(lambda m: shifted(m, months), rename(l, v)) for l in block]
            files[n % shards].write("\n".join(block) + "\n")
            n += 1
    for f in files:
        f.close()
    print("%d articles in %d shards under %s (%d variants of %d states)" % (n, shards, out, variants, len(own_states)), file=sys.stderr)


if __name__ == "__main__":
    main()
