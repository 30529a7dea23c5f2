#!/usr/bin/env python3
"""Write rules/README.md: every extraction rule with its record type, its example sentence and
its precision and recall on an evaluation set, measured with the shared scorer's matching.

usage: scripts/rule-catalogue.py [SET_DIR]   (default ../shared/eval/dev; needs target/attache.jar)
A rule's precision counts its rows that match a gold fact (optional gold lines included) among
all its rows; its recall counts the required gold facts its rows match among all required gold
facts of its record type.
"""
import csv
import os
import re
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.abspath(__file__))
project = os.path.dirname(here)
set_dir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(project, "..", "shared", "eval", "dev"))
sys.path.insert(0, os.path.join(project, "..", "shared", "eval"))
import score  # noqa: E402  the shared scorer's matching functions

RULE_FILES = ["visit", "meeting", "position", "cooperation", "supply", "statement", "attendance", "delegation"]
KIND = {"delegation": "accompanied"}


def read_rules():
    rules = []
    for name in RULE_FILES:
        comments, block = [], {}
        path = os.path.join(project, "rules", name + ".rules")
        for line in open(path, encoding="utf-8").read().split("\n") + [""]:
            line = line.strip()
            if not line:
                if "id" in block:
                    example = block.get("example") or next((c for c in reversed(comments) if c), "")
                    rules.append((block["id"], block["type"], "tokens" if "tokens" in block else "semgrex", example))
                comments, block = ([] if block else comments), {}
                continue
            if line.startswith("#"):
                comments.append(line.lstrip("# ").strip())
            elif ":" in line:
                k, _, v = line.partition(":")
                block[k.strip()] = v.strip()
    return rules


def main():
    jar = os.path.join(project, "target", "attache.jar")
    with tempfile.TemporaryDirectory() as work:
        articles = sorted(os.path.join(set_dir, "articles", f) for f in os.listdir(os.path.join(set_dir, "articles")))
        subprocess.run(["java", "-jar", jar, "ingest", "--store", work + "/store"] + articles, check=True, capture_output=True)
        subprocess.run(["java", "-jar", jar, "query", "--store", work + "/store", "--all", "--format", "csv", "--out", work + "/t"],
                       check=True, capture_output=True)
        al = score.Aliases(os.path.join(project, "..", "shared", "eval", "aliases.tsv"))
        stats = {}
        required = {}
        for gold_file in sorted(os.listdir(os.path.join(set_dir, "gold"))):
            stem = gold_file[:-4]
            url = score.read_header(os.path.join(set_dir, "articles", stem + ".txt")).get("url", "")
            gold = score.read_gold(os.path.join(set_dir, "gold", gold_file))
            for kind, (csv_name, _, columns) in score.TYPES.items():
                g_rows = [(v, opt) for k, v, opt in gold if k == kind]
                required[kind] = required.get(kind, 0) + sum(1 for _, opt in g_rows if not opt)
                path = os.path.join(work, "t", csv_name)
                if not os.path.exists(path):
                    continue
                for row in csv.DictReader(open(path, encoding="utf-8")):
                    if row.get("source") != url:
                        continue
                    vals = [(row.get(c) or "").strip() for c in columns]
                    rule = row.get("rule", "")
                    hit = [i for i, (g, _) in enumerate(g_rows) if score.key_match(kind, al, g, vals)]
                    st = stats.setdefault(rule, {"rows": 0, "hits": 0, "found": set()})
                    st["rows"] += 1
                    st["hits"] += 1 if hit else 0
                    st["found"].update((stem, i) for i in hit if not g_rows[i][1])
    out = ["# Extraction rules", "",
           "Each `rules/<type>.rules` file opens with a block that declares the roles its rules may bind",
           "(`roles:`) and the helper nodes they may name (`nodes:`). Then come rule blocks, separated by",
           "blank lines: `id:`, `type:`, `example:` (a sentence of our own that the rule must read;",
           "`RuleExamplesTest` runs every one), `pattern:` (Semgrex over the enhanced++ dependency graph)",
           "or `tokens:` (TokensRegex over the tagged tokens), and optionally `set:` (fact attributes:",
           "`status`, `domain`, `title`) and `option:` (how the engine reads the match). `${NAME}` in a",
           "pattern stands for a word list of `rules/macros.tsv`. An unknown key, role, node, attribute,",
           "option or word list is an error that names the file and line. Node and group names are the",
           "roles (`visitor`, `destination`, `holder`, …); `trigger` is the word the date and factuality",
           "are read from. Tokens carry the tags the gazetteer gives: PERSON, STATE, ORGANIZATION,",
           "LOCATION, TITLE, HONORIFIC. `attache parse FILE` shows them with the parse, the rules' facts",
           "and the candidates with their probability.", "",
           "A node named `frame` is read for factuality too, where the parse does not link it as a clause",
           "(\"accused X of shipping Y\"). Options: `parties=context`, `recipient=context`,",
           "`supplier=context` (from the states of the sentence and the article); `domain=doc|context`",
           "(from the words of the document or the sentence); `event=context` (the event the story told of",
           "last); `title-from=counterpart|predecessor` (the post of the `peer` node's holder: in the",
           "counterpart's own state, or the same post, now former); `foreign=true` (a visit only by someone",
           "from elsewhere), `different=countries`, `require=ROLE`, `content=predicate|before|clause`,",
           "`destination=dateline`, `held=when-done` (a post held when the trigger's act was done: none if",
           "that was more than a year before the article, since the post may be over).", "",
           "These rules emit facts directly; they are also features of the candidate scorer",
           "(`rules/triggers/README.md`), which adds the facts the rules do not reach.", "",
           "Precision and recall below are measured on `%s` by `scripts/rule-catalogue.py`" % os.path.relpath(set_dir, project),
           "(precision: the rule's rows that match a gold fact; recall: the required gold facts of its type",
           "that its rows match; a fact found by two rules counts for both). A dash: the rule fired on none",
           "of these articles.", "",
           "| rule | type | kind | example | rows | precision | recall |", "|---|---|---|---|---|---|---|"]
    for rid, rtype, kind, example in read_rules():
        st = stats.get(rid)
        req = required.get(KIND.get(rtype, rtype), 0)
        if st:
            p = "%.2f" % (st["hits"] / st["rows"])
            r = "%.2f" % (len(st["found"]) / req) if req else "-"
            rows = str(st["rows"])
        else:
            p = r = "-"
            rows = "0"
        out.append("| `%s` | %s | %s | %s | %s | %s | %s |" % (rid, rtype, kind, example.replace("|", "/"), rows, p, r))
    out += ["", "Word lists: `hedges.tsv` (cue → certainty), `domains.tsv` (word → cooperation domain),",
            "`reporting-verbs.tsv` (verbs whose complement is reported, not asserted), `preventing-verbs.tsv`",
            "(verbs that keep what they govern from happening: \"blocked sales\", \"refused to sell\"), `host-cues.tsv`,",
            "`talking-verbs.tsv` (verbs that talk about a document rather than sign it: \"proposed an agreement\"),",
            "`interview-cues.tsv`, and `macros.tsv` (word lists the patterns and the engine share)."]
    with open(os.path.join(project, "rules", "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
