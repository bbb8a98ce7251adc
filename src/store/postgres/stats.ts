/** Store statistics and the consistency check (`Store.check`), as src/store/sqlite/check.ts. */
import type pg from "pg";
import type { StoreStats } from "../types.js";

export async function storeStats(db: pg.Pool): Promise<StoreStats> {
  const result = await db.query<Record<keyof StoreStats, string>>(
    `SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM duplicates) AS duplicates,
       (SELECT count(DISTINCT story) FROM articles) AS stories,
       (SELECT count(*) FROM entities) AS entities,
       (SELECT count(*) FROM quotes) AS quotes,
       (SELECT count(*) FROM events) AS events,
       (SELECT coalesce(sum(length), 0) FROM articles) AS "textChars"`,
  );
  const row = result.rows[0];
  const count = (name: keyof StoreStats) => Number(row?.[name] ?? 0);
  return {
    articles: count("articles"),
    duplicates: count("duplicates"),
    stories: count("stories"),
    entities: count("entities"),
    quotes: count("quotes"),
    events: count("events"),
    textChars: count("textChars"),
  };
}

/**
 * Each check: a description of the problem and SQL counting the rows that have it. The full-text
 * vectors live in the article and quote rows, so there is no separate index to fall out of step;
 * what can go wrong is rows that lost their article or entity, and spans outside their text.
 */
const CHECKS: readonly (readonly [string, string])[] = [
  [
    "entity rows without an article",
    "SELECT count(*) FROM article_entities WHERE article NOT IN (SELECT key FROM articles)",
  ],
  [
    "entity rows without an entity",
    "SELECT count(*) FROM article_entities WHERE entity NOT IN (SELECT key FROM entities)",
  ],
  [
    "entities without an article",
    "SELECT count(*) FROM entities WHERE key NOT IN (SELECT entity FROM article_entities)",
  ],
  [
    "aliases without an entity",
    "SELECT count(*) FROM aliases WHERE entity NOT IN (SELECT key FROM entities)",
  ],
  [
    "quotes without an article",
    "SELECT count(*) FROM quotes WHERE article NOT IN (SELECT key FROM articles)",
  ],
  ["times without an article", "SELECT count(*) FROM times WHERE article NOT IN (SELECT key FROM articles)"],
  [
    "events without an article",
    "SELECT count(*) FROM events WHERE article NOT IN (SELECT key FROM articles)",
  ],
  [
    "LSH bands without an article",
    "SELECT count(*) FROM lsh WHERE article NOT IN (SELECT seq FROM articles)",
  ],
  [
    "duplicates pointing at no article",
    "SELECT count(*) FROM duplicates WHERE article NOT IN (SELECT key FROM articles)",
  ],
  [
    "spans outside their article's text",
    `SELECT count(*) FROM quotes q JOIN articles a ON a.key = q.article
     WHERE q.start_at < 0 OR q.end_at > a.length OR q.start_at > q.end_at`,
  ],
];

/** Problems found, one line each; empty when the store is consistent. */
export async function checkStore(db: pg.Pool): Promise<string[]> {
  const problems: string[] = [];
  const counts = await Promise.all(CHECKS.map(([, sql]) => db.query<{ count: string }>(sql)));
  CHECKS.forEach(([problem], i) => {
    const count = Number(counts[i]?.rows[0]?.count ?? 0);
    if (count > 0) problems.push(`${count} ${problem}`);
  });
  return problems;
}
