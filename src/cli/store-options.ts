/**
 * Checks of the options the store commands share (`search`, `entities`, `quotes`, `export`):
 * limits, offsets, dates, entity types, output formats. Each failure is a MarsadError with code
 * `option.invalid` naming the option, printed as one line with exit status 2.
 */
import type { Command } from "commander";
import { MarsadError, type EntityType } from "../doc/index.js";
import type { DateRange } from "../store/types.js";
import { DEFAULT_DB } from "./open-store.js";

/** The store answers at most this many rows per page (src/store/types.ts, Page). */
export const MAX_LIMIT = 200;

export const LIST_FORMATS = ["pretty", "json", "jsonl"] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const ENTITY_TYPES: readonly EntityType[] = ["PER", "ORG", "LOC", "MISC"];

export interface StoreFlags {
  readonly db: string;
  readonly debug?: boolean;
}

export interface PageFlags {
  readonly limit?: string;
  readonly offset?: string;
}

export interface DateFlags {
  readonly from?: string;
  readonly to?: string;
}

function invalid(option: string, message: string): MarsadError {
  return new MarsadError("option.invalid", option, message);
}

/** Declares --db and --debug. */
export function addStoreOptions(command: Command): Command {
  return command
    .option("--db <target>", "the store: a SQLite file or a postgres:// URL", DEFAULT_DB)
    .option("--debug", "print stack traces and causes of errors");
}

/** Declares --limit and --offset. */
export function addPageOptions(command: Command, defaultLimit = 20): Command {
  return command
    .option("--limit <n>", `how many to show, 1 to ${MAX_LIMIT} (default ${defaultLimit})`)
    .option("--offset <n>", "how many to skip first (default 0)");
}

/** Declares --from and --to. */
export function addDateOptions(command: Command): Command {
  return command
    .option("--from <date>", "published on or after: YYYY, YYYY-MM or YYYY-MM-DD")
    .option("--to <date>", "published on or before: YYYY, YYYY-MM or YYYY-MM-DD");
}

function wholeNumber(option: string, value: string, min: number, max: number): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw invalid(option, `"${value}" is not a whole number ${range}`);
  }
  return n;
}

export function parsePage(flags: PageFlags, defaultLimit = 20): { limit: number; offset: number } {
  return {
    limit: flags.limit === undefined ? defaultLimit : wholeNumber("--limit", flags.limit, 1, MAX_LIMIT),
    offset:
      flags.offset === undefined ? 0 : wholeNumber("--offset", flags.offset, 0, Number.MAX_SAFE_INTEGER),
  };
}

const DATE_BOUND = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date; returned as given. */
export function parseDateBound(option: string, value: string): string {
  const text = value.trim();
  const match = DATE_BOUND.exec(text);
  const fail = (why: string) => invalid(option, `"${value}" ${why}; use YYYY, YYYY-MM or YYYY-MM-DD`);
  if (!match) throw fail("is not a date");
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    throw fail("is not a real calendar date");
  return text;
}

/** The date range; --from after --to is refused (comparing the first day each names). */
export function parseDates(flags: DateFlags): DateRange {
  const from = flags.from === undefined ? undefined : parseDateBound("--from", flags.from);
  const to = flags.to === undefined ? undefined : parseDateBound("--to", flags.to);
  if (from !== undefined && to !== undefined && from.slice(0, to.length) > to) {
    throw invalid("--from", `--from ${from} is after --to ${to}`);
  }
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

export function parseListFormat(value: string): ListFormat {
  const format = LIST_FORMATS.find((name) => name === value);
  if (!format) throw invalid("--format", `unknown format "${value}"; use pretty, json or jsonl`);
  return format;
}

export function parseEntityType(value: string): EntityType {
  const type = ENTITY_TYPES.find((name) => name === value.trim().toUpperCase());
  if (!type) throw invalid("--type", `unknown entity type "${value}"; use PER, ORG, LOC or MISC`);
  return type;
}

/** A PLOVER event type such as KILL or PROTEST, upper-cased. */
export function parseEventType(value: string): string {
  const type = value.trim().toUpperCase();
  if (!/^[A-Z][A-Z_]*$/.test(type))
    throw invalid("--type", `"${value}" is not an event type; use a PLOVER type such as KILL or PROTEST`);
  return type;
}

/** A non-blank text option, trimmed. */
export function parseText(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === "") throw invalid(option, "give a name, an id or words, not an empty string");
  return text;
}
