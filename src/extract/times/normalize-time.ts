/**
 * TIMEX3 values (ISO-TimeML, Pustejovsky et al. 2005; TimeML annotation guidelines 1.2.1) for what
 * `detectTimes` read. Conventions, where TIMEX3 leaves a choice or Arabic needs one:
 *
 * - Granularity follows the words: عام 2019 → "2019", فبراير 2022 → "2022-02", الأسبوع الماضي → an
 *   ISO week "2018-W17", decades and centuries by their leading digits ("196", "19").
 * - Relative expressions (أمس، الشهر الماضي، قبل ثلاثة أيام، السبت) are resolved against the
 *   reference date (the publication date) and carry `anchor: "reference"`. Without a reference they
 *   keep their granularity with X placeholders ("XXXX-XX-XX", "XXXX-WXX-6" for a Saturday, "XXXX")
 *   and `resolved: false`: never a guess from the clock.
 * - A weekday is the nearest such day on or before the reference (news reports the past); الماضي
 *   makes it strictly before, المقبل/القادم strictly after, a future clause (سيزور، من المقرر أن)
 *   on or after; a month without a year in a future clause is the next such month.
 * - A month or day-and-month without a year takes the year that puts it nearest the reference
 *   (ديسمبر in a January article is last December); الماضي/المقبل pick the previous/next one.
 * - Vague past/present/future words (مؤخرا، الآن، في المستقبل) are PAST_REF/PRESENT_REF/FUTURE_REF,
 *   and so is "قبل ساعتين" (the reference is a date: hours before it cannot be placed).
 * - Durations: منذ أشهر and عدة أيام are "PXM" and "PXD" (TIMEX3's X for an unknown count), ثلاثة أيام
 *   "P3D", hours and minutes "PT5H", "PT30M", decades and centuries "P2DE", "P1CE".
 * - قبل/بعد + a counted duration is a point ("قبل ثلاثة أيام" → the reference minus three days, at
 *   the unit's granularity); the signal منذ، خلال is not part of a duration's span.
 * - Modifiers keep the value of the period and add `mod` (أواخر 2017 → "2017", mod END; نحو عامين →
 *   "P2Y", mod APPROX; أكثر من ثلاث سنوات → "P3Y", mod MORE_THAN).
 * - A time of day alone (الساعة العاشرة) is placed on the day the text last named (`context`, see
 *   find-times.ts), else on the reference day, as TimeML annotators place it on the document date;
 *   parts of days are "2018-05-04TEV" (MO AF EV NI); noon (ظهر) is the clock "T12:00".
 * - Hijri dates are converted to Gregorian (Umm al-Qura, see hijri.ts) and keep the Hijri value as
 *   written in `hijri`, with `calendar: "hijri"`. A Hijri month maps to the Gregorian month holding
 *   its 15th day, a Hijri year to the Gregorian year holding its 1 Rajab (its middle).
 * - Decades named without a century (الستينيات) are read in the 1900s, as Arabic news uses them.
 */
import {
  addMonths,
  civilDate,
  dayNumber,
  formatDate,
  formatMonth,
  formatWeek,
  formatYear,
  isoWeekday,
  isValidDate,
  type CivilDate,
} from "./civil-date.js";
import { gregorianToHijri, hijriToGregorian } from "./hijri.js";

/** TIMEX3 duration units as written in values (DE decade, CE century). */
export type TimeUnit = "Y" | "M" | "W" | "D" | "H" | "MIN" | "S" | "DE" | "CE";

/** TIMEX3 mod values Marsad uses. */
export type TimeMod = "START" | "MID" | "END" | "APPROX" | "BEFORE" | "AFTER" | "MORE_THAN" | "LESS_THAN";

