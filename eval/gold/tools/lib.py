"""Helpers to build a gold JSON file without counting characters by hand.

All offsets are UTF-16 code units of the raw JSONL `text` (JavaScript string indexes), half-open
[start, end), as in eval/gold/FORMAT.md. Files are written to the folder named by the environment
variable MARSAD_GOLD_OUT (a batch folder outside the repository), or to write_gold's out_dir.

Typical use (python3, from any directory):

    import sys; sys.path.insert(0, "<repository>/eval/gold/tools")
    from lib import *
    load("SK-middleEast-757-20180403")             # makes it the current article
    cue = span("قال", after=120)                    # first "قال" at/after UTF-16 offset 120
    spk = span("وزير الخارجية", unique=True)        # error unless it occurs exactly once
    content = span_between("إن ", ".", after=cue["end"], inner=True)   # text between two markers
    q1 = quote(content, "indirect", cue, spk, "وزير الخارجية")
    t1 = timex(span("الثلاثاء"), "DATE", "2018-04-03")
    e1 = event("KILL", span("مقتل"), ["…"], ["…"], "سوريا", "2018-04-03")
    write_gold("SK-middleEast-757-20180403", [q1], [t1], [e1])

find()/span() take nth (1-based), after (UTF-16 offset, inclusive), before (UTF-16 offset: the match
must end at or before it) and unique (raise if the substring occurs more than once in the window).
"""
import hashlib
import json
import os
import re

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
JSONL = os.environ.get("MARSAD_JSONL") or os.path.join(
    REPO, "..", "shared", "data", "news", "ant-multisource",
    "ant_multisource_v2.1_middleEast_internationalNews_sample.jsonl")
OUT_DIR = os.environ.get("MARSAD_GOLD_OUT")

__all__ = ["load_record", "load", "current", "text", "find", "span", "span_between", "sub",
           "slice16", "quote", "timex", "event", "write_gold", "validate", "published_from_time",
           "utf16_len", "SpanError"]


class SpanError(ValueError):
    pass


# ---------------------------------------------------------------- records
_index = None   # id -> byte offset of its line


def _build_index():
    global _index
    _index = {}
    with open(JSONL, "rb") as fh:
        pos = 0
        for line in fh:
            m = re.search(rb'"id":\s*"([^"]+)"', line)
            if m:
                _index[m.group(1).decode()] = pos
            pos += len(line)


def load_record(rid):
    """The JSONL record with this id (or a unique id prefix such as 'SK-middleEast-757')."""
    if _index is None:
        _build_index()
    if rid not in _index:
        hits = [k for k in _index if k.startswith(rid + "-")] or [k for k in _index if k.startswith(rid)]
        if len(hits) != 1:
            raise KeyError(f"id {rid!r}: {len(hits)} matching records {hits[:5]}")
        rid = hits[0]
    with open(JSONL, "rb") as fh:
        fh.seek(_index[rid])
        rec = json.loads(fh.readline())
    assert rec["id"] == rid
    return rec


