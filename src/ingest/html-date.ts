/**
 * Publication dates as pages write them, to ISO 8601: machine forms (ISO 8601 with or without "T",
 * offsets as +0300 or +03:00, RFC 2822, Unix time) and the Arabic datelines a byline shows
 * ("الأحد 10 مارس 2024 - 02:30 مساءً بتوقيت مكة", "١٠ آذار ٢٠٢٤"). The zone is kept when stated and
 * never guessed: a date-time without one comes out without an offset.
 */
import { matchKey } from "../text/index.js";
import { AM_WORDS, ARABIC_MONTHS, ARABIC_ZONES, PM_WORDS } from "./html-cues.js";

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 2100 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

function formatZone(zone: string | undefined): string {
  if (!zone) return "";
  if (/^(?:Z|UTC|GMT|UT)$/i.test(zone)) return "Z";
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return "";
  const offset = `${match[1]}${match[2]}:${match[3] ?? "00"}`;
  return offset === "+00:00" || offset === "-00:00" ? "Z" : offset;
}

function build(
  year: number,
  month: number,
  day: number,
  time?: [number, number, number],
  zone = "",
): string | null {
  if (!isRealDate(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (!time) return date;
  const [hour, minute, second] = time;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`;
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2}|UTC|GMT)?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const RFC_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const RFC_2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{4}|UTC|GMT|UT)?)?$/i;

/**
 * A machine-written date (meta tags, JSON-LD, <time datetime>) as ISO 8601, or null. Keeps the
 * offset when given ("+0300" becomes "+03:00", "+00:00" becomes "Z").
 */
export function normalizeDate(raw: string): string | null {
  const value = raw.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const time =
      iso[4] === undefined
        ? undefined
        : ([Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)] as [number, number, number]);
    return build(Number(iso[1]), Number(iso[2]), Number(iso[3]), time, formatZone(iso[7]));
  }
  const slashed = SLASHED.exec(value);
  if (slashed) {
    const time =
      slashed[4] === undefined
        ? undefined
        : ([Number(slashed[4]), Number(slashed[5]), Number(slashed[6] ?? 0)] as [number, number, number]);
    return build(Number(slashed[1]), Number(slashed[2]), Number(slashed[3]), time);
  }
  const rfc = RFC_2822.exec(value);
  if (rfc) {
    const month = RFC_MONTHS.indexOf((rfc[2] ?? "").toLowerCase()) + 1;
    if (month === 0) return null;
    const time =
      rfc[4] === undefined
        ? undefined
        : ([Number(rfc[4]), Number(rfc[5]), Number(rfc[6] ?? 0)] as [number, number, number]);
    return build(Number(rfc[3]), month, Number(rfc[1]), time, formatZone(rfc[7]));
  }
  // Unix time in seconds or milliseconds (some CMSs put it in data attributes and meta tags).
  if (/^\d{10}(?:\d{3})?$/.test(value)) {
    const ms = value.length === 13 ? Number(value) : Number(value) * 1000;
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  return null;
}

/** Folded month names, longest first so "تشرين الثاني" wins over a shorter name inside it. */
const MONTHS = ARABIC_MONTHS.map(([name, month]) => [matchKey(name), month] as const).sort(
  (a, b) => b[0].length - a[0].length,
);
const ZONES = ARABIC_ZONES.map(([name, zone]) => [matchKey(name), zone] as const);
const PM = new Set(PM_WORDS.map(matchKey));
const AM = new Set(AM_WORDS.map(matchKey));

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const MONTH_PATTERN = MONTHS.map(([name]) => escape(name)).join("|");
/** "10 مارس 2024", "10 آذار (مارس) 2024", "10 مارس، 2024" on folded text (digits already ASCII). */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`(?<![\d])(\d{1,2})\s*(?:من\s+)?(?:شهر\s+)?(${MONTH_PATTERN})(?:\s*[(/]\s*(?:${MONTH_PATTERN})\s*[)])?\s*[،,/-]?\s*(\d{4})`,
);
/** "10/03/2024" or "10-03-2024": Arab datelines put the day first. */
const DAY_FIRST = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const YEAR_FIRST = /(?<!\d)(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/;
const CLOCK = /(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([^\s\d:]+))?/;

/**
 * A date written for readers in Arabic or with digits, as ISO 8601, or null. A clock time is kept
 * when one follows the date, with its offset only when a zone is named ("بتوقيت مكة").
 */
export function parseArabicDate(raw: string): string | null {
  const text = matchKey(raw);
  let year: number;
  let month: number;
  let day: number;
  let rest: string;
  const named = DAY_MONTH_YEAR.exec(text);
  const yearFirst = YEAR_FIRST.exec(text);
  const dayFirst = DAY_FIRST.exec(text);
  if (named) {
    day = Number(named[1]);
    month = MONTHS.find(([name]) => name === named[2])?.[1] ?? 0;
    year = Number(named[3]);
    rest = text.slice(named.index + named[0].length);
  } else if (yearFirst) {
    [year, month, day] = [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
    rest = text.slice(yearFirst.index + yearFirst[0].length);
  } else if (dayFirst) {
    [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
    rest = text.slice(dayFirst.index + dayFirst[0].length);
  } else return null;
  // The clock may also stand before the date ("02:30 م، 10 مارس 2024").
  const clock = CLOCK.exec(rest) ?? CLOCK.exec(text);
  if (!clock) return build(year, month, day);
  let hour = Number(clock[1]);
  const meridiem = clock[4] ?? "";
  if (PM.has(meridiem) && hour < 12) hour += 12;
  if (AM.has(meridiem) && hour === 12) hour = 0;
  const zone = ZONES.find(([name]) => text.includes(name))?.[1] ?? "";
  return build(year, month, day, [hour, Number(clock[2]), Number(clock[3] ?? 0)], zone);
}
