/**
 * Stories, as src/store/sqlite/stories.ts lists them. PostgreSQL keeps no story rows with counters
 * (every put would update them under a lock, serialising the workers): a story is the set of
 * articles sharing its key, and sizes and date spans are aggregated when asked.
 */
import type pg from "pg";
import { dayBounds } from "../../search/index.js";
import type { DateRange, Listing, Page, StoryDetail, StorySummary } from "../types.js";
import { pageOf } from "../page.js";
import { Params } from "./params.js";
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from "./summaries.js";

interface StorySql {
  key: string;
  articles: string;
  first: string | null;
  last: string | null;
  title: string | null;
  outlets: string[];
}

/** One row per story: size, first and last day, the earliest article's title, outlets in byte order. */
const STORY_COLUMNS = `a.story AS key, count(*) AS articles, min(a.day) AS first, max(a.day) AS last,
  (array_agg(a.title ORDER BY a.day IS NULL, a.day, a.seq))[1] AS title,
  coalesce(array_agg(DISTINCT a.outlet COLLATE "C" ORDER BY a.outlet COLLATE "C") FILTER (WHERE a.outlet IS NOT NULL), '{}') AS outlets`;

function toStory(row: StorySql): StorySummary {
  return {
    id: row.key,
    title: row.title,
    articles: Number(row.articles),
    outlets: row.outlets,
    first: row.first,
    last: row.last,
  };
}

/** Stories overlapping the date range, largest first, then most recent, then oldest story. */
export async function listStories(db: pg.Pool, query: Page & DateRange): Promise<Listing<StorySummary>> {
  const { limit, offset } = pageOf(query);
  const { from, until } = dayBounds(query);
  const params = new Params();
  const having: string[] = [];
  if (from !== null) having.push(`max(a.day) >= ${params.add(from)}`);
  if (until !== null) having.push(`min(a.day) < ${params.add(until)}`);
  const grouped = `FROM articles a GROUP BY a.story${having.length === 0 ? "" : ` HAVING ${having.join(" AND ")}`}`;
  const counted = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM (SELECT 1 ${grouped}) s`,
    params.values,
  );
  const rows = await db.query<StorySql>(
    `SELECT ${STORY_COLUMNS} ${grouped}
     ORDER BY count(*) DESC, max(a.day) DESC NULLS LAST, min(a.seq) LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
    params.values,
  );
  return { total: Number(counted.rows[0]?.n ?? 0), items: rows.rows.map(toStory) };
}

export async function getStory(db: pg.Pool, key: string): Promise<StoryDetail | null> {
  const found = await db.query<StorySql>(
    `SELECT ${STORY_COLUMNS} FROM articles a WHERE a.story = $1 GROUP BY a.story`,
    [key],
  );
  const row = found.rows[0];
  if (row === undefined) return null;
  const members = await db.query<SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM articles a WHERE a.story = $1 ORDER BY a.day IS NULL, a.day, a.seq`,
    [key],
  );
  return { ...toStory(row), members: members.rows.map(toSummary) };
}
