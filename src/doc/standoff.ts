import type { Document } from "./document.js";
import type { LayerName } from "./layers.js";
import type { Span } from "./span.js";

/** One broken offset: which layer, which item, and why. */
export interface StandoffProblem {
  readonly path: string;
  readonly problem: string;
}

function checkSpan(text: string, path: string, span: Span & { text?: string }, out: StandoffProblem[]): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    out.push({ path, problem: `[${start}, ${end}) is not inside the text (length ${text.length})` });
    return;
  }
  if (span.text !== undefined && text.slice(start, end) !== span.text) {
    out.push({ path, problem: `text.slice(${start}, ${end}) is not ${JSON.stringify(span.text)}` });
  }
}

function checkSorted(path: string, spans: readonly Span[], out: StandoffProblem[]): void {
  for (let i = 1; i < spans.length; i++) {
    const previous = spans[i - 1]!;
    const current = spans[i]!;
    if (previous.start > current.start || (previous.start === current.start && previous.end > current.end)) {
      out.push({ path: `${path}[${i}]`, problem: "layer is not sorted by start, then end" });
    }
  }
}

/**
 * Every span of every layer inside the text, layers sorted, and `text.slice(start, end)` equal to
 * each mention's `text`. Returns the problems found; an empty list means the document is sound.
 */
export function checkStandoff(doc: Document<LayerName>): StandoffProblem[] {
  const out: StandoffProblem[] = [];
  const { text } = doc;
  const layers: Partial<Document["layers"]> = doc.layers;
  const spanLayers = ["sentences", "tokens", "quotes", "times"] as const;
  for (const name of spanLayers) {
    const spans = layers[name] ?? [];
    spans.forEach((span, i) => checkSpan(text, `${name}[${i}]`, span, out));
    checkSorted(name, spans, out);
  }
  (layers.tokens ?? []).forEach((token, i) => {
    let cursor = token.start;
    token.segments.forEach((segment, j) => {
      const path = `tokens[${i}].segments[${j}]`;
      checkSpan(text, path, segment, out);
      if (segment.start !== cursor) out.push({ path, problem: "segments do not tile the token" });
      cursor = segment.end;
    });
    if (token.segments.length > 0 && cursor !== token.end) {
      out.push({ path: `tokens[${i}]`, problem: "segments do not reach the token end" });
    }
  });
  (layers.entities ?? []).forEach((entity, i) =>
    entity.mentions.forEach((m, j) => checkSpan(text, `entities[${i}].mentions[${j}]`, m, out)),
  );
  (layers.quotes ?? []).forEach((quote, i) => {
    if (quote.cue) checkSpan(text, `quotes[${i}].cue`, quote.cue, out);
    const speaker = quote.speaker;
    if (speaker && speaker.start !== undefined && speaker.end !== undefined) {
      checkSpan(
        text,
        `quotes[${i}].speaker`,
        { start: speaker.start, end: speaker.end, text: speaker.text },
        out,
      );
    }
  });
  (layers.events ?? []).forEach((event, i) => checkSpan(text, `events[${i}].trigger`, event.trigger, out));
  return out;
}
