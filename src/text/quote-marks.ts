/**
 * Quotation marks, for every stage that reads them (entities keep them in pairs inside a name,
 * quotes pair them around quoted speech).
 */
import type { Token } from "../doc/index.js";

/**
 * The closing marks each opening mark expects. Arabic news uses “…” and «…» (and ‹…›), plain "…"
 * from keyboards, the German-style „…“, and the reversed ”…” of some right-to-left editors.
 */
export const QUOTE_CLOSERS: ReadonlyMap<string, readonly string[]> = new Map([
  ["“", ["”", "“"]],
  ["”", ["”", "“"]],
  ["«", ["»"]],
  ["‹", ["›"]],
  ['"', ['"']],
  ["„", ["“", "”"]],
]);

/** True for a token that is a quotation mark of any style. */
export function isQuoteMark(token: Token): boolean {
  return (
    token.kind === "punct" && (QUOTE_CLOSERS.has(token.text) || token.text === "»" || token.text === "›")
  );
}
