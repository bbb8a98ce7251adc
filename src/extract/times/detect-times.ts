/**
 * Finds time expressions in a token layer and reads what their words say (`TimeParse`); values are
 * computed by `normalizeTime`. A left-to-right scan over tokens: a token starts an attempt only when
 * its match key is in the time-words lexicon or it is a number, so most tokens cost one Map look-up.
 *
 * Spans follow the team's gold guidelines (eval/gold/FORMAT.md, after TIMEX3): عام/سنة before a year,
 * يوم before a day, the modifier (أواخر، نحو، أكثر من) and the day, month and year of a date are
 * inside; a preposition or signal (في، منذ، خلال، على مدى) and attached proclitics (و ف ب ل ك) are
 * outside. قبل/بعد before a counted duration is inside, since it makes the duration a point.
 */
import type { Token } from "../../doc/index.js";
import type { KindMatch } from "./match-time-words.js";
import type { TimeBase, TimeMod, TimeParse } from "./normalize-time.js";
import { dayMonth, monthAt, numericDate, yearAt } from "./read-dates.js";
import { clockAt, dayNounAt, dayWordAt, daypartAt, weekdayAt } from "./read-days.js";
import { moreThan, parseDuration } from "./read-durations.js";
import { centuryAt, decadeAt, refWordAt, seasonAt, setAt, unitWithDirection } from "./read-periods.js";
import { keyAt, kindAt, type Piece, type Scan } from "./scan.js";
import { kindBit, type TimeLexicon } from "./time-lexicon.js";

/** A time expression found in the text: UTF-16 offsets and what its words say. */
export interface FoundTime {
  readonly start: number;
  readonly end: number;
  readonly parse: TimeParse;
}

/** Time expressions of a tokenized text, sorted and non-overlapping. */
export function detectTimes(text: string, tokens: readonly Token[], lexicon: TimeLexicon): FoundTime[] {
  const scan: Scan = { tokens, text, lexicon };
  const found: FoundTime[] = [];
  const keys = lexicon.keys;
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    if (
      token.kind !== "number" &&
      !(token.kind === "word" && (keys.get(token.key)?.starts === true || token.key === "ال"))
    ) {
      i++;
      continue;
    }
    const piece = parseAt(scan, i);
    if (piece === null || piece.end <= i) {
      i++;
      continue;
    }
    const last = tokens[piece.end - 1]!;
    const first = tokens[piece.start ?? i]!;
    found.push({ start: stemStart(first, piece.prefix), end: last.end, parse: piece.parse });
    i = piece.end;
  }
  return found;
}

/** Offset of a token's stem after `prefix` proclitic letters (each with any diacritics or tatweel). */
function stemStart(token: Token, prefix: number): number {
  let i = 0;
  const surface = token.text;
  for (let letters = 0; letters < prefix && i < surface.length; letters++) {
    i++;
    while (i < surface.length && isMark(surface.charCodeAt(i))) i++;
  }
  return token.start + i;
}

function isMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
}

function parseAt(scan: Scan, i: number): Piece | null {
  const kinds = scan.lexicon.keys.get(scan.tokens[i]!.key)?.kinds ?? 0;
  const mod = (kinds & B.mod) !== 0 ? kindAt(scan, i, "mod") : null;
  if (mod !== null) {
    const inner = parseCore(scan, mod.end, true);
    // نهاية اليوم is "in the end", an idiom, not the end of today.
    if (inner !== null && isPoint(inner.parse.base) && inner.parse.base.kind !== "relative-day") {
      return {
        end: inner.end,
        prefix: mod.prefix,
        parse: { ...inner.parse, mod: mod.word.value as TimeMod },
      };
    }
  }
  const core = parseCore(scan, i, false);
  if (core !== null) return core;
  const signal = (kinds & B.signal) !== 0 ? kindAt(scan, i, "signal") : null;
  if (signal !== null) return afterSignal(scan, i, signal);
  return null;
}

function isPoint(base: TimeBase): boolean {
  return base.kind !== "duration" && base.kind !== "set" && base.kind !== "ref";
}

/**
 * منذ، قبل، بعد، خلال + a duration. Only قبل + a counted duration from now is a point (قبل ثمانية
 * أيام); بعد 3 أعوام mostly counts from an event in the story, so it stays a duration, as do
 * modified counts (بعد أقل من شهر) and uncounted ones (قبل أسابيع), as the gold has them.
 */
