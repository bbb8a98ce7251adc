/** Article summaries (a result list's lines) by row number, as in src/store/sqlite/summaries.ts. */
import type pg from "pg";
import { toSummary, type SummaryFields } from "../summary.js";

export interface SummaryRow extends SummaryFields {
  readonly seq: string;
}

/** Columns of `SummaryRow` over articles `a`. */
export const SUMMARY_COLUMNS = "a.seq, a.key, a.title, a.published, a.url, a.outlet, a.story, a.length";

export { toSummary };

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
