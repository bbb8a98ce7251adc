/** Citable context for a listed quote or event: the sentence(s) around a span, read from the article. */
import type pg from "pg";
import type { Span } from "../../doc/index.js";
import type { ArticleExtra } from "../rows.js";
import type { ArticleContext } from "../sqlite/context.js";

// Choosing the sentences around a span is the store's rule, not a backend's: shared with SQLite.
export { sentenceContext, type ArticleContext } from "../sqlite/context.js";

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
  return new Map(
    rows.rows.map((row) => {
      const flat = (JSON.parse(row.extra) as ArticleExtra).sentences;
      const sentences: Span[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2) sentences.push({ start: flat[i]!, end: flat[i + 1]! });
      return [row.key, { text: row.text, sentences }];
    }),
  );
}
