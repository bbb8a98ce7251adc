/** Article summaries (a result list's lines) by row id, in the order asked. */
import { toSummary, type SummaryFields } from "../summary.js";
import type { SqliteDb } from "./connect.js";
import { marks } from "./article-filter.js";
import { cachedStatement } from "./statements.js";
import { unpackText } from "./text-codec.js";

export interface SummaryRow extends SummaryFields {
  readonly id: number;
}

/** Columns of `SummaryRow` over articles `a` joined with stories `s`. */
export const SUMMARY_COLUMNS = "a.id, a.key, a.title, a.published, a.url, a.outlet, s.key AS story, a.length";

export { toSummary };

/** Summaries and texts of the given article rows, keyed by row id. */
export function summariesWithText(
  db: SqliteDb,
  ids: readonly number[],
): Map<number, SummaryRow & { text: string }> {
  if (ids.length === 0) return new Map();
  const rows = cachedStatement<number[], SummaryRow & { text: Buffer }>(
    db,
    `SELECT ${SUMMARY_COLUMNS}, t.text FROM articles a JOIN article_texts t ON t.id = a.id JOIN stories s ON s.id = a.story WHERE a.id IN (${marks(ids.length)})`,
  ).all(...ids);
  return new Map(rows.map((row) => [row.id, { ...row, text: unpackText(row.text) }]));
}
