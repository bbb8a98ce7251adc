import type { Span } from "./span.js";

export type Severity = "info" | "warning";

/** A doubt about a place in the text (unclosed quote, odd date, removed residue); work goes on. */
export interface Note {
  readonly severity: Severity;
  /** Stage or reader that raised it, e.g. "clean@1". */
  readonly source: string;
  /** Stable code, `area.problem`. */
  readonly code: string;
  readonly message: string;
  /** Where in `Document.text`; absent when the doubt concerns text that was removed in cleaning. */
  readonly span?: Span;
}
