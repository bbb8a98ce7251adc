/**
 * Errors that know their response (as Hono's HTTPException does): a status, a stable `area.problem`
 * code and one sentence for the client. Everything else is a bug or a store failure: the client
 * gets a bare 500 with a request id, and the details go to the server log only.
 */
import { randomUUID } from "node:crypto";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { isMarsadError } from "../doc/index.js";

/** The one shape of every error body. */
export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** A client error with its status; thrown anywhere in a handler, answered by `handleError`. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** Writes one line to the server log; stderr by default. */
export type LogLine = (line: string) => void;

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/** Sends an error body; API errors are never cached. */
export function sendError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return c.json(errorBody(code, message), status, { "Cache-Control": "no-store", ...headers });
}

/** Statuses for reader errors raised while analysing a posted article. */
function marsadStatus(code: string): ContentfulStatusCode {
  if (code === "input.too-large") return 413;
  if (code === "option.invalid") return 400;
  // The request was well formed but its article cannot be read (empty, binary, undecodable).
  return 422;
}

/** Hono's onError: known errors answer themselves; the rest are logged once and hidden. */
export function errorHandler(log: LogLine) {
  return (error: unknown, c: Context): Response => {
    if (error instanceof ApiError)
      return sendError(c, error.status, error.code, error.message, error.headers);
    if (isMarsadError(error)) return sendError(c, marsadStatus(error.code), error.code, error.message);
    const id = randomUUID().slice(0, 8);
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`marsad serve: request ${id} ${c.req.method} ${c.req.path} failed: ${detail}`);
    return sendError(
      c,
      500,
      "server.internal",
      `the server failed to answer (request id ${id}); see its log`,
    );
  };
}