/** What the words of a time expression say, before any reference date is applied. */
export type TimeBase =
  | {
      readonly kind: "date";
      readonly calendar: "gregorian" | "hijri";
      readonly year: number | null;
      /** Years from the reference year (من العام الماضي: -1), when the year is relative. */
      readonly yearOffset: number | null;
      readonly month: number | null;
      /** -1 الماضي, 0 الجاري, 1 المقبل after a month name. */
      readonly monthDirection: number | null;
      readonly day: number | null;
    }
  | { readonly kind: "relative-day"; readonly offset: number }
  | { readonly kind: "weekday"; readonly weekday: number; readonly direction: number | null }
  | {
      readonly kind: "relative";
      readonly unit: TimeUnit;
      readonly offset: number;
      /** A day of the month named (الـ15 من الشهر الحالي), with unit M. */
      readonly day?: number;
    }
  | { readonly kind: "ref"; readonly value: string }
  | { readonly kind: "duration"; readonly unit: TimeUnit; readonly count: number | null }
  | { readonly kind: "set"; readonly value: string }
  | {
      readonly kind: "decade";
      readonly decade: number;
      readonly century: number | null;
      readonly centuryOffset: number | null;
    }
  | { readonly kind: "century"; readonly century: number | null; readonly offset: number | null }
  | {
      readonly kind: "season";
      readonly season: string;
      readonly year: number | null;
      readonly yearOffset: number | null;
      readonly direction: number | null;
    }
  /**
   * A clock or part of day with no day of its own, or اليوم نفسه/غداة: the day the text last named
   * (else the reference). `anaphoric` ones mean nothing without such a day and are dropped.
   */
  | { readonly kind: "context-day"; readonly anaphoric?: boolean; readonly offset?: number };

export interface TimeClock {
  readonly hour: number;
  readonly minute: number;
  /** Followed by غرينتش: UTC. */
  readonly utc: boolean;
}

export interface TimeParse {
  readonly base: TimeBase;
  readonly mod?: TimeMod;
  /** TIMEX3 part of day: MO MI AF EV NI. */
  readonly daypart?: string;
  readonly clock?: TimeClock;
  /** The clause speaks of the future (سيزور، من المقرر أن): a weekday or yearless month lies ahead. */
  readonly future?: boolean;
}

/** The TIMEX3 attributes of one expression. */
export interface TimeValue {
  readonly type: "DATE" | "TIME" | "DURATION" | "SET";
  readonly value: string;
  readonly mod?: TimeMod;
  readonly calendar?: "hijri";
  /** The Hijri value as written, e.g. "1443-07-13" ("XXXX" for a missing part). */
  readonly hijri?: string;
  /** "reference" when the value was computed from the reference date. */
  readonly anchor?: "reference";
  /** false when a relative expression could not be resolved (no reference date). */
  readonly resolved?: false;
}

interface Point {
  value: string;
  /** Day number when the value is a single day (a clock or part of day can attach to it). */
  days: number | null;
  anchored: boolean;
  resolved: boolean;
  hijri?: string;
}

const UNKNOWN_DAY = "XXXX-XX-XX";

function pad2(value: number): string {
  return String(value).padStart(2, "0");
}

/**
 * Applies the reference date (or its absence) to what the words say; see the module comment.
 * `context` is the last day the text named before this expression, for a clock or اليوم نفسه.
 */
export function normalizeTime(
  parse: TimeParse,
  reference: CivilDate | null,
  context: CivilDate | null = null,
): TimeValue {
  const { base } = parse;
  const mod = parse.mod === undefined ? {} : { mod: parse.mod };
  if (base.kind === "duration")
    return { type: "DURATION", value: durationValue(base.unit, base.count), ...mod };
  if (base.kind === "set") return { type: "SET", value: base.value, ...mod };
  if (base.kind === "ref") return { type: "DATE", value: base.value, ...mod };
  if (base.kind === "relative" && (base.unit === "H" || base.unit === "MIN" || base.unit === "S")) {
    return {
      type: "TIME",
      value: base.offset < 0 ? "PAST_REF" : base.offset > 0 ? "FUTURE_REF" : "PRESENT_REF",
      ...mod,
    };
  }
  const point = pointOf(midnightBefore(parse, context) ?? base, reference, context, parse.future === true);
  let type: TimeValue["type"] = "DATE";
  let value = point.value;
  if (parse.clock !== undefined && (point.days !== null || value === UNKNOWN_DAY)) {
    type = "TIME";
    value = `${value}T${pad2(parse.clock.hour)}:${pad2(parse.clock.minute)}${parse.clock.utc ? "Z" : ""}`;
  } else if (parse.daypart !== undefined && (point.days !== null || value === UNKNOWN_DAY)) {
    type = "TIME";
    // ظهر is noon, a clock time: TIMEX3 writes noon T12:00 rather than the part of day MI.
    value = `${value}T${parse.daypart === "MI" ? "12:00" : parse.daypart}`;
  }
  return {
    type,
    value,
    ...mod,
    ...(base.kind === "date" && base.calendar === "hijri"
      ? { calendar: "hijri" as const, hijri: point.hijri ?? "XXXX" }
      : {}),
    ...(point.anchored ? { anchor: "reference" as const } : {}),
    ...(point.resolved ? {} : { resolved: false as const }),
  };
}

