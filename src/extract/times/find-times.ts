import { firstSpanEndingAfter, type TimeExpression, type Token } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import { dayNumber, isoWeekday, parseIsoDate, type CivilDate } from "./civil-date.js";
import { detectTimes, type FoundTime } from "./detect-times.js";
import { normalizeTime, type TimeParse, type TimeValue } from "./normalize-time.js";
import type { TimeLexicon } from "./time-lexicon.js";

/** A time expression with the optional TIMEX3 attributes Marsad adds (see normalize-time.ts). */
export type TimeRecord = TimeExpression & Omit<TimeValue, "type" | "value">;

/**
 * Detects and normalizes the time expressions of a tokenized text: sorted, non-overlapping, stand-off.
 * Read in order, so that a clock, a part of day or اليوم نفسه with no day of its own takes the day
 * the text last named (TimeML annotators anchor them so; a day more than a month from the reference
 * only within its sentence, since a historical date is background, not the story's day), and a
 * weekday listed after another (السبت والأحد) follows it.
 */
export function findTimes(
  text: string,
  tokens: readonly Token[],
  lexicon: TimeLexicon,
  reference: CivilDate | null,
): TimeRecord[] {
  const records: TimeRecord[] = [];
  let named: { day: CivilDate; end: number } | null = null;
  let previous: { found: FoundTime; day: CivilDate | null } | null = null;
  /** The year of the latest date or time read, for يوليو من العام نفسه. */
  let year: string | null = null;
  for (const found of detectTimes(text, tokens, lexicon)) {
    const { start } = found;
    let end = found.end;
    const base = found.parse.base;
    let context: CivilDate | null = null;
    if (base.kind === "context-day" && named !== null) {
      // اليوم نفسه points back explicitly; a bare clock keeps a far day only in its sentence.
      const near = base.anaphoric === true || isNearReference(named.day, reference);
      if (near || !/[.!?؟](?:\s|$)|\n/.test(text.slice(named.end, start))) context = named.day;
    }
    if (base.kind === "context-day" && base.anaphoric === true && context === null) continue;
    const listed = previous !== null && previous.day !== null && isListedAfter(text, previous.found, found);
    const parse = listed ? listedWeekday(found.parse, previous!.day!) : found.parse;
    let value = normalizeTime(parse, reference, listed ? previous!.day : context);
    // يوليو من العام نفسه: a month with no year of its own, in the year the text last named.
    if (year !== null && /^\d{4}-\d{2}/.test(value.value) && !/\d{4}/.test(text.slice(start, end))) {
      const sameEnd = sameYearEnd(tokens, end);
      if (sameEnd > 0) {
        value = { ...value, value: year + value.value.slice(4) };
        end = sameEnd;
      }
    }
    if ((value.type === "DATE" || value.type === "TIME") && /^\d{4}/.test(value.value))
      year = value.value.slice(0, 4);
    const day = dayOf(value);
    if (day !== null) named = { day, end };
    previous = { found, day };
    records.push({ start, end, text: text.slice(start, end), ...value });
  }
  return records;
}

const FROM = matchKey("من");
/** العام، السنة and the words that make them "the same" after (نفسه، ذاتها) or before (نفس، ذات) them. */
const YEAR_NOUNS: ReadonlySet<string> = new Set(["العام", "السنة"].map(matchKey));
const SAME_AFTER: ReadonlySet<string> = new Set(["نفسه", "نفسها", "ذاته", "ذاتها"].map(matchKey));
const SAME_BEFORE: ReadonlySet<string> = new Set(["نفس", "ذات"].map(matchKey));

/**
 * Where من العام نفسه، من نفس العام or من السنة ذاتها ends when it follows the expression ending at
 * offset `end` (read on the tokens' match keys), or -1.
 */
function sameYearEnd(tokens: readonly Token[], end: number): number {
  const i = firstSpanEndingAfter(tokens, end);
  const [from, first, second] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (from?.key !== FROM || first === undefined || second === undefined) return -1;
  const same =
    (YEAR_NOUNS.has(first.key) && SAME_AFTER.has(second.key)) ||
    (SAME_BEFORE.has(first.key) && YEAR_NOUNS.has(second.key));
  return same ? second.end : -1;
}

/** Days around the reference within which a named day is still the story's day (its news month). */
const FOCUS_DAYS = 31;

function isNearReference(day: CivilDate, reference: CivilDate | null): boolean {
  return reference === null || Math.abs(dayNumber(day) - dayNumber(reference)) <= FOCUS_DAYS;
}

/** The day a value names (`2018-05-04`, `2018-05-04TEV`), or null for a coarser or vaguer one. */
function dayOf(value: TimeValue): CivilDate | null {
  if (value.type !== "DATE" && value.type !== "TIME") return null;
  return parseIsoDate(/^\d{4}-\d{2}-\d{2}/.exec(value.value)?.[0]);
}

/** Two weekdays joined by و/أو/، (السبت والأحد): the second is read from the first. */
function isListedAfter(text: string, before: FoundTime, found: FoundTime): boolean {
  if (before.parse.base.kind !== "weekday" || found.parse.base.kind !== "weekday") return false;
  if (found.parse.base.direction !== null) return false;
  return /^\s*(?:و|أو|،|,)?\s*$/.test(text.slice(before.end, found.start));
}

function listedWeekday(parse: TimeParse, day: CivilDate): TimeParse {
  if (parse.base.kind !== "weekday") return parse;
  const offset = (parse.base.weekday - isoWeekday(dayNumber(day)) + 7) % 7;
  return { ...parse, base: { kind: "context-day", offset } };
}
