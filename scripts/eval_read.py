#!/usr/bin/env python3
"""Prints a random sample of quotes to read against their articles, to judge the speaker names by
hand (the silver names are often wrong).

usage: scripts/eval_read.py [--pronouns] [--disagree] [--seed N] [--count N]

Reads .eval/quote-rows.jsonl and .eval/articles (made by scripts/eval) and the gold file in
../shared/eval (NQ_SHARED). Each item shows the silver name, nq's name and the text before the
speaker mention. --pronouns keeps quotes whose gold mention is a pronoun; --disagree keeps those
where nq's name and the silver one differ.
"""
import argparse, collections, json, os, random, sys

shared = os.environ.get("NQ_SHARED", "../shared")
sys.path.insert(0, os.path.join(shared, "eval"))
from score_quotes import match_quotes  # noqa: E402
from score_speaker_names import PRONOUNS, same_referent  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--pronouns", action="store_true")
parser.add_argument("--disagree", action="store_true")
parser.add_argument("--seed", type=int, default=42)
parser.add_argument("--count", type=int, default=30)
args = parser.parse_args()

gold = [json.loads(line) for line in open(os.path.join(shared, "eval", "polnear-train.jsonl"), encoding="utf-8")]
rows = collections.defaultdict(list)
for line in open(".eval/quote-rows.jsonl", encoding="utf-8"):
    row = json.loads(line)
    rows[row["article"]].append(row)
items = []
for doc in gold:
    quotes = doc.get("quotes") or []
    for gi, si in match_quotes(doc["text"], quotes, rows.get(doc["id"], [])):
        g, s = quotes[gi], rows[doc["id"]][si]
        if not g.get("speaker_name"):
            continue
        if args.pronouns and (g.get("speaker_text") or "").strip().lower() not in PRONOUNS:
            continue
        agree = same_referent(g["speaker_name"], s.get("speaker"))
        if args.disagree and agree:
            continue
        items.append((doc, g, s, agree))
random.seed(args.seed)
for number, (doc, g, s, agree) in enumerate(random.sample(items, min(args.count, len(items)))):
    start = min(g["start"], g.get("speaker_start") or g["start"])
    end = (g.get("speaker_end") or g["end"]) + 15
    context = doc["text"][max(0, start - 450):end].replace("\n", " ¶ ")
    print(f"#{number} silver={g['speaker_name']!r} nq={s.get('speaker')!r} agree={agree}\n   …{context}\n")