/**
 * منتصف الليل with no day named is the last midnight before the reference (the news reports what
 * happened), the end of the day before it: 24:00 of the reference day is still to come. A future
 * verb (سيبدأ حظر التجول عند منتصف الليل) keeps the reference day.
 */
function midnightBefore(
  parse: TimeParse,
  context: CivilDate | null,
): Extract<TimeBase, { kind: "context-day" }> | null {
  const { base } = parse;
  if (parse.daypart !== "24:00" || base.kind !== "context-day" || context !== null) return null;
  if (parse.future === true || (base.offset ?? 0) !== 0) return null;
  return { ...base, offset: -1 };
}

/** TIMEX3 duration value: P3D, PXM, PT5H, P2DE. */
export function durationValue(unit: TimeUnit, count: number | null): string {
  const n = count === null ? "X" : String(count);
  switch (unit) {
    case "H":
      return `PT${n}H`;
    case "MIN":
      return `PT${n}M`;
    case "S":
      return `PT${n}S`;
    default:
      return `P${n}${unit}`;
  }
}

function dayPoint(days: number, anchored: boolean): Point {
  return { value: formatDate(civilDate(days)), days, anchored, resolved: true };
}

function unresolved(value: string): Point {
  return { value, days: null, anchored: false, resolved: false };
}

function pointOf(
  base: Exclude<TimeBase, { kind: "duration" | "set" | "ref" }>,
  reference: CivilDate | null,
  context: CivilDate | null,
  future: boolean,
): Point {
  const ref = reference === null ? null : dayNumber(reference);
  switch (base.kind) {
    case "context-day": {
      const offset = base.offset ?? 0;
      if (context !== null) return dayPoint(dayNumber(context) + offset, true);
      if (ref === null) return unresolved(UNKNOWN_DAY);
      return dayPoint(ref + offset, true);
    }
    case "relative-day":
      if (ref === null) return unresolved(UNKNOWN_DAY);
      return dayPoint(ref + base.offset, true);
    case "weekday": {
      if (ref === null) return unresolved(`XXXX-WXX-${base.weekday}`);
      const back = (isoWeekday(ref) - base.weekday + 7) % 7;
      if (base.direction === 1) return dayPoint(ref + (7 - back === 0 ? 7 : 7 - back), true);
      if (base.direction === -1) return dayPoint(ref - (back === 0 ? 7 : back), true);
      // سيزور الجمعة: the nearest Friday on or after the reference.
      if (future) return dayPoint(back === 0 ? ref : ref + 7 - back, true);
      return dayPoint(ref - back, true);
    }
    case "relative":
      return base.day !== undefined && base.unit === "M"
        ? dayOfRelativeMonth(base.offset, base.day, reference)
        : relativePoint(base.unit, base.offset, reference);
    case "date":
      return base.calendar === "hijri"
        ? hijriPoint(base, reference)
        : gregorianPoint(base, reference, future);
    case "decade": {
      let century = base.century ?? 19;
      let anchored = false;
      if (base.centuryOffset !== null) {
        if (reference === null) return unresolved(`XX${base.decade}`);
        century = Math.floor(reference.year / 100) + base.centuryOffset;
        anchored = true;
      }
      return { value: `${pad2(century)}${base.decade}`, days: null, anchored, resolved: true };
    }
    case "century":
      if (base.century !== null)
        return { value: pad2(base.century), days: null, anchored: false, resolved: true };
      return relativePoint("CE", base.offset ?? 0, reference);
    case "season": {
      const season = base.season;
      if (base.year !== null)
        return { value: `${formatYear(base.year)}-${season}`, days: null, anchored: false, resolved: true };
      if (reference === null) return unresolved(`XXXX-${season}`);
      let year = reference.year + (base.yearOffset ?? 0);
      if (base.yearOffset === null && base.direction !== null)
        year = seasonYear(season, base.direction, reference);
      return { value: `${formatYear(year)}-${season}`, days: null, anchored: true, resolved: true };
    }
  }
}

