/**
 * Dates as the store compares them: `meta.published` reduced to a day (YYYY-MM-DD), and a query's
 * inclusive range (YYYY, YYYY-MM or YYYY-MM-DD at either end) turned into day bounds, the upper one
 * exclusive, so plain string comparison of days does the filtering in every backend.
 */
import { MarsadError } from "../doc/index.js";

export interface DayBounds {
  /** First day included, or null for no lower bound. */
  readonly from: string | null;
  /** First day excluded, or null for no upper bound. */
  readonly until: string | null;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Day bounds of an inclusive range; throws `query.invalid` naming a bound that is not a date. */
export function dayBounds(range: {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}): DayBounds {
  return {
    from: range.from === undefined || range.from === "" ? null : firstDay(range.from),
    until: range.to === undefined || range.to === "" ? null : dayAfter(range.to),
  };
}

/**
 * The day of a published date: an ISO date or date-time gives its own date as written (the local
 * date of the outlet); YYYY-MM or YYYY give their first day; any other date string Date.parse
 * reads (RFC 822 from feeds) gives its UTC day; otherwise null.
 */
export function publishedDay(published: string | null | undefined): string | null {
  if (published === null || published === undefined) return null;
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T|\s)/.exec(published.trim());
  if (iso !== null) return `${iso[1]}-${iso[2] ?? "01"}-${iso[3] ?? "01"}`;
  const time = Date.parse(published);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

function parse(value: string): { year: number; month: number | null; day: number | null } {
  const match = PARTIAL_DATE.exec(value.trim());
  const month = match?.[2] === undefined ? null : Number(match[2]);
  const day = match?.[3] === undefined ? null : Number(match[3]);
  if (
    match === null ||
    (month !== null && (month < 1 || month > 12)) ||
    (day !== null && (day < 1 || day > 31))
  ) {
    throw new MarsadError(
      "query.invalid",
      value,
      `"${value}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
  return { year: Number(match[1]), month, day };
}

function firstDay(value: string): string {
  const { year, month, day } = parse(value);
  return format(year, month ?? 1, day ?? 1);
}

function dayAfter(value: string): string {
  const { year, month, day } = parse(value);
  if (month === null) return format(year + 1, 1, 1);
  if (day === null) return month === 12 ? format(year + 1, 1, 1) : format(year, month + 1, 1);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return format(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
