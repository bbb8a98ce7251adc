/** Store statistics and the consistency check (`Store.check`). */
import type { StoreStats } from "../types.js";
import type { SqliteDb } from "./connect.js";

export function storeStats(db: SqliteDb): StoreStats {
  const count = (sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;
  return {
    articles: count("SELECT count(*) FROM articles"),
    duplicates: count("SELECT count(*) FROM duplicates"),
    stories: count("SELECT count(*) FROM stories WHERE articles > 0"),
    entities: count("SELECT count(*) FROM entities WHERE articles > 0"),
    quotes: count("SELECT count(*) FROM quotes"),
    events: count("SELECT count(*) FROM events"),
    textChars: count("SELECT ifnull(sum(length), 0) FROM articles"),
  };
}

/** Each check: a description of the problem and SQL counting the rows that have it. */
const CHECKS: readonly (readonly [string, string])[] = [
  [
    "articles missing from the full-text index",
    "SELECT count(*) FROM articles WHERE id NOT IN (SELECT id FROM article_fts_docsize)",
  ],
  [
    "full-text rows without an article",
    "SELECT count(*) FROM article_fts_docsize WHERE id NOT IN (SELECT id FROM articles)",
  ],
  [
    "quotes missing from the quote index",
    "SELECT count(*) FROM quotes WHERE id NOT IN (SELECT id FROM quote_fts_docsize)",
  ],
  [
    "quote index rows without a quote",
    "SELECT count(*) FROM quote_fts_docsize WHERE id NOT IN (SELECT id FROM quotes)",
  ],
  [
    "articles whose story is missing",
    "SELECT count(*) FROM articles WHERE story NOT IN (SELECT id FROM stories)",
  ],
  [
    "stories whose article count is wrong",
    "SELECT count(*) FROM stories s WHERE articles != (SELECT count(*) FROM articles a WHERE a.story = s.id)",
  ],
  [
    "articles whose provenance is missing",
    "SELECT count(*) FROM articles WHERE provenance NOT IN (SELECT id FROM provenances)",
  ],
  [
    "entity rows without an article",
    "SELECT count(*) FROM article_entities WHERE article NOT IN (SELECT id FROM articles)",
  ],
  [
    "entity rows without an entity",
    "SELECT count(*) FROM article_entities WHERE entity NOT IN (SELECT id FROM entities)",
  ],
  [
    "entities whose article count is wrong",
    `SELECT count(*) FROM entities e WHERE articles != (SELECT count(DISTINCT article) FROM article_entities ae WHERE ae.entity = e.id)`,
  ],
  ["aliases without an entity", "SELECT count(*) FROM aliases WHERE entity NOT IN (SELECT id FROM entities)"],
  ["quotes without an article", "SELECT count(*) FROM quotes WHERE article NOT IN (SELECT id FROM articles)"],
  [
    "quote subjects without a quote",
    "SELECT count(*) FROM quote_about WHERE quote NOT IN (SELECT id FROM quotes)",
  ],
  ["times without an article", "SELECT count(*) FROM times WHERE article NOT IN (SELECT id FROM articles)"],
  ["events without an article", "SELECT count(*) FROM events WHERE article NOT IN (SELECT id FROM articles)"],
  [
    "event participants without an event",
    "SELECT count(*) FROM event_entities ee WHERE NOT EXISTS (SELECT 1 FROM events ev WHERE ev.article = ee.article AND ev.idx = ee.event)",
  ],
  [
    "duplicates pointing at no article",
    "SELECT count(*) FROM duplicates WHERE article NOT IN (SELECT id FROM articles)",
  ],
  [
    "spans outside their article's text",
    "SELECT count(*) FROM quotes q JOIN articles a ON a.id = q.article WHERE q.start < 0 OR q.end > a.length OR q.start > q.end",
  ],
];

/**
 * Problems found, one line each; empty when the store is consistent. One read transaction, so every
 * check sees the same snapshot. It opens with a MATCH on each FTS table: FTS5 caches its segment
 * list per connection and refreshes it when a query opens a cursor and the database changed, but
 * quick_check's FTS5 integrity check opens none. On a connection left open (the server's) while
 * another process wrote, quick_check then walked the old segment list, whose pages the writer's
 * merges had deleted, and reported "fts5: corruption found reading blob …" though the file was
 * sound (a fresh connection found nothing); reproduced without any crash, on SQLite 3.53.
 */
export function checkStore(db: SqliteDb): string[] {
  return db.transaction(() => {
    for (const table of ["article_fts", "quote_fts"]) {
      db.prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH 'x'`).get();
    }
    const problems: string[] = [];
    for (const [problem, sql] of CHECKS) {
      const count = db.prepare<[], number>(sql).pluck().get() ?? 0;
      if (count > 0) problems.push(`${count} ${problem}`);
    }
    const integrity = db.prepare<[], string>("PRAGMA quick_check").pluck().all();
    if (integrity.length !== 1 || integrity[0] !== "ok")
      problems.push(...integrity.map((line) => `SQLite: ${line}`));
    return problems;
  })();
}