const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14],
};

/** The year of the previous (-1), current (0) or next (1) such season. */
function seasonYear(season: string, direction: number, reference: CivilDate): number {
  const [first, last] = SEASON_MONTHS[season] ?? [1, 12];
  const month = reference.month < 3 && season === "WI" ? reference.month + 12 : reference.month;
  const year = reference.month < 3 && season === "WI" ? reference.year - 1 : reference.year;
  if (direction < 0) return last < month ? year : year - 1;
  if (direction > 0) return first > month ? year : year + 1;
  return year;
}

/** Day `day` of the month `offset` months from the reference's (25 من الشهر الجاري). */
function dayOfRelativeMonth(offset: number, day: number, reference: CivilDate | null): Point {
  if (reference === null) return unresolved(`XXXX-XX-${pad2(day)}`);
  const { year, month } = addMonths(reference.year, reference.month, offset);
  if (!isValidDate(year, month, day))
    return { value: formatMonth(year, month), days: null, anchored: true, resolved: true };
  const date = { year, month, day };
  return { value: formatDate(date), days: dayNumber(date), anchored: true, resolved: true };
}

function relativePoint(unit: TimeUnit, offset: number, reference: CivilDate | null): Point {
  const unknown: Record<string, string> = {
    Y: "XXXX",
    M: "XXXX-XX",
    W: "XXXX-WXX",
    D: UNKNOWN_DAY,
    DE: "XXX",
    CE: "XX",
  };
  if (reference === null) return unresolved(unknown[unit] ?? UNKNOWN_DAY);
  const ref = dayNumber(reference);
  const point = (value: string): Point => ({ value, days: null, anchored: true, resolved: true });
  switch (unit) {
    case "Y":
      return point(formatYear(reference.year + offset));
    case "M": {
      const { year, month } = addMonths(reference.year, reference.month, offset);
      return point(formatMonth(year, month));
    }
    case "W":
      return point(formatWeek(ref + 7 * offset));
    case "DE":
      return point(String(Math.floor(reference.year / 10) + offset).padStart(3, "0"));
    case "CE":
      return point(pad2(Math.floor(reference.year / 100) + offset));
    default:
      return dayPoint(ref + offset, true);
  }
}

/**
 * The year that puts month (and day) nearest the reference, or the previous/next one by direction;
 * in a future clause the first one not before the reference (its month, or its day when given).
 */