_MONTHS = {m: i for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


def published_from_time(time):
    """'Fri, 04 May 2018 18:19:13 +0400' -> '2018-05-04' (the printed date, no time-zone conversion)."""
    m = re.match(r"^\w{3}, (\d{2}) (\w{3}) (\d{4}) ", time or "")
    if not m:
        raise ValueError(f"unparsable time field {time!r}")
    return f"{m.group(3)}-{_MONTHS[m.group(2)]:02d}-{m.group(1)}"


# ---------------------------------------------------------------- UTF-16 <-> str index
def utf16_len(s):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


class Article:
    def __init__(self, rid):
        self.rec = load_record(rid)
        self.id = self.rec["id"]
        self.text = self.rec["text"]
        # u16[i] = UTF-16 offset of str index i (len(text)+1 entries)
        u16 = [0]
        for c in self.text:
            u16.append(u16[-1] + (2 if ord(c) > 0xFFFF else 1))
        self.u16 = u16
        self.py = {u: i for i, u in enumerate(u16)}   # only code-point boundaries are keys
        self.len16 = u16[-1]

    def to_py(self, off):
        if off not in self.py:
            raise SpanError(f"UTF-16 offset {off} is outside the text (0..{self.len16}) "
                            f"or inside a surrogate pair")
        return self.py[off]

    def slice16(self, start, end):
        return self.text[self.to_py(start):self.to_py(end)]

    def occurrences(self, s, after=0, before=None):
        """UTF-16 starts of every (possibly overlapping) occurrence of s in [after, before)."""
        if not s:
            raise SpanError("empty search string")
        lo = self.to_py(after)
        hi = len(self.text) if before is None else self.to_py(before)
        res = []
        i = self.text.find(s, lo)
        while i != -1 and i + len(s) <= hi:
            res.append(self.u16[i])
            i = self.text.find(s, i + 1)
        return res

    def find(self, s, nth=1, after=0, before=None, unique=False):
        occ = self.occurrences(s, after, before)
        where = f"at/after {after}" + (f" and before {before}" if before is not None else "")
        if not occ:
            raise SpanError(f"{s!r} not found {where} in {self.id}")
        if unique and len(occ) > 1:
            raise SpanError(f"{s!r} is ambiguous {where} in {self.id}: {len(occ)} occurrences at "
                            f"{occ[:10]}; give nth=, after= or a longer string")
        if nth < 1 or nth > len(occ):
            raise SpanError(f"{s!r}: asked for occurrence {nth}, only {len(occ)} {where} "
                            f"(at {occ[:10]}) in {self.id}")
        start = occ[nth - 1]
        return start, start + utf16_len(s)


_cur = None


def load(rid):
    """Make rid the current article (used by find/span/... when no article is given)."""
    global _cur
    _cur = Article(rid)
    return _cur


def current():
    if _cur is None:
        raise RuntimeError("call load(ID) first")
    return _cur


def text():
    return current().text


def slice16(start, end):
    return current().slice16(start, end)


def find(s, nth=1, after=0, before=None, unique=False):
    """UTF-16 (start, end) of the nth occurrence of s starting at or after UTF-16 offset `after`."""
    return current().find(s, nth=nth, after=after, before=before, unique=unique)


def span(s, nth=1, after=0, before=None, unique=False):
    """{"start", "end"} of the nth occurrence of s at/after `after` (see find)."""
    a, b = find(s, nth=nth, after=after, before=before, unique=unique)
    return {"start": a, "end": b}


def span_between(first, last, nth=1, after=0, before=None, unique=False, inner=False):
    """Span from the nth occurrence of `first` (at/after `after`) to the end of the first occurrence of
    `last` after it. inner=True excludes both markers (e.g. span_between('إن ', '.', inner=True),
    span_between('"', '"', inner=True)). Leading/trailing whitespace is never included."""
    a, b = find(first, nth=nth, after=after, before=before, unique=unique)
    c, d = find(last, after=b, before=before)
    start, end = (b, c) if inner else (a, d)
    t = current()
    seg = t.slice16(start, end)
    start += utf16_len(seg) - utf16_len(seg.lstrip())
    end -= utf16_len(seg) - utf16_len(seg.rstrip())
    if end <= start:
        raise SpanError(f"empty span between {first!r} and {last!r}")
    return {"start": start, "end": end}


def sub(container, s, nth=1, unique=False):
    """Span of s inside the span `container` (a {"start","end"} dict)."""
    return span(s, nth=nth, after=container["start"], before=container["end"], unique=unique)


# ---------------------------------------------------------------- record builders (gold key order)
def quote(content, kind, cue=None, speaker=None, speakerName=None):
    if kind not in ("direct", "indirect", "mixed"):
        raise ValueError(f"bad kind {kind}")
    return {"start": content["start"], "end": content["end"], "kind": kind,
            "cue": None if cue is None else {"start": cue["start"], "end": cue["end"]},
            "speaker": None if speaker is None else {"start": speaker["start"], "end": speaker["end"]},
            "speakerName": speakerName}


def timex(sp, type, value, mod=None, calendar=None):
    t = {"start": sp["start"], "end": sp["end"], "type": type, "value": value}
    if mod is not None:
        t["mod"] = mod
    if calendar is not None:
        t["calendar"] = calendar
    return t


def event(type, trigger, actors=(), targets=(), place=None, time=None):
    return {"type": type, "trigger": {"start": trigger["start"], "end": trigger["end"]},
            "actors": list(actors), "targets": list(targets), "place": place, "time": time}


# ---------------------------------------------------------------- write + validate
def validate(gold, art=None, show=True):
    """Round-trip every span through the text; print the slices; return the list of problems."""
    art = art or Article(gold["id"])
    probs = []

    def sl(sp, what):
        try:
            s = art.slice16(sp["start"], sp["end"])
        except SpanError as e:
            probs.append(f"{what}: {e}")
            return None
        if sp["end"] <= sp["start"]:
            probs.append(f"{what}: empty span {sp}")
        elif s != s.strip():
            probs.append(f"{what}: [{sp['start']},{sp['end']}) starts/ends with whitespace")
        return s

    def p(*a):
        if show:
            print(*a)

    for i, q in enumerate(gold["quotes"]):
        c = sl(q, f"quote[{i}] content")
        p(f"quote[{i}] {q['kind']} [{q['start']},{q['end']}) «{c}»")
        if q["cue"]:
            p(f"    cue [{q['cue']['start']},{q['cue']['end']}) «{sl(q['cue'], f'quote[{i}] cue')}»")
        if q["speaker"]:
            p(f"    speaker [{q['speaker']['start']},{q['speaker']['end']}) "
              f"«{sl(q['speaker'], f'quote[{i}] speaker')}» = {q['speakerName']}")
            if not q["speakerName"]:
                probs.append(f"quote[{i}]: speaker span without speakerName")
        else:
            p(f"    speaker null ({q['speakerName']})")
    for i, t in enumerate(gold["times"]):
        s = sl(t, f"time[{i}]")
        extra = "".join(f" {k}={t[k]}" for k in ("mod", "calendar") if k in t)
        p(f"time[{i}] [{t['start']},{t['end']}) «{s}» {t['type']} {t['value']}{extra}")
    for i, e in enumerate(gold["events"]):
        s = sl(e["trigger"], f"event[{i}] trigger")
        p(f"event[{i}] {e['type']} «{s}» actors={e['actors']} targets={e['targets']} "
          f"place={e['place']} time={e['time']}")
    for pr in probs:
        print("PROBLEM", pr)
    return probs


def write_gold(rid, quotes, times, events, published=None, split="dev", out_dir=None, show=True):
    """Write OUT/<id>.json in the shape of the existing gold files and validate it."""
    out_dir = out_dir or OUT_DIR
    if not out_dir:
        raise ValueError("write_gold: set MARSAD_GOLD_OUT or give out_dir (a folder outside the repository)")
    art = Article(rid)
    pub = published_from_time(art.rec["time"])
    if published is not None and published != pub:
        raise ValueError(f"published {published} != date of the time field {art.rec['time']} ({pub})")
    gold = {
        "id": art.id,
        "split": split,
        "textSha1": hashlib.sha1(art.text.encode("utf-8")).hexdigest(),
        "published": pub,
        "quotes": sorted(quotes, key=lambda q: (q["start"], -q["end"])),
        "times": sorted(times, key=lambda t: t["start"]),
        "events": list(events),
    }
    probs = validate(gold, art, show=show)
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"{art.id}.json")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(gold, ensure_ascii=False, indent=1))
    print(f"wrote {path}: {len(gold['quotes'])} quotes, {len(gold['times'])} times, "
          f"{len(gold['events'])} events, {len(probs)} problem(s)")
    return gold