function afterSignal(scan: Scan, i: number, signal: KindMatch): Piece | null {
  // منذ/قبل + a date (منذ عام 2013) is left to the date, found at the next token.
  const duration = parseDuration(scan, signal.end, true);
  if (duration === null) return null;
  const base = duration.parse.base;
  const ago = signal.word.value === "ago" && duration.parse.mod === undefined;
  if (ago && base.kind === "duration" && base.count !== null && !isRelatedToEvent(scan, duration.end)) {
    const relative: TimeBase = { kind: "relative", unit: base.unit, offset: -base.count };
    return { end: duration.end, prefix: signal.prefix, parse: { ...duration.parse, base: relative } };
  }
  // The span leaves the signal out: it is a preposition, not part of the duration.
  return { ...duration, start: signal.end };
}

/** قبل ثلاثة أيام من الانتخابات: the duration counts from an event, not from the reference. */
function isRelatedToEvent(scan: Scan, i: number): boolean {
  const key = keyAt(scan, i);
  return key === "من" || key === "على" || key === "عن";
}

function parseCore(scan: Scan, i: number, afterMod: boolean): Piece | null {
  const token = scan.tokens[i];
  if (token === undefined) return null;
  if (token.kind === "number") {
    return (
      numericDate(scan, i) ??
      clockAt(scan, i) ??
      dayMonth(scan, i) ??
      yearAt(scan, i) ??
      parseDuration(scan, i, false)
    );
  }
  if (token.key === "ال") return dayMonth(scan, i) ?? parseDuration(scan, i, false);
  // Only the detectors whose first word's kind is at this token run: most tokens have one kind.
  const kinds = scan.lexicon.keys.get(token.key)?.kinds ?? 0;
  const has = (bits: number) => (kinds & bits) !== 0;
  return (
    (has(B.unit) ? clockAt(scan, i) : null) ??
    (has(B.this | B.daypart) ? daypartAt(scan, i) : null) ??
    (has(B.dayNoun) ? dayNounAt(scan, i) : null) ??
    (has(B.dayWord) ? dayWordAt(scan, i) : null) ??
    (has(B.weekday) ? weekdayAt(scan, i) : null) ??
    (has(B.ordinal) ? dayMonth(scan, i) : null) ??
    (has(B.monthWord | B.month | B.hijriMonth) ? monthAt(scan, i) : null) ??
    (has(B.unit | B.yearWord) ? yearAt(scan, i) : null) ??
    (has(B.this | B.unit) ? unitWithDirection(scan, i, afterMod) : null) ??
    (has(B.decade) ? decadeAt(scan, i) : null) ??
    (has(B.centuryWord) ? centuryAt(scan, i) : null) ??
    (has(B.season) ? seasonAt(scan, i, afterMod) : null) ??
    (has(B.set | B.every) ? setAt(scan, i) : null) ??
    (has(B.refWord) ? refWordAt(scan, i) : null) ??
    (has(B.more | B.approx) ? moreThan(scan, i) : null) ??
    (has(B.cardinal | B.quantifier | B.unitDual | B.unitPlural | B.unit)
      ? parseDuration(scan, i, false)
      : null)
  );
}

/** Kind bits of the first words each detector accepts. */
const B = {
  unit: kindBit("unit"),
  this: kindBit("this"),
  daypart: kindBit("daypart"),
  dayNoun: kindBit("day-noun"),
  dayWord: kindBit("day-word"),
  weekday: kindBit("weekday"),
  ordinal: kindBit("ordinal"),
  monthWord: kindBit("month-word"),
  month: kindBit("month"),
  hijriMonth: kindBit("hijri-month"),
  yearWord: kindBit("year-word"),
  decade: kindBit("decade"),
  centuryWord: kindBit("century-word"),
  season: kindBit("season"),
  set: kindBit("set"),
  every: kindBit("every"),
  refWord: kindBit("ref-word"),
  more: kindBit("more"),
  approx: kindBit("approx"),
  cardinal: kindBit("cardinal"),
  quantifier: kindBit("quantifier"),
  unitDual: kindBit("unit-dual"),
  unitPlural: kindBit("unit-plural"),
  mod: kindBit("mod"),
  signal: kindBit("signal"),
};
