/** Named spans and words of time: ستينيات القرن الماضي، صيف 2018، يوميا، الآن، وقت سابق (العام الماضي is read-relative.ts's). */
import { isQuoteMark } from "../../text/quote-marks.js";
import type { TimeBase, TimeUnit } from "./normalize-time.js";
import { readNumber } from "./number-words.js";
import { readYearAfter } from "./read-dates.js";
import { unitWithDirection } from "./read-relative.js";
import { hasArticle, keyAt, kindAt, type Piece, type Scan } from "./scan.js";

// Decades, seasons, sets, ref words

/** الستينيات، ستينيات القرن الماضي، ثمانينيات القرن العشرين. */
export function decadeAt(scan: Scan, i: number): Piece | null {
  const decade = kindAt(scan, i, "decade");
  if (decade === null) return null;
  let k = decade.end;
  if (keyAt(scan, k) === "من") k++;
  // سبعينات وثمانينات القرن الماضي: the first decade takes the century named after the second.
  const next = readCentury(scan, k) === null ? kindAt(scan, k, "decade") : null;
  const shared = next !== null && next.prefix === 1 && keyAt(scan, k).startsWith("و");
  const century = readCentury(scan, k) ?? (shared ? readCentury(scan, next.end) : null);
  if (shared && century !== null) {
    const base: TimeBase = {
      kind: "decade",
      decade: decade.word.number,
      century: century.century,
      centuryOffset: century.offset,
    };
    return { end: decade.end, prefix: decade.prefix, parse: { base } };
  }
  const base: TimeBase = {
    kind: "decade",
    decade: decade.word.number,
    century: century?.century ?? null,
    centuryOffset: century?.offset ?? null,
  };
  return { end: century?.end ?? decade.end, prefix: decade.prefix, parse: { base } };
}

export function readCentury(
  scan: Scan,
  i: number,
): { end: number; century: number | null; offset: number | null } | null {
  const word = kindAt(scan, i, "century-word");
  if (word === null) return null;
  const direction = kindAt(scan, word.end, "direction", false);
  if (direction !== null) return { end: direction.end, century: null, offset: direction.word.number };
  // القرن العشرين is the 1900s: TIMEX3 writes a century by its two leading digits, "19".
  const ordinal = kindAt(scan, word.end, "ordinal", false) ?? kindAt(scan, word.end, "cardinal", false);
  if (ordinal !== null && ordinal.word.number >= 1 && ordinal.word.number <= 30) {
    return { end: ordinal.end, century: ordinal.word.number - 1, offset: null };
  }
  return null;
}

export function centuryAt(scan: Scan, i: number): Piece | null {
  const century = readCentury(scan, i);
  if (century === null) return null;
  const word = kindAt(scan, i, "century-word")!;
  return { end: century.end, prefix: word.prefix, parse: { base: { kind: "century", ...century } } };
}

/** صيف 2018، الصيف الماضي، شتاء العام الماضي. */
export function seasonAt(scan: Scan, i: number, afterMod: boolean): Piece | null {
  const thisWord = kindAt(scan, i, "this");
  const season = kindAt(scan, thisWord?.end ?? i, "season", thisWord === null);
  if (season === null) return null;
  const value = season.word.value;
  // هذا الخريف: this year's autumn.
  if (thisWord !== null) {
    if (!hasArticle(scan, season, thisWord.end)) return null;
    const base: TimeBase = { kind: "season", season: value, year: null, yearOffset: 0, direction: null };
    return { end: season.end, prefix: thisWord.prefix, parse: { base } };
  }
  const year = readYearAfter(scan, season.end);
  if (year !== null) {
    const base: TimeBase = {
      kind: "season",
      season: value,
      year: year.year,
      yearOffset: year.yearOffset,
      direction: null,
    };
    return { end: year.end, prefix: season.prefix, parse: { base } };
  }
  const direction = kindAt(scan, season.end, "direction", false);
  if (direction !== null) {
    const base: TimeBase = {
      kind: "season",
      season: value,
      year: null,
      yearOffset: null,
      direction: direction.word.number,
    };
    return { end: direction.end, prefix: season.prefix, parse: { base } };
  }
  if (afterMod && season.word.note !== "ambiguous") {
    const base: TimeBase = { kind: "season", season: value, year: null, yearOffset: 0, direction: null };
    return { end: season.end, prefix: season.prefix, parse: { base } };
  }
  return null;
}

