/** Dates: 14 شباط 2022، 2022/2/14، الرابع من مايو، فبراير/شباط، عام 2019، 1443 هـ. */
import { matchKey } from "../../text/index.js";
import type { KindMatch } from "./match-time-words.js";
import type { TimeBase, TimeParse } from "./normalize-time.js";
import { digitValue } from "./number-words.js";
import { bareKey, hasArticle, isDashAt, keyAt, kindAt, type Piece, type Scan } from "./scan.js";
import { unitWithDirection } from "./read-relative.js";
import type { TimeWordKind } from "./time-lexicon.js";

export const MIN_YEAR = 1;
export const MAX_YEAR = 2200;
/** A four-digit number standing alone is read as a year only in this range. */
export const BARE_YEAR_MIN = 1900;
export const BARE_YEAR_MAX = 2099;

// Dates

export const DATE_SEPARATORS = new Set(["/", "-", "."]);

export function digitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0;
  return -1;
}

/** 2022/2/14, 14-02-2022, 14.02.2022, ١٤/٢/٢٠٢٢: read on the characters, the tokenizer splits them. */
export function numericDate(scan: Scan, i: number): Piece | null {
  const { text, tokens } = scan;
  const groups: { value: number; width: number }[] = [];
  let separator = "";
  let k = tokens[i]!.start;
  for (;;) {
    let value = 0;
    let width = 0;
    for (let d = digitAt(text, k); d >= 0 && width < 5; d = digitAt(text, k)) {
      value = value * 10 + d;
      width++;
      k++;
    }
    if (width === 0 || width > 4) return null;
    groups.push({ value, width });
    if (groups.length === 3) break;
    const sep = text.charAt(k);
    if (!DATE_SEPARATORS.has(sep) || (separator !== "" && sep !== separator)) return null;
    separator = sep;
    k++;
  }
  if (digitAt(text, k) >= 0) return null;
  const [a, b, c] = groups as [(typeof groups)[0], (typeof groups)[0], (typeof groups)[0]];
  let year: number;
  let month: number;
  let day: number;
  if (a.width === 4 && c.width <= 2) [year, month, day] = [a.value, b.value, c.value];
  else if (c.width === 4 && a.width <= 2) [year, month, day] = [c.value, b.value, a.value];
  else return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  let end = i;
  while (end < tokens.length && tokens[end]!.end <= k) end++;
  if (tokens[end - 1]?.end !== k) return null;
  return { end, prefix: 0, parse: { base: dateBase("gregorian", year, month, day) } };
}

export function dateBase(
  calendar: "gregorian" | "hijri",
  year: number | null,
  month: number | null,
  day: number | null,
  yearOffset: number | null = null,
  monthDirection: number | null = null,
): TimeBase {
  return { kind: "date", calendar, year, yearOffset, month, monthDirection, day };
}

export interface MonthRead {
  readonly end: number;
  readonly prefix: number;
  readonly month: number;
  readonly calendar: "gregorian" | "hijri";
  readonly ambiguous: boolean;
  /** Named twice (مايو/أيار، أيار (مايو)): no longer ambiguous. */
  readonly doubled: boolean;
}

export function readMonth(scan: Scan, i: number): MonthRead | null {
  const gregorian = kindAt(scan, i, "month");
  const hijri = gregorian === null ? kindAt(scan, i, "hijri-month") : null;
  const match = gregorian ?? hijri;
  if (match === null) return null;
  const calendar = gregorian !== null ? "gregorian" : "hijri";
  const kind: TimeWordKind = gregorian !== null ? "month" : "hijri-month";
  const month = match.word.number;
  let end = match.end;
  let doubled = false;
  // A second name of the same month: مايو أيار، مايو/أيار، أيار (مايو)، ديسمبر/ كانون الأول.
  let k = end;
  const sep = scan.tokens[k]?.text;
  if (sep === "/" || sep === "-" || sep === "(" || sep === "،" || sep === ",") k++;
  const second = kindAt(scan, k, kind, false);
  if (second !== null && second.word.number === month) {
    end = second.end;
    doubled = true;
    if (sep === "(" && scan.tokens[end]?.text === ")") end++;
  }
  return { end, prefix: match.prefix, month, calendar, ambiguous: match.word.note === "ambiguous", doubled };
}

