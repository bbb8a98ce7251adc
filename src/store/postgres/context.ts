/** Texts and sentences of listed articles, read from PostgreSQL (the context rule is in ../context.ts). */
import type pg from "pg";
import { articleContext, type ArticleContext } from "../context.js";

export { sentenceContext, type ArticleContext } from "../context.js";

/** Texts and sentences of the given articles, keyed by article key. */
export async function articleContexts(
  db: pg.Pool,
  keys: Iterable<string>,
): Promise<Map<string, ArticleContext>> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return new Map();
  const rows = await db.query<{ key: string; text: string; extra: string }>(
    "SELECT key, text, extra FROM articles WHERE key = ANY($1)",
    [unique],
  );
  return new Map(rows.rows.map((row) => [row.key, articleContext(row.text, row.extra)]));
}
