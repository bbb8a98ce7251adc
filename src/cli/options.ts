/**
 * Checks of `marsad analyze` options that commander cannot do: each failure is a MarsadError with
 * code `option.invalid` naming the option, printed as one line and exit status 2.
 */
import { MarsadError } from "../doc/index.js";

export const OUTPUT_FORMATS = ["json", "jsonl", "pretty"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function parseFormat(value: string): OutputFormat {
  const format = OUTPUT_FORMATS.find((name) => name === value);
  if (!format) {
    throw new MarsadError(
      "option.invalid",
      "--format",
      `unknown format "${value}"; use json, jsonl or pretty`,
    );
  }
  return format;
}

/** YYYY-MM-DD, optionally THH:MM[:SS[.fff]] and Z or ±HH:MM: the shapes schema/record.schema.json allows. */
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))?)?$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Checks `--published`: a real calendar date, or an ISO 8601 date-time; returned as given. */
export function parsePublished(value: string): string {
  const match = ISO_DATE.exec(value.trim());
  const fail = (why: string) =>
    new MarsadError(
      "option.invalid",
      "--published",
      `"${value}" ${why}; use YYYY-MM-DD or an ISO date-time such as 2024-03-09T14:30:00+03:00`,
    );
  if (!match) throw fail("is not a date");
  const part = (group: number) => Number(match[group] ?? 0);
  if (!isRealDate(part(1), part(2), part(3))) throw fail("is not a real calendar date");
  // Second 60 is a leap second; offsets run from -12:00 to +14:00.
  if (part(4) > 23 || part(5) > 59 || part(6) > 60 || part(7) > 14 || part(8) > 59)
    throw fail("has an impossible time");
  return value.trim();
}

/** Checks `--url`: an absolute http or https URL; returned as given. */
export function parseArticleUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch (error) {
    throw new MarsadError(
      "option.invalid",
      "--url",
      `"${value}" is not a URL; give the article's address, e.g. https://example.com/news/1`,
      { cause: error },
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new MarsadError("option.invalid", "--url", `"${value}" is not an http or https URL`);
  }
  return value.trim();
}
