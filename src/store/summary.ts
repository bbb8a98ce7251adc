/** A result list's line from an article row: the same fields on every backend. */
import type { ArticleSummary } from "./types.js";

export interface SummaryFields {
  readonly key: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly story: string;
  readonly length: number;
}

export function toSummary(row: SummaryFields): ArticleSummary {
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
