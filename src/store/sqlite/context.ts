/** Texts and sentences of listed articles, read from SQLite (the context rule is in ../context.ts). */
import { articleContext, type ArticleContext } from "../context.js";
import type { SqliteDb } from "./connect.js";
import { marks } from "./article-filter.js";
import { unpackText } from "./text-codec.js";

export { sentenceContext, type ArticleContext } from "../context.js";

/** Texts and sentences of the given article rows, keyed by row id. */
export function articleContexts(db: SqliteDb, ids: Iterable<number>): Map<number, ArticleContext> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = db
    .prepare<number[], { id: number; text: Buffer; extra: string }>(
      `SELECT id, text, extra FROM article_texts WHERE id IN (${marks(unique.length)})`,
    )
    .all(...unique);
  return new Map(rows.map((row) => [row.id, articleContext(unpackText(row.text), row.extra)]));
}
