/**
 * Proleptic Gregorian calendar dates as day numbers (days since 1970-01-01), computed with
 * `Date.UTC` only: no clock, no time zone.
 */

export interface CivilDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a Gregorian date. */
export function dayNumber(date: CivilDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

/** The Gregorian date of a day number. */
export function civilDate(days: number): CivilDate {
  const date = new Date(days * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO 8601 weekday of a day number: Monday 1 … Sunday 7. */
export function isoWeekday(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** True when year-month-day names a real Gregorian date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) return false;
  return civilDate(dayNumber({ year, month, day })).day === day;
}

/** Reads an ISO date (YYYY-MM-DD, optionally followed by a time) as a civil date; null if it is not one. */
export function parseIsoDate(iso: string | null | undefined): CivilDate | null {
  if (iso === null || iso === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** TIMEX3 year value: four digits. */
export function formatYear(year: number): string {
  return pad(year, 4);
}

/** TIMEX3 month value YYYY-MM. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** TIMEX3 day value YYYY-MM-DD. */
export function formatDate(date: CivilDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** TIMEX3 week value YYYY-Www (ISO 8601 week of the day). */
export function formatWeek(days: number): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = days - isoWeekday(days) + 4;
  const year = civilDate(thursday).year;
  const week = Math.floor((thursday - dayNumber({ year, month: 1, day: 1 })) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Adds whole months, keeping the year and month only (the day is irrelevant at month granularity). */
export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The first and last day numbers a TIMEX3 calendar value covers: YYYY, YYYY-MM, YYYY-MM-DD (with
 * anything after it, a time or a part of day) and YYYY-Www; null for any other value (PAST_REF, a
 * duration, a season).
 */
export function timexDays(value: string): [number, number] | null {
  const year = /^(\d{4})/.exec(value);
  if (year === null) return null;
  const y = Number(year[1]);
  const week = /^\d{4}-W(\d{2})/.exec(value);
  if (week !== null) {
    // ISO week 1 holds 4 January; its Monday starts the count.
    const january4 = dayNumber({ year: y, month: 1, day: 4 });
    const first = january4 - (isoWeekday(january4) - 1) + (Number(week[1]) - 1) * 7;
    return [first, first + 6];
  }
  const day = /^\d{4}-(\d{2})-(\d{2})/.exec(value);
  if (day !== null) {
    const at = dayNumber({ year: y, month: Number(day[1]), day: Number(day[2]) });
    return [at, at];
  }
  const month = /^\d{4}-(\d{2})$/.exec(value);
  if (month !== null) {
    const m = Number(month[1]);
    const next = addMonths(y, m, 1);
    return [dayNumber({ year: y, month: m, day: 1 }), dayNumber({ ...next, day: 1 }) - 1];
  }
  if (value.length === 4)
    return [dayNumber({ year: y, month: 1, day: 1 }), dayNumber({ year: y + 1, month: 1, day: 1 }) - 1];
  return null;
}
