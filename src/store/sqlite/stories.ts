/** Stories: clusters of near-duplicate articles and the same story across outlets. */
import { dayBounds } from "../../search/index.js";
import type { DateRange, Listing, Page, StoryDetail, StorySummary } from "../types.js";
import type { SqliteDb } from "./connect.js";
import { pageOf } from "../page.js";
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from "./summaries.js";

interface StorySql {
  id: number;
  key: string;
  articles: number;
  first: string | null;
  last: string | null;
}

/** Stories overlapping the date range, largest first, then most recent. */
export function listStories(db: SqliteDb, query: Page & DateRange): Listing<StorySummary> {
  const { limit, offset } = pageOf(query);
  const { from, until } = dayBounds(query);
  const where: string[] = ["s.articles > 0"];
  const params: string[] = [];
  if (from !== null) {
    where.push("s.last >= ?");
    params.push(from);
  }
  if (until !== null) {
    where.push("s.first < ?");
    params.push(until);
  }
  const body = `FROM stories s WHERE ${where.join(" AND ")}`;
  const total = db.prepare<string[], { n: number }>(`SELECT count(*) AS n ${body}`).get(...params)!.n;
  const rows = db
    .prepare<(string | number)[], StorySql>(
      `SELECT s.id, s.key, s.articles, s.first, s.last ${body} ORDER BY s.articles DESC, s.last DESC, s.id LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset);
  return { total, items: rows.map((row) => storySummary(db, row)) };
}

export function getStory(db: SqliteDb, key: string): StoryDetail | null {
  const row = db
    .prepare<[string], StorySql>(
      "SELECT id, key, articles, first, last FROM stories WHERE key = ? AND articles > 0",
    )
    .get(key);
  if (row === undefined) return null;
  const members = db
    .prepare<[number], SummaryRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM articles a JOIN stories s ON s.id = a.story WHERE a.story = ?
       ORDER BY a.day IS NULL, a.day, a.id`,
    )
    .all(row.id);
  return { ...storySummary(db, row), members: members.map(toSummary) };
}

function storySummary(db: SqliteDb, row: StorySql): StorySummary {
  const title = db
    .prepare<[number], { title: string | null }>(
      "SELECT title FROM articles WHERE story = ? ORDER BY day IS NULL, day, id LIMIT 1",
    )
    .get(row.id);
  const outlets = db
    .prepare<[number], string>(
      "SELECT DISTINCT outlet FROM articles WHERE story = ? AND outlet IS NOT NULL ORDER BY outlet",
    )
    .pluck()
    .all(row.id);
  return {
    id: row.key,
    title: title?.title ?? null,
    articles: row.articles,
    outlets,
    first: row.first,
    last: row.last,
  };
}
