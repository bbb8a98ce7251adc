/**
 * Citable context for a listed quote or event: the sentence(s) around a span. Choosing them is the
 * store's rule, not a backend's; each backend only reads the text and sentences.
 */
import type { Mention, Span } from "../doc/index.js";
import type { ArticleExtra } from "./rows.js";
import { mentionAt } from "./read-rows.js";

export interface ArticleContext {
  readonly text: string;
  /** Sentence spans of the article. */
  readonly sentences: readonly Span[];
}

/** An article's context from its text and its stored extra (sentences kept flat: start, end, …). */
export function articleContext(text: string, extra: string): ArticleContext {
  const flat = (JSON.parse(extra) as ArticleExtra).sentences;
  const sentences: Span[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) sentences.push({ start: flat[i]!, end: flat[i + 1]! });
  return { text, sentences };
}

/** From the start of the sentence holding `span.start` to the end of the one holding `span.end`. */
export function sentenceContext(context: ArticleContext, span: Span, sentence?: number | null): Mention {
  const given = sentence === null || sentence === undefined ? undefined : context.sentences[sentence];
  if (given !== undefined && given.start <= span.start && given.end >= span.end)
    return mentionAt(context.text, given);
  let start = span.start;
  let end = span.end;
  for (const s of context.sentences) {
    if (s.start <= span.start && s.end > span.start) start = Math.min(start, s.start);
    if (s.start < span.end && s.end >= span.end) end = Math.max(end, s.end);
  }
  return mentionAt(context.text, { start, end });
}
