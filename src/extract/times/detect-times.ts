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
import { matchKey } from "../../text/index.js";
import type { KindMatch } from "./match-time-words.js";
import type { TimeBase, TimeMod, TimeParse } from "./normalize-time.js";
import { dayMonth, monthAt, numericDate, yearAt } from "./read-dates.js";
import { anaphoricDayAt, clockAt, dayNounAt, dayWordAt, daypartAt, weekdayAt } from "./read-days.js";
import { moreThan, parseDuration } from "./read-durations.js";
import { centuryAt, decadeAt, rateAt, refWordAt, seasonAt, setAt } from "./read-periods.js";
import { unitWithDirection } from "./read-relative.js";
import { bareKey, keyAt, kindAt, type Piece, type Scan } from "./scan.js";
import { isFutureClause } from "./read-tense.js";
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
    const first = piece.start ?? i;
    if (isEventName(scan, first, piece.parse)) {
      i = piece.end;
      continue;
    }
    const last = tokens[piece.end - 1]!;
    const parse =
      leansFuture(piece.parse) && isFutureClause(scan, first)
        ? { ...piece.parse, future: true }
        : piece.parse;
    found.push({ start: stemStart(tokens[first]!, piece.prefix), end: last.end, parse });
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
    // في وقت متأخر من مساء الأربعاء: من may join the modifier to its period.
    const inner = parseCore(scan, keyAt(scan, mod.end) === "من" ? mod.end + 1 : mod.end, true);
    // نهاية اليوم is "in the end", an idiom, not the end of today; وقت متأخر اليوم is late today.
    const idiom = inner?.parse.base.kind === "relative-day" && bareKey(scan, i, mod.prefix) !== "وقت";
    if (inner !== null && inner.prefix === 0 && isPoint(inner.parse.base) && !idiom) {
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

/**
 * هجمات 11 سبتمبر، ثورة 25 يناير: a day and month without a year after an event noun name the
 * event (like رؤية 2030, a name with a number in it), which the gold does not annotate.
 */
function isEventName(scan: Scan, first: number, parse: TimeParse): boolean {
  const base = parse.base;
  if (base.kind !== "date" || base.day === null || base.year !== null || base.yearOffset !== null)
    return false;
  return base.monthDirection === null && kindAt(scan, first - 1, "named-event") !== null;
}

/** A weekday, a bare month or midnight is placed by tense: ahead of the reference in a future clause. */
function leansFuture(parse: TimeParse): boolean {
  const base = parse.base;
  if (base.kind === "weekday") return base.direction === null;
  // منتصف الليل with no day: the last midnight, or in a future clause the next one.
  if (base.kind === "context-day" && parse.daypart === "24:00") return true;
  // A named day (سيصدر في 15 مارس) stays the nearest one: a few days past is a stale schedule.
  return (
    base.kind === "date" &&
    base.month !== null &&
    base.day === null &&
    base.year === null &&
    base.yearOffset === null &&
    base.monthDirection === null
  );
}

function isPoint(base: TimeBase): boolean {
  return base.kind !== "duration" && base.kind !== "set" && base.kind !== "ref";
}

/**
 * منذ، قبل، بعد، خلال + a duration. Only قبل + a counted duration from now is a point (قبل ثمانية
 * أيام، قبل أكثر من 50 عاما), and قبل + an uncounted unit is PAST_REF (قبل أيام); بعد 3 أعوام mostly
 * counts from an event in the story, so it stays a duration, as does قبل أسابيع من …, as the gold has them.
 */
function afterSignal(scan: Scan, i: number, signal: KindMatch): Piece | null {
  // منذ/قبل + a date (منذ عام 2013) is left to the date, found at the next token.
  const duration = parseDuration(scan, signal.end, true);
  if (duration === null) return null;
  const base = duration.parse.base;
  const ago = signal.word.value === "ago";
  if (ago && base.kind === "duration" && base.count !== null && !isRelatedToEvent(scan, duration.end)) {
    const relative: TimeBase = { kind: "relative", unit: base.unit, offset: -base.count };
    // قبل ما يزيد على 50 عاما is dated to the year itself, as the gold reads it; نحو stays APPROX.
    const mod = duration.parse.mod === "APPROX" ? { mod: duration.parse.mod } : {};
    return { end: duration.end, prefix: signal.prefix, parse: { base: relative, ...mod } };
  }
  // قبل أيام، قبل أشهر قليلة: an uncounted time ago is a vague past point, the signal in its span
  // (قبل أسابيع من رفع الحظر counts from an event: a duration, below).
  if (ago && base.kind === "duration" && base.count === null && !isRelatedToEvent(scan, duration.end)) {
    return { end: duration.end, prefix: signal.prefix, parse: { base: { kind: "ref", value: "PAST_REF" } } };
  }
  // The span leaves the signal out: it is a preposition, not part of the duration.
  return { ...duration, start: signal.end };
}

/** قبل ثلاثة أيام من الانتخابات: the duration counts from an event, not from the reference. */
function isRelatedToEvent(scan: Scan, i: number): boolean {
  const key = keyAt(scan, i);
  return key === "من" || key === ALA || key === "عن";
}

/** على as a match key (its final ى folds to ي). */
const ALA = matchKey("على");

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
    (has(B.unit | B.hour) ? clockAt(scan, i) : null) ??
    (has(B.unit) ? rateAt(scan, i) : null) ??
    (has(B.this | B.daypart) ? daypartAt(scan, i) : null) ??
    (has(B.anaphoricDay) ? anaphoricDayAt(scan, i) : null) ??
    (has(B.dayNoun) ? dayNounAt(scan, i) : null) ??
    (has(B.dayWord) ? dayWordAt(scan, i) : null) ??
    (has(B.weekday) ? weekdayAt(scan, i) : null) ??
    (has(B.ordinal) ? dayMonth(scan, i) : null) ??
    (has(B.monthWord | B.month | B.hijriMonth) ? monthAt(scan, i) : null) ??
    (has(B.unit | B.yearWord) ? yearAt(scan, i) : null) ??
    (has(B.this | B.unit) ? unitWithDirection(scan, i, afterMod) : null) ??
    (has(B.decade) ? decadeAt(scan, i) : null) ??
    (has(B.centuryWord) ? centuryAt(scan, i) : null) ??
    (has(B.season | B.this) ? seasonAt(scan, i, afterMod) : null) ??
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
  hour: kindBit("hour"),
  this: kindBit("this"),
  daypart: kindBit("daypart"),
  dayNoun: kindBit("day-noun"),
  anaphoricDay: kindBit("anaphoric-day"),
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