export interface YearRead {
  readonly end: number;
  readonly year: number | null;
  readonly yearOffset: number | null;
  readonly calendar: "gregorian" | "hijri" | null;
}

/** An era marker after a year: هـ، هجري، للهجرة (Hijri) or م، ميلادي (Gregorian). */
export function readEra(scan: Scan, i: number): { end: number; calendar: "gregorian" | "hijri" } | null {
  const era = kindAt(scan, i, "era", false);
  if (era === null) return null;
  return { end: era.end, calendar: era.word.value === "hijri" ? "hijri" : "gregorian" };
}

export function isYearWord(scan: Scan, i: number): KindMatch | null {
  const unit = kindAt(scan, i, "unit");
  if (unit !== null && unit.word.value === "Y" && !bareKey(scan, i, unit.prefix).endsWith("ا")) return unit;
  return kindAt(scan, i, "year-word");
}

/** The year after a month or day: [،] [من] [عام|العام|سنة] 2016 [هـ|م], or من العام الماضي. */
export function readYearAfter(scan: Scan, i: number): YearRead | null {
  let k = i;
  if (scan.tokens[k]?.text === "،" || scan.tokens[k]?.text === ",") k++;
  const hasFrom = keyAt(scan, k) === "من";
  if (hasFrom) k++;
  const word = isYearWord(scan, k);
  if (word !== null) {
    const n = digitValue(scan.tokens[word.end]);
    if (n >= MIN_YEAR && n <= MAX_YEAR) return yearWithEra(scan, word.end + 1, n);
    const direction = kindAt(scan, word.end, "direction");
    if (direction !== null && hasArticle(scan, word, k)) {
      return { end: direction.end, year: null, yearOffset: direction.word.number, calendar: null };
    }
    return null;
  }
  const thisWord = kindAt(scan, k, "this");
  if (thisWord !== null) {
    const unit = kindAt(scan, thisWord.end, "unit");
    if (unit !== null && unit.word.value === "Y")
      return { end: unit.end, year: null, yearOffset: 0, calendar: null };
    return null;
  }
  const token = scan.tokens[k];
  const n = digitValue(token);
  if (token === undefined || Number.isNaN(n) || n < MIN_YEAR || n > MAX_YEAR) return null;
  // After a month, 2016 is its year; a shorter number is one only with an era (رجب 923 هـ).
  if (token.text.length === 4) return yearWithEra(scan, k + 1, n);
  const era = token.text.length === 3 ? readEra(scan, k + 1) : null;
  return era === null ? null : { end: era.end, year: n, yearOffset: null, calendar: era.calendar };
}

export function yearWithEra(scan: Scan, end: number, year: number): YearRead {
  const era = readEra(scan, end);
  return { end: era?.end ?? end, year, yearOffset: null, calendar: era?.calendar ?? null };
}

/** 14 شباط 2022، الرابع عشر من فبراير، 13 رجب 1443 هـ، 24 يونيو/ حزيران الجاري. */
export function dayMonth(scan: Scan, i: number): Piece | null {
  // الـ12 من يونيو: the article written apart before the day's number is part of the date.
  if (keyAt(scan, i) === "ال" && scan.tokens[i + 1]?.kind === "number") {
    const inner = dayMonth(scan, i + 1);
    return inner === null ? null : { ...inner, start: i };
  }
  let day = digitValue(scan.tokens[i]);
  let k = i + 1;
  let prefix = 0;
  if (!Number.isNaN(day)) {
    if ((scan.tokens[i]?.text.length ?? 0) > 2) return null;
  } else {
    const ordinal = kindAt(scan, i, "ordinal");
    if (ordinal === null) return null;
    day = ordinal.word.number;
    k = ordinal.end;
    prefix = ordinal.prefix;
  }
  if (day < 1 || day > 31) return null;
  if (prefix === 0 && !Number.isNaN(digitValue(scan.tokens[i]))) {
    const listed = listedDay(scan, i, day);
    if (listed !== null) return listed;
  }
  const of = keyAt(scan, k) === "من";
  if (of) k++;
  const monthWord = kindAt(scan, k, "month-word", false);
  if (monthWord !== null) k = monthWord.end;
  const month = readMonth(scan, k);
  if (month === null && of) return dayOfRelativeMonth(scan, k, prefix, day);
  if (month === null || month.prefix > 0) return null;
  return monthTail(scan, i, prefix, month, day);
}

