#!/usr/bin/env python3
"""Helpers for scripts/eval: write evaluation articles as files, and turn nq's rows into the
scorers' SYSTEM.jsonl (one line per article).

    eval_tools.py split GOLD.jsonl DIR          write DIR/<id>.txt for every article
    eval_tools.py quotes ROWS.jsonl GOLD.jsonl OUT.jsonl
    eval_tools.py entities MENTIONS.jsonl FIGURES.jsonl GOLD.jsonl OUT.jsonl
"""
import json
import os
import sys


def split(gold, folder):
    os.makedirs(folder, exist_ok=True)
    count = 0
    size = 0
    with open(gold, encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            data = article["text"].encode("utf-8")
            with open(os.path.join(folder, article["id"] + ".txt"), "wb") as out:
                out.write(data)
            count += 1
            size += len(data)
    print(f"{count} articles, {size / 1e6:.2f} MB of text in {folder}", file=sys.stderr)


def ids(gold):
    with open(gold, encoding="utf-8") as lines:
        return [json.loads(line)["id"] for line in lines]


def rows(path):
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def group(items):
    grouped = {}
    for item in items:
        grouped.setdefault(item.pop("article"), []).append(item)
    return grouped


def write(out, gold, **layers):
    with open(out, "w", encoding="utf-8") as handle:
        for article in ids(gold):
            record = {"id": article}
            for name, grouped in layers.items():
                record[name] = grouped.get(article, [])
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv):
    if len(argv) == 4 and argv[1] == "split":
        split(argv[2], argv[3])
    elif len(argv) == 5 and argv[1] == "quotes":
        write(argv[4], argv[3], quotes=group(rows(argv[2])))
    elif len(argv) == 6 and argv[1] == "entities":
        write(argv[5], argv[4], entities=group(rows(argv[2])), figures=group(rows(argv[3])))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
