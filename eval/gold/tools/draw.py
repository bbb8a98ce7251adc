#!/usr/bin/env python3
"""Draws a blind batch of articles to annotate: FORMAT.md's "Selection" filter, then per source the
first candidates of a seeded shuffle that share at most 10% of their 16-character windows with an
annotated article (in eval/gold/news, in any --also-gold folder, or taken earlier in this batch).

    python3 eval/gold/tools/draw.py --seed 20270108 --out /tmp/batch [--also-gold DIR ...]

Writes OUT/ids.json and OUT/draw-report.txt. Work in a folder outside the repository: the batch is
scored before it joins eval/gold/news (see FORMAT.md, "Selection").
"""
import argparse
import glob
import json
import os
import random
import re
import sys
from collections import defaultdict

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
GOLD_DIR = os.path.join(REPO, "eval", "gold", "news")
DEFAULT_JSONL = os.path.join(REPO, "..", "shared", "data", "news", "ant-multisource",
                             "ant_multisource_v2.1_middleEast_internationalNews_sample.jsonl")
W = 16
PREFIX_SOURCE = {"AL": "alarabia", "BB": "BBC", "CN": "CNN", "FR": "france24", "SK": "skynews"}

# Arabic letters, tatweel and diacritics only (not the Arabic comma/semicolon/digits, which end a word)
AR = "\u0621-\u065F\u0670-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC"
NB = f"(?<![{AR}])"   # no Arabic letter before
NA = f"(?![{AR}])"    # no Arabic letter after

# Quote cues as a word (attached و/ف allowed), spelled as FORMAT.md lists them, or a quotation mark.
QUOTE_WORDS = ["قال", "قالت", "أضاف", "أكد", "أوضح", "صرح", "أشار", "بحسب", "حسب"]
QUOTE_RE = re.compile(
    NB + "[وف]?(?:" + "|".join(QUOTE_WORDS) + ")" + NA
    + "|" + NB + "[وف]?وفقا ?ل"          # وفقا ل / وفقا لـ / وفقا للـ…
    + "|" + NB + "[وف]?نقلا عن" + NA
    + "|[\"«»“”]"
)

