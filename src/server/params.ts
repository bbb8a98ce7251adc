/**
 * Query parameters: zod schemas that both validate requests and document them in /openapi.json,
 * and `parseQuery`, which turns a failed check into a 400 naming the parameter.
 */
import type { Context } from "hono";
import { z } from "zod";
import { ApiError } from "./errors.js";

/** Largest page a listing returns (the store caps it too). */
export const MAX_LIMIT = 200;

/** ISO 8601 date at year, month or day precision, as the store compares them with `published`. */
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export const dateParam = z
  .string()
  .regex(DATE, "must be a date: YYYY, YYYY-MM or YYYY-MM-DD")
  .describe("ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive, compared with the publication date");

/** A short free-text or id parameter; the cap keeps a hostile query from costing the store much. */
export function textParam(description: string, max = 200) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !/\p{Cc}/u.test(value), "must not contain control characters")
    .describe(description);
}

export const pageParams = {
  limit: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`)
    .default(20)
    .describe(`Items per page, 1–${MAX_LIMIT}`),
  offset: z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(0, "must be 0 or more")
    .max(1_000_000, "must be at most 1000000")
    .default(0)
    .describe("Items to skip"),
};

export const rangeParams = { from: dateParam.optional(), to: dateParam.optional() };

/** The first and last day a date at any precision covers, so "2024" ≤ "2024-03" compares right. */
function bounds(date: string): { first: string; last: string } {
  const [year, month, day] = date.split("-");
  return {
    first: `${year}-${month ?? "01"}-${day ?? "01"}`,
    last: `${year}-${month ?? "12"}-${day ?? "31"}`,
  };
}

/** Reads the query into the schema: repeated or unknown parameters and failed checks are 400s. */
export function parseQuery<Shape extends z.ZodRawShape>(
  c: Context,
  schema: z.ZodObject<Shape>,
): z.output<z.ZodObject<Shape>> {
  const given: Record<string, string> = {};
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (values.length > 1) throw badParam(name, "is given more than once");
    // Forms send empty fields (?q=&entity=): an empty value means the parameter is not set.
    if (values[0] !== undefined && values[0] !== "") given[name] = values[0];
  }
  const known = Object.keys(schema.shape);
  const unknown = Object.keys(given).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    const allowed = known.length > 0 ? `; this route takes ${known.join(", ")}` : "; this route takes none";
    throw new ApiError(400, "param.unknown", `unknown parameter ${unknown.join(", ")}${allowed}`);
  }
  const result = schema.safeParse(given);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw badParam(issue.path.join(".") || "query", issue.message);
  }
  const range: { from?: unknown; to?: unknown } = result.data;
  if (typeof range.from === "string" && typeof range.to === "string") {
    if (bounds(range.from).first > bounds(range.to).last)
      throw badParam("from", `(${range.from}) is after to (${range.to})`);
  }
  return result.data;
}

export function badParam(name: string, problem: string): ApiError {
  return new ApiError(400, "param.invalid", `parameter ${name} ${problem}`);
}

/** Checks a path segment such as an entity id (already URL-decoded by Hono). */
export function parseId(c: Context, name: string): string {
  const value = c.req.param(name);
  if (value === undefined || value === "") throw badParam(name, "is empty");
  const checked = textParam(name, 300).safeParse(value);
  if (!checked.success) throw badParam(name, checked.error.issues[0]!.message);
  return value;
}