/** 25 من الشهر الجاري، الـ15 من الشهر الماضي: a day of a month named relative to now. */
function dayOfRelativeMonth(scan: Scan, k: number, prefix: number, day: number): Piece | null {
  const period = unitWithDirection(scan, k, false);
  if (period === null || period.prefix > 0 || period.parse.base.kind !== "relative") return null;
  if (period.parse.base.unit !== "M") return null;
  return { end: period.end, prefix, parse: { base: { ...period.parse.base, day } } };
}

/** Days before the list's last day, and the numbers a list may run over (26، 27 و28 تموز). */
const MAX_LISTED_DAYS = 6;

/**
 * A day in a list that ends with a month (26، 27 و28 تموز/يوليو): the gold annotates each day as a
 * date of its own, so this day gets the month and year of the list's last day and a span of its own.
 */
function listedDay(scan: Scan, i: number, day: number): Piece | null {
  let k = i + 1;
  for (let n = 0; n < MAX_LISTED_DAYS; n++) {
    const separator = scan.tokens[k]?.text;
    if (separator !== "،" && separator !== "," && separator !== "و") return null;
    const next = digitValue(scan.tokens[k + 1]);
    if (Number.isNaN(next) || next < 1 || next > 31 || (scan.tokens[k + 1]?.text.length ?? 0) > 2)
      return null;
    k += 2;
    let m = k;
    if (keyAt(scan, m) === "من") m++;
    const month = readMonth(scan, m);
    if (month !== null && month.prefix === 0) {
      const last = monthTail(scan, k - 1, 0, month, next);
      if (last.parse.base.kind !== "date") return null;
      return { end: i + 1, prefix: 0, parse: { base: { ...last.parse.base, day } } };
    }
  }
  return null;
}

/** What may follow a month: a year (2016، من عام 2016، من العام الماضي) or الماضي/الجاري/المقبل. */
export function monthTail(
  scan: Scan,
  _start: number,
  prefix: number,
  month: MonthRead,
  day: number | null,
): Piece {
  const year = readYearAfter(scan, month.end);
  if (year !== null) {
    const calendar = month.calendar;
    return {
      end: year.end,
      prefix,
      parse: { base: dateBase(calendar, year.year, month.month, day, year.yearOffset) },
    };
  }
  const direction = kindAt(scan, month.end, "direction", false);
  if (direction !== null) {
    return {
      end: direction.end,
      prefix,
      parse: { base: dateBase(month.calendar, null, month.month, day, null, direction.word.number) },
    };
  }
  return { end: month.end, prefix, parse: { base: dateBase(month.calendar, null, month.month, day) } };
}

/** [شهر] فبراير [2022 | الماضي]: an ambiguous name (مارس، رمضان) needs شهر, a year, a direction or a preposition. */
export function monthAt(scan: Scan, i: number): Piece | null {
  const monthWord = kindAt(scan, i, "month-word");
  const k = monthWord?.end ?? i;
  const month = readMonth(scan, k);
  if (month === null || (monthWord !== null && month.prefix > 0)) return null;
  const prefix = monthWord?.prefix ?? month.prefix;
  const piece = monthTail(scan, i, prefix, month, null);
  if (month.ambiguous && monthWord === null && !month.doubled && piece.end === month.end) {
    const afterPreposition = month.calendar === "gregorian" && kindAt(scan, i - 1, "preposition") !== null;
    if (!afterPreposition) return null;
  }
  return piece;
}

/** عام 2019، العام 2019، سنة 1948، 2014، 1443 هـ، 2019م. */
export function yearAt(scan: Scan, i: number): Piece | null {
  const word = isYearWord(scan, i);
  if (word !== null) {
    const n = digitValue(scan.tokens[word.end]);
    if (!(n >= MIN_YEAR && n <= MAX_YEAR)) return null;
    const year = yearWithEra(scan, word.end + 1, n);
    return { end: year.end, prefix: word.prefix, parse: yearParse(year) };
  }
  const token = scan.tokens[i];
  const n = digitValue(token);
  if (token === undefined || Number.isNaN(n) || token.text.length < 3) return null;
  const era = readEra(scan, i + 1);
  if (era !== null)
    return {
      end: era.end,
      prefix: 0,
      parse: yearParse({ end: era.end, year: n, yearOffset: null, calendar: era.calendar }),
    };
  if (token.text.length !== 4 || n < BARE_YEAR_MIN || n > BARE_YEAR_MAX || !looksLikeYear(scan, i))
    return null;
  // رؤية 2030"، ميراج 2000": a number closing a quoted name is part of the name.
  const after = scan.text.charAt(token.end);
  if (after === '"' || after === "»" || after === "”") return null;
  return {
    end: i + 1,
    prefix: 0,
    parse: yearParse({ end: i + 1, year: n, yearOffset: null, calendar: null }),
  };
}