# Time cues: matched as substrings (FORMAT.md says "as a word" only for the quote cues), except the short
# adverbs أمس/غدا, matched as words (prefix و/ف/ب/ل allowed) so that بغداد/غداة/الخامس do not count.
# With these choices the counts match the recent sessions' (alarabia 401, BBC 373, CNN 348, france24 455;
# skynews 1637 vs 1633).
WEEKDAYS = ["الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
GREG = ["يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه",
        "يوليو", "يوليه", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر"]
LEV = ["كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين"]
PERIODS = ["اليوم", "الأسبوع", "الشهر", "العام"]
TIME_RE = re.compile(
    "|".join(WEEKDAYS + GREG + LEV + PERIODS)
    + "|" + NB + "[وفبل]?(?:أمس|غدا|غداً)" + NA
    + "|(?<!\\d)(?:19|20)\\d\\d(?!\\d)"
)


def windows(text):
    return {text[i:i + W] for i in range(max(0, len(text) - W + 1))}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, required=True, help="seed of the one random.Random that shuffles every source")
    ap.add_argument("--out", required=True, help="folder for ids.json and draw-report.txt (outside the repository)")
    ap.add_argument("--also-gold", action="append", default=[], metavar="DIR",
                    help="a folder of annotated files not yet in eval/gold/news (repeatable)")
    ap.add_argument("--jsonl", default=DEFAULT_JSONL, help="the ANT multi-source JSONL")
    ap.add_argument("--per-source", type=int, default=3)
    ap.add_argument("--max-share", type=float, default=0.10)
    args = ap.parse_args()
    JSONL, SEED, PER_SOURCE, MAX_SHARE = args.jsonl, args.seed, args.per_source, args.max_share
    if not os.path.exists(JSONL):
        sys.exit(f"draw: {JSONL}: no such file (give --jsonl)")
    gold_dirs = [GOLD_DIR] + [os.path.abspath(d) for d in args.also_gold]
    for d in gold_dirs:
        if not os.path.isdir(d):
            sys.exit(f"draw: {d}: no such folder")
    os.makedirs(args.out, exist_ok=True)
    recs = {}
    order = []
    with open(JSONL, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                recs[r["id"]] = r
                order.append(r["id"])
    gold_ids = set()
    gold_files = {}
    for d in gold_dirs:
        for f in glob.glob(os.path.join(d, "*.json")):
            gold_files[os.path.basename(f)[:-5]] = f
    for f in gold_files.values():
        with open(f, encoding="utf-8") as fh:
            gold_ids.add(json.load(fh)["id"])
    missing = gold_ids - set(recs)
    if missing:
        sys.exit(f"gold ids not in JSONL: {sorted(missing)}")

    seen_text = set()
    gold_pass = 0
    cands = defaultdict(list)
    mismatch = []
    for rid in sorted(recs):
        r = recs[rid]
        t = r["text"]
        if t in seen_text:
            continue
        seen_text.add(t)
        if not (600 <= len(t) <= 2500):
            continue
        if not QUOTE_RE.search(t) or not TIME_RE.search(t):
            continue
        if rid in gold_ids:
            gold_pass += 1
            continue
        src = PREFIX_SOURCE.get(rid.split("-", 1)[0])
        if src != r.get("source"):
            mismatch.append((rid, r.get("source")))
        cands[src].append(rid)

    out = []
    def p(*a):
        s = " ".join(str(x) for x in a)
        print(s)
        out.append(s)

    p(f"records {len(recs)}, gold ids excluded {len(gold_ids)} ({gold_pass} of them pass the filter), seed {SEED}")
    p("candidates (not yet annotated): " + ", ".join(f"{s} {len(cands[s])}" for s in sorted(cands)))
    if mismatch:
        p(f"WARNING id-prefix/source mismatches: {mismatch}")

    # overlap pool: gold texts + taken texts
    pool = {gid: windows(recs[gid]["text"]) for gid in sorted(gold_ids)}

    rng = random.Random(SEED)
    taken = []
    skipped = []
    report = []
    for src in sorted(cands):   # BBC, CNN, alarabia, france24, skynews
        ids = sorted(cands[src])
        rng.shuffle(ids)
        n = 0
        for rid in ids:
            if n >= PER_SOURCE:
                break
            w = windows(recs[rid]["text"])
            best, best_id = 0.0, None
            for oid, ow in pool.items():
                share = len(w & ow) / len(w) if w else 0.0
                if share > best:
                    best, best_id = share, oid
            kind = "gold" if best_id in gold_ids else ("batch" if best_id else "-")
            bb, bb_id = 0.0, None   # max share with an article taken earlier in this batch
            for oid in taken:
                share = len(w & pool[oid]) / len(w) if w else 0.0
                if share > bb:
                    bb, bb_id = share, oid
            if best > MAX_SHARE:
                skipped.append((src, rid, best, best_id, kind))
                p(f"  SKIP {src:9s} {rid}: shares {best:.1%} of its {W}-char windows with {best_id} ({kind})")
                continue
            taken.append(rid)
            report.append((src, rid, best, best_id, kind, bb, bb_id))
            pool[rid] = w
            n += 1
            p(f"  take {src:9s} {rid}: max share {best:.1%} with {best_id} ({kind})")

    p("")
    p(f"taken {len(taken)}:")
    for src, rid, best, bid, kind, bb, bb_id in report:
        test = ""
        if kind == "gold":
            with open(gold_files[bid], encoding="utf-8") as fh:
                if json.load(fh)["split"] == "test":
                    test = " [test article]"
        p(f"  {rid:40s} len {len(recs[rid]['text']):5d}  max share {best:5.1%}  with {bid} ({kind}){test}; within batch {bb:.1%}"
          + (f" ({bb_id})" if bb_id else ""))
    p(f"skipped {len(skipped)}:" + ("" if skipped else " none"))
    for src, rid, best, bid, kind in skipped:
        p(f"  {rid:40s} share {best:5.1%} > {MAX_SHARE:.0%} with {bid} ({kind})")

    with open(os.path.join(args.out, "ids.json"), "w", encoding="utf-8") as fh:
        json.dump(taken, fh, indent=1)
        fh.write("\n")
    with open(os.path.join(args.out, "draw-report.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
