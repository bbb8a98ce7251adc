#!/usr/bin/env python3
"""Writes the blind annotators' briefs for a batch drawn by draw.py.

    python3 eval/gold/tools/brief.py --batch /tmp/batch [--annotators 3] [--scratch /tmp/ann]

Reads BATCH/ids.json and writes BATCH/brief-K.md for K = 0..N-1: annotator-brief.md with the
repository, the corpus, annotator K's articles (ids[K::N], so each annotator gets one article of
several sources), a private scratch folder SCRATCH-K and the shared output folder BATCH/out filled in.
Each brief is the whole prompt of one annotator.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import JSONL, REPO  # noqa: E402

TEMPLATE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "annotator-brief.md")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--batch", required=True, help="the folder draw.py wrote (holds ids.json)")
    ap.add_argument("--annotators", type=int, default=3)
    ap.add_argument("--scratch", default="/tmp/ann", help="prefix of each annotator's private folder")
    args = ap.parse_args()
    ids_path = os.path.join(args.batch, "ids.json")
    if not os.path.exists(ids_path):
        sys.exit(f"brief: {ids_path}: no such file (run draw.py --out {args.batch} first)")
    if args.annotators < 1:
        sys.exit("brief: --annotators must be at least 1")
    ids = json.load(open(ids_path, encoding="utf-8"))
    template = open(TEMPLATE, encoding="utf-8").read()
    out = os.path.abspath(os.path.join(args.batch, "out"))
    os.makedirs(out, exist_ok=True)
    for k in range(args.annotators):
        mine = ids[k :: args.annotators]
        filled = (
            template.replace("{{REPO}}", REPO)
            .replace("{{CORPUS}}", os.path.abspath(os.path.dirname(JSONL)) + "/")
            .replace("{{ARTICLES}}", "\n".join(f"- {rid}" for rid in mine))
            .replace("{{SCRATCH}}", f"{args.scratch}-{k}")
            .replace("{{OUT}}", out)
        )
        if "{{" in filled:
            sys.exit(f"brief: {TEMPLATE}: a placeholder is left unfilled")
        path = os.path.join(args.batch, f"brief-{k}.md")
        open(path, "w", encoding="utf-8").write(filled)
        print(f"{path}: {len(mine)} articles")


if __name__ == "__main__":
    main()
