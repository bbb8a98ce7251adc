import type { Span } from "./span.js";

/** Stable codes of bad-input errors, `area.problem`. */
export type ErrorCode =
  | "input.missing"
  | "input.directory"
  | "input.empty"
  | "input.binary"
  | "input.too-large"
  | "input.encoding"
  | "input.unreadable"
  | "input.format"
  | "input.truncated"
  | "option.invalid"
  | "warc.format"
  | "warc.length"
  | "warc.truncated"
  | "warc.too-large"
  | "warc.compression"
  | "url.invalid"
  | "url.refused"
  | "url.timeout"
  | "url.too-large"
  | "url.http"
  | "url.redirects"
  | "url.network"
  | "pipeline.missing-layer"
  | "store.open"
  | "store.schema"
  | "store.busy"
  | "query.invalid"
  | "queue.connection"
  | "feeds.invalid";

/** Bad input, raised at the edges (readers, shells), never deep inside a stage. */
export class MarsadError extends Error {
  override readonly name = "MarsadError";
  readonly span: Span | undefined;

  constructor(
    readonly code: ErrorCode,
    /** What was wrong: a path, a URL, "-" for standard input, or a document id. */
    readonly input: string,
    /** What is wrong, in the user's terms; may end with what would fix it. */
    message: string,
    options: { cause?: unknown; span?: Span } = {},
  ) {
    super(message, { cause: options.cause });
    this.span = options.span;
  }
}

export function isMarsadError(error: unknown): error is MarsadError {
  return error instanceof MarsadError;
}