/** يوميا، سنويا، كل يوم، كل أربع سنوات. */
export function setAt(scan: Scan, i: number): Piece | null {
  const adverb = kindAt(scan, i, "set");
  if (adverb !== null && adverb.word.note !== "ambiguous")
    return {
      end: adverb.end,
      prefix: adverb.prefix,
      parse: { base: { kind: "set", value: adverb.word.value } },
    };
  const every = kindAt(scan, i, "every");
  if (every === null) return null;
  const unit = kindAt(scan, every.end, "unit", false);
  if (unit !== null && !hasArticle(scan, unit, every.end) && unit.word.note !== "ambiguous") {
    const value = unit.word.value as TimeUnit;
    return {
      end: unit.end,
      prefix: every.prefix,
      parse: { base: { kind: "set", value: setValue(value, 1) } },
    };
  }
  const count = readNumber(scan.tokens, scan.lexicon, every.end);
  if (count !== null && count.prefix === 0) {
    const counted = kindAt(scan, count.end, "unit-plural", false) ?? kindAt(scan, count.end, "unit", false);
    if (counted !== null) {
      const value = counted.word.value as TimeUnit;
      return {
        end: counted.end,
        prefix: every.prefix,
        parse: { base: { kind: "set", value: setValue(value, count.value) } },
      };
    }
  }
  return null;
}

/**
 * خمسة قطارات في الساعة، مرتين في الأسبوع: في + a unit with the article after a count is a rate,
 * a SET; the span is the unit (في stays out, as everywhere). في الساعة العاشرة is a clock, found first.
 */
export function rateAt(scan: Scan, i: number): Piece | null {
  const unit = kindAt(scan, i, "unit", false);
  if (unit === null || unit.end !== i + 1 || !hasArticle(scan, unit, i) || unit.word.note === "ambiguous")
    return null;
  if (keyAt(scan, i - 1) !== "في") return null;
  const counted =
    kindAt(scan, i - 2, "occurrence") !== null ||
    (scan.tokens[i - 2]?.kind === "word" && readNumber(scan.tokens, scan.lexicon, i - 3)?.end === i - 2);
  if (!counted) return null;
  // What follows must not make the unit a particular one: في اليوم التالي، في الأسبوع الماضي، في العام 2010.
  const next = scan.tokens[i + 1];
  if (next !== undefined && next.kind !== "punct") {
    if (next.kind !== "word" || next.key.startsWith("ال") || scan.lexicon.keys.has(next.key)) return null;
  }
  const value = setValue(unit.word.value as TimeUnit, 1);
  return { end: unit.end, prefix: 0, parse: { base: { kind: "set", value } } };
}

export function setValue(unit: TimeUnit, count: number): string {
  return unit === "H" || unit === "MIN" || unit === "S"
    ? `PT${count}${unit === "MIN" ? "M" : unit}`
    : `P${count}${unit}`;
}

/** الآن، حاليا، مؤخرا، الفترة الأخيرة; في الماضي، في السابق (only after في). */
export function refWordAt(scan: Scan, i: number): Piece | null {
  const word = kindAt(scan, i, "ref-word");
  if (word === null) return null;
  // ألان is the name Alain; now is الآن (or الان), never with hamza under or over its alef.
  if (word.word.value === "PRESENT_REF" && scan.tokens[i]!.text.slice(word.prefix).startsWith("أ"))
    return null;
  // في وقت سابق (من) هذا الشهر: earlier this month is the month itself.
  const head = keyAt(scan, i).slice(word.prefix) === "وقت";
  const at = head && keyAt(scan, word.end) === "من" ? word.end + 1 : word.end;
  const period = head ? unitWithDirection(scan, at, false) : null;
  if (period !== null && period.prefix === 0) return { ...period, start: undefined, prefix: word.prefix };
  // جاسوسا مزدوجا سابقا: after an indefinite accusative, سابقا agrees with it, "former", an adjective
  // (not after a verb's وا or a pronoun's ها، نا: كانوا سابقا، نشرها سابقا).
  if (word.word.note === "adjectival" && word.prefix === 0) {
    const before = keyAt(scan, i - 1);
    const accusative = before.endsWith("ا") && !/(?:وا|ها|نا)$/.test(before);
    if (accusative && scan.tokens[i - 1]?.kind === "word") return null;
  }
  // قريبا من العاصمة: "near", a place, not "soon".
  if (keyAt(scan, i).slice(word.prefix) === "قريبا" && keyAt(scan, word.end) === "من") return null;
  // لم يكن معروفا من قبل: "before", at a pause; من قبل الشرطة is "by the police", the agent.
  if (word.word.note === "before-pause" && !isPauseAt(scan, word.end)) return null;
  if (word.word.note === "after-preposition") {
    if (word.prefix > 0) return null;
    const before = keyAt(scan, i - 1);
    if (before !== "في" && before !== "وفي") return null;
  }
  return { end: word.end, prefix: word.prefix, parse: { base: { kind: "ref", value: word.word.value } } };
}

/**
 * Token k ends the phrase: punctuation other than a quotation mark (من قبل "مخربين" names the
 * agent), the text's end, a preposition or a ل phrase (للشرطة).
 */
function isPauseAt(scan: Scan, k: number): boolean {
  const token = scan.tokens[k];
  if (token === undefined) return true;
  if (token.kind === "punct") return !isQuoteMark(token);
  if (token.kind !== "word") return false;
  if (kindAt(scan, k, "preposition") !== null) return true;
  const first = token.segments[0];
  return first?.kind === "proclitic" && (first.form === "ل" || first.form === "و");
}
