/** Citable context for a listed quote or event: the sentence(s) around a span, read from the article. */
import type { Mention, Span } from "../../doc/index.js";
import type { ArticleExtra } from "../rows.js";
import { mentionAt } from "../read-rows.js";
import type { SqliteDb } from "./connect.js";
import { marks } from "./article-filter.js";
import { unpackText } from "./text-codec.js";

export interface ArticleContext {
  readonly text: string;
  /** Sentence spans of the article. */
  readonly sentences: readonly Span[];
}

/** Texts and sentences of the given article rows, keyed by row id. */
export function articleContexts(db: SqliteDb, ids: Iterable<number>): Map<number, ArticleContext> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = db
    .prepare<number[], { id: number; text: Buffer; extra: string }>(
      `SELECT id, text, extra FROM article_texts WHERE id IN (${marks(unique.length)})`,
    )
    .all(...unique);
  return new Map(
    rows.map((row) => {
      const flat = (JSON.parse(row.extra) as ArticleExtra).sentences;
      const sentences: Span[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) sentences.push({ start: flat[i]!, end: flat[i + 1]! });
      return [row.id, { text: unpackText(row.text), sentences }];
    }),
  );
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
