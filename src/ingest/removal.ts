/**
 * Bookkeeping shared by the cleaning steps. A step replaces what it removes by a marker, so the last
 * step can tell a line that held only residue (dropped with its line break) from a blank line the
 * writer put there (kept as a paragraph break). The markers are control characters, which cannot
 * occur in the text by then: controls are stripped before any step runs.
 */
import type { MediaItem } from "../doc/index.js";

/** Stands where something inline was removed (a <b> tag): the text on both sides joins. */
export const REMOVED = "\u0000";
/** Stands where a separate item was removed (an embed, residue URL): the text on both sides stays apart. */
export const REMOVED_GAP = "\u0001";
/** Matches a run of text without spaces or markers: a word as the cleaning steps see it. */
// eslint-disable-next-line no-control-regex -- the removal markers are control characters on purpose
export const WORD = /[^\s\u0000\u0001]+/g;

/** Note codes of the cleaning steps, `clean.<what>`. */
export type RemovalCode = "clean.residue" | "clean.markup" | "clean.script" | "clean.media";

/** One thing a step took out of the text, and the media item it kept, if any. */
export interface Removal {
  readonly code: RemovalCode;
  /** What was removed, as it stood in the (entity-decoded) text. */
  readonly text: string;
  readonly media: MediaItem | null;
}

/** The line as it will read once the markers are resolved. */
export function withoutMarkers(line: string): string {
  return line.replaceAll(REMOVED, "").replaceAll(REMOVED_GAP, " ");
}

/** Lines left with only markers and spaces disappear; elsewhere markers are resolved. */
export function dropEmptiedLines(text: string): string {
  if (!text.includes(REMOVED) && !text.includes(REMOVED_GAP)) return text;
  return text
    .split("\n")
    .filter(
      (line) =>
        !((line.includes(REMOVED) || line.includes(REMOVED_GAP)) && withoutMarkers(line).trim() === ""),
    )
    .map(withoutMarkers)
    .join("\n");
}