function yearNear(
  month: number,
  day: number | null,
  direction: number | null,
  reference: CivilDate,
  future: boolean,
): number {
  const ref = dayNumber(reference);
  const candidates = [reference.year - 1, reference.year, reference.year + 1];
  const daysOf = (year: number) => dayNumber({ year, month, day: day ?? 15 });
  if (direction === 0) return reference.year;
  if (direction === null && future) {
    const ahead = candidates.find((year) =>
      day === null ? year * 12 + month >= reference.year * 12 + reference.month : daysOf(year) >= ref,
    );
    return ahead ?? reference.year + 1;
  }
  if (direction === -1) {
    // The last such month that ended before the reference's month began (مايو الماضي in May: last year).
    const before = candidates.filter((year) => year * 12 + month < reference.year * 12 + reference.month);
    return before.at(-1) ?? reference.year - 1;
  }
  if (direction === 1) {
    // (16 مايو المقبل on 9 May: a day still ahead this month is this month's, as news writes it.)
    if (day !== null && month === reference.month && daysOf(reference.year) > ref) return reference.year;
    const after = candidates.filter((year) => year * 12 + month > reference.year * 12 + reference.month);
    return after[0] ?? reference.year + 1;
  }
  let best = reference.year;
  for (const year of candidates) {
    const distance = Math.abs(daysOf(year) - ref);
    // Ties go to the past: news reports what happened.
    if (distance < Math.abs(daysOf(best) - ref) || (distance === Math.abs(daysOf(best) - ref) && year < best))
      best = year;
  }
  return best;
}

function gregorianPoint(
  base: Extract<TimeBase, { kind: "date" }>,
  reference: CivilDate | null,
  future: boolean,
): Point {
  const { month, day } = base;
  let year = base.year;
  let anchored = false;
  if (year === null && base.yearOffset !== null) {
    if (reference === null) return unresolvedDate(month, day);
    year = reference.year + base.yearOffset;
    anchored = true;
  }
  if (year === null) {
    if (month === null) return unresolved("XXXX");
    if (reference === null) return unresolvedDate(month, day);
    year = yearNear(month, day, base.monthDirection, reference, future);
    anchored = true;
  }
  if (month === null) return { value: formatYear(year), days: null, anchored, resolved: true };
  if (day === null) return { value: formatMonth(year, month), days: null, anchored, resolved: true };
  if (!isValidDate(year, month, day))
    return { value: formatMonth(year, month), days: null, anchored, resolved: true };
  return {
    value: formatDate({ year, month, day }),
    days: dayNumber({ year, month, day }),
    anchored,
    resolved: true,
  };
}

function unresolvedDate(month: number | null, day: number | null): Point {
  if (month === null) return unresolved("XXXX");
  return unresolved(day === null ? `XXXX-${pad2(month)}` : `XXXX-${pad2(month)}-${pad2(day)}`);
}

function hijriText(year: number | null, month: number | null, day: number | null): string {
  let text = year === null ? "XXXX" : formatYear(year);
  if (month !== null) text += `-${pad2(month)}`;
  if (month !== null && day !== null) text += `-${pad2(day)}`;
  return text;
}

function hijriPoint(base: Extract<TimeBase, { kind: "date" }>, reference: CivilDate | null): Point {
  const { month, day } = base;
  let year = base.year;
  let anchored = false;
  if (year === null) {
    if (reference === null || month === null) {
      return { ...unresolvedDate(month, day), hijri: hijriText(null, month, day) };
    }
    const refDays = dayNumber(reference);
    const refYear = gregorianToHijri(reference).year;
    let best: number | null = null;
    let bestDistance = Infinity;
    for (const candidate of [refYear - 1, refYear, refYear + 1]) {
      const date = hijriToGregorian({ year: candidate, month, day: day ?? 15 });
      if (date === null) continue;
      const distance = Math.abs(dayNumber(date) - refDays);
      if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    }
    if (best === null) return { ...unresolvedDate(month, day), hijri: hijriText(null, month, day) };
    year = best;
    anchored = true;
  }
  const hijri = hijriText(year, month, day);
  if (month === null) {
    const middle = hijriToGregorian({ year, month: 7, day: 1 });
    return middle === null
      ? { ...unresolved("XXXX"), hijri }
      : { value: formatYear(middle.year), days: null, anchored, resolved: true, hijri };
  }
  const date = hijriToGregorian({ year, month, day: day ?? 15 });
  if (date === null) return { ...unresolved(day === null ? "XXXX-XX" : UNKNOWN_DAY), hijri };
  if (day === null)
    return { value: formatMonth(date.year, date.month), days: null, anchored, resolved: true, hijri };
  return { value: formatDate(date), days: dayNumber(date), anchored, resolved: true, hijri };
}
