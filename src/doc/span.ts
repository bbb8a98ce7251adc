/**
 * Offsets everywhere in Marsad are half-open [start, end) in UTF-16 code units of `Document.text`,
 * i.e. plain JavaScript string indexes, 0-based: `text.slice(start, end)` is the mention.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span that repeats its surface so a record can be checked on its own. */
export interface Mention extends Span {
  readonly text: string;
}

/** Builds a mention whose `text` is read from the document text, so it cannot drift. */
export function mentionOf(text: string, start: number, end: number): Mention {
  return { start, end, text: text.slice(start, end) };
}

/** Sort order of every layer: by start, then end. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Index of the first span whose end is after `offset` (layers are sorted, non-overlapping). */
export function firstSpanEndingAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The spans of a sorted, non-overlapping layer that overlap [start, end). */
export function spansWithin<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  const found: T[] = [];
  for (let i = firstSpanEndingAfter(spans, start); i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start >= end) break;
    found.push(span);
  }
  return found;
}
