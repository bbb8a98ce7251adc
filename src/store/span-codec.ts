import type { Span } from "../doc/index.js";

/** Spans as compact text: "start,end;start,end" (UTF-16 offsets). */
export function encodeSpans(spans: readonly Span[]): string {
  return spans.map((span) => `${span.start},${span.end}`).join(";");
}

/** Reads back `encodeSpans`. */
export function decodeSpans(encoded: string): Span[] {
  if (encoded === "") return [];
  return encoded.split(";").map((pair) => {
    const comma = pair.indexOf(",");
    return { start: Number(pair.slice(0, comma)), end: Number(pair.slice(comma + 1)) };
  });
}
