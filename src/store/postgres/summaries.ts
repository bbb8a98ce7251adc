/** Article summaries (a result list's lines) by row number, as in src/store/sqlite/summaries.ts. */
import type pg from "pg";
import type { ArticleSummary } from "../types.js";

export interface SummaryRow {
  readonly seq: string;
  readonly key: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly story: string;
  readonly length: number;
}

/** Columns of `SummaryRow` over articles `a`. */
export const SUMMARY_COLUMNS = "a.seq, a.key, a.title, a.published, a.url, a.outlet, a.story, a.length";

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.key,
    title: row.title,
    published: row.published,
    url: row.url,
    outlet: row.outlet,
    story: row.story,
    length: row.length,
  };
}

/** Summaries and texts of the given articles, keyed by row number. */
export async function summariesWithText(
  db: pg.Pool,
  seqs: readonly string[],
): Promise<Map<string, SummaryRow & { text: string }>> {
  if (seqs.length === 0) return new Map();
  const rows = await db.query<SummaryRow & { text: string }>(
    `SELECT ${SUMMARY_COLUMNS}, a.text FROM articles a WHERE a.seq = ANY($1::bigint[])`,
    [seqs],
  );
  return new Map(rows.rows.map((row) => [row.seq, row]));
}
