/**
 * The snippet of a search hit: a window of the article's text around the first place where the
 * query's keys meet, with the matching words' spans relative to the window.
 */
import type { Span } from "../doc/index.js";
import type { IndexTerm } from "./terms.js";

export interface Snippet {
  readonly text: string;
  /** Offset of the window in the article's text (UTF-16 units). */
  readonly start: number;
  /** Matched words, relative to the window's start. */
  readonly highlights: readonly Span[];
}

/** Window size in UTF-16 units: about two lines of a result list. */
export const SNIPPET_LENGTH = 240;

/**
 * Picks the window holding the most matching terms (`keys`), starting a little before the first
 * of them and cut at word boundaries; without a match, the opening of the text.
 */
export function makeSnippet(text: string, terms: readonly IndexTerm[], keys: ReadonlySet<string>): Snippet {
  const matches = keys.size === 0 ? [] : terms.filter((term) => keys.has(term.key));
  let best = 0;
  let bestCount = 0;
  for (let i = 0, j = 0; i < matches.length; i++) {
    while (j < matches.length && matches[j]!.end - matches[i]!.start <= SNIPPET_LENGTH) j++;
    if (j - i > bestCount) [best, bestCount] = [i, j - i];
  }
  const anchor = matches[best]?.start ?? 0;
  let start = Math.max(0, anchor - Math.floor(SNIPPET_LENGTH / 6));
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  // Cut at spaces so the window neither opens nor closes inside a word.
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space < anchor) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    const last = matches[best + bestCount - 1]?.end ?? 0;
    if (space > start && space >= last) end = space;
  }
  const highlights = matches
    .filter((term) => term.start >= start && term.end <= end)
    .map((term) => ({ start: term.start - start, end: term.end - start }));
  return { text: text.slice(start, end), start, highlights };
}
