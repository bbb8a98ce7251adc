#!/usr/bin/env python3
"""Print an article for annotation.

    python3 eval/gold/tools/text.py ID [ID ...]

Prints the record's `time` field (and the `published` date derived from it), then the raw `text`
split on "\\n", every line prefixed by the UTF-16 offset of its first character (the offsets used in
the gold files: JavaScript string indexes of the raw `text`). ID may also be a unique prefix of an id.
"""
import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import load_record, published_from_time, utf16_len  # noqa: E402


def show(rid):
    rec = load_record(rid)
    text = rec["text"]
    print(f"id: {rec['id']}  source: {rec['source']}")
    print(f"time: {rec['time']}  (published {published_from_time(rec['time'])})")
    print(f"title: {rec.get('title', '')}")
    print(f"length: {utf16_len(text)} UTF-16 units ({len(text)} code points)")
    print("-" * 60)
    off = 0
    for line in text.split("\n"):
        print(f"{off:5d}| {line}")
        off += utf16_len(line) + 1   # + the "\n"


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for i, rid in enumerate(sys.argv[1:]):
        if i:
            print()
        show(rid)