export function yearParse(year: YearRead): TimeParse {
  return { base: dateBase(year.calendar ?? "gregorian", year.year, null, null, year.yearOffset) };
}

/** Words that open a clause, which no counted noun is: أواخر 2016 أن …، في أوائل 2015 ثم … */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  ["أن", "إن", "ثم", "عندما", "حين", "حيث", "بينما", "لكن", "لكنه", "لكنها"].map(matchKey),
);

/**
 * Nouns of events and periods a year names (حرب 2014، انتخابات 2018، مونديال 2022), match keys: after
 * them a four-digit number is the year, whatever follows (منذ حرب 2014 مع القوات الإسرائيلية).
 */
const NAMED_BY_YEAR: ReadonlySet<string> = new Set(
  [
    "حرب",
    "انتخابات",
    "ثورة",
    "أحداث",
    "دستور",
    "موسم",
    "مونديال",
    "أزمة",
    "انتفاضة",
    "احتجاجات",
    "هجمات",
    "عدوان",
    "انقلاب",
    "استفتاء",
    "ميزانية",
    "موازنة",
  ].map(matchKey),
);

/**
 * Prepositions that follow a year but never a count, which its noun follows (حرب 2014 مع …، اتفاق 2015
 * مع إيران). Read after the number; the lexicon's `preposition` kind is the word before it (في 2014).
 */
const PREPOSITIONS_AFTER_YEAR: ReadonlySet<string> = new Set(
  ["مع", "في", "على", "ضد", "عن", "إلى", "بين", "حتى"].map(matchKey),
);

/** The second of two years joined by و or a dash (بين عامي 1983 و1995، 2010-2012). */
function isSecondOfTwoYears(scan: Scan, i: number): boolean {
  if (scan.tokens[i - 1]?.text !== "و" && !isDashAt(scan, i - 1)) return false;
  const first = scan.tokens[i - 2];
  const n = digitValue(first);
  return first !== undefined && first.text.length === 4 && n >= BARE_YEAR_MIN && n <= BARE_YEAR_MAX;
}

/** A comparison of quantity (أكثر من، ما لا يقل عن) ends right before token `i`. */
function endsComparison(scan: Scan, i: number): boolean {
  for (let from = i - 1; from >= Math.max(0, i - 4); from--) {
    if (kindAt(scan, from, "more")?.end === i) return true;
  }
  return false;
}

/**
 * A bare four-digit number is a year unless it counts something: 2000 شخص is a quantity, في 2014،
 * انتخابات 2018 الرئاسية and 2018. are years.
 */
export function looksLikeYear(scan: Scan, i: number): boolean {
  // أكثر من 2000 جريح، ما لا يقل عن 1500: a quantity compared is a count (أكثر من 2000 عام, a
  // duration, is read before this).
  if (endsComparison(scan, i)) return false;
  if (kindAt(scan, i - 1, "preposition") !== null || kindAt(scan, i - 1, "mod") !== null) return true;
  if (NAMED_BY_YEAR.has(scan.tokens[i - 1]?.key ?? "")) return true;
  const next = scan.tokens[i + 1];
  if (next === undefined || next.kind !== "word") return true;
  if (CLAUSE_WORDS.has(next.key) || PREPOSITIONS_AFTER_YEAR.has(next.key)) return true;
  // بين 2010 و2012 بحياة …: a second year, before a word that opens with a preposition.
  if (next.segments[0]?.kind === "proclitic" && isSecondOfTwoYears(scan, i)) return true;
  if (scan.lexicon.keys.has(next.key)) {
    const unit = kindAt(scan, i + 1, "unit") ?? kindAt(scan, i + 1, "unit-plural");
    return unit === null;
  }
  return next.key.startsWith("ال") || next.key.startsWith("و");
}
