/**
 * Search over PostgreSQL, as src/store/sqlite/search.ts does over FTS5: each word or phrase of the
 * query must match the article's index terms or the Latin names of its entities (as an FTS5 query
 * without a column filter), excluded ones must not; ranked by ts_rank with the text weighing
 * twice the Latin names; without words, the newest articles that pass the filters. Only keys and
 * scores go through the sort; texts are read for the page alone.
 */
import type pg from "pg";
import {
  indexTerms,
  makeSnippet,
  parseQuery,
  type ParsedQuery,
  type QueryClause,
  type TermResources,
} from "../../search/index.js";
import type { SearchHit, SearchQuery, SearchResult } from "../types.js";
import { articleFilter } from "./article-filter.js";
import { computeFacets, EMPTY_FACETS } from "./facets.js";
import { pageOf } from "../page.js";
import { Params } from "./params.js";
import { tsqueryTerm } from "./pg-rows.js";
import type { EntityResolver } from "./resolve-entities.js";
import { summariesWithText, toSummary } from "./summaries.js";

/**
 * A clause's tsquery: any of its readings (see QueryClause.variants), each its terms in a row
 * (<-> is "followed by", as an FTS5 "phrase").
 */
export function clauseQuery(clause: QueryClause): string {
  return clause.variants.map((terms) => `(${terms.map(tsqueryTerm).join(" <-> ")})`).join(" | ");
}

/**
 * The match condition on articles `a` (its values added to `params`) and the tsquery text ranking
 * uses, or null when the query has no words.
 */
export function matchCondition(
  parsed: ParsedQuery,
  params: Params,
): { where: string; rankQuery: string } | null {
  const wanted = parsed.clauses.filter((clause) => !clause.negated);
  if (wanted.length === 0) return null;
  const conditions = parsed.clauses.map((clause) => {
    const query = `${params.add(clauseQuery(clause))}::tsquery`;
    const matches = `(a.terms @@ ${query} OR a.latin @@ ${query})`;
    return clause.negated ? `NOT ${matches}` : matches;
  });
  const rankQuery = wanted.map((clause) => `(${clauseQuery(clause)})`).join(" & ");
  return { where: conditions.join(" AND "), rankQuery };
}

export async function searchArticles(
  db: pg.Pool,
  resources: TermResources,
  resolve: EntityResolver,
  query: SearchQuery,
): Promise<SearchResult> {
  const { limit, offset } = pageOf(query);
  const parsed = parseQuery(query.text ?? "", resources);
  const params = new Params();
  const match = matchCondition(parsed, params);
  const filter = await articleFilter(query, resolve, params);
  if (filter.empty) return { total: 0, hits: [], ...(query.facets ? { facets: EMPTY_FACETS } : {}) };
  const where = match === null ? filter.where : `${match.where} AND ${filter.where}`;
  const from = `FROM articles a WHERE ${where}`;
  // The count and the facets take the condition's values only; the page adds its own after them.
  const filterValues = [...params.values];
  let scored: string;
  if (match === null) {
    // SQLite sorts NULL days last when descending; PostgreSQL must be told.
    scored = `SELECT a.seq, 0 AS score ${from} ORDER BY a.day DESC NULLS LAST, a.seq DESC`;
  } else {
    const all = `${params.add(match.rankQuery)}::tsquery`;
    // The text weighs twice the Latin names, as bm25(article_fts, 2.0, 1.0) does in SQLite.
    scored = `SELECT a.seq, 2 * ts_rank(a.terms, ${all}) + ts_rank(a.latin, ${all}) AS score ${from} ORDER BY score DESC, a.seq DESC`;
  }
  const page = await db.query<{ seq: string; score: number }>(
    `${scored} LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
    params.values,
  );
  let total: number;
  let facets: SearchResult["facets"];
  if (query.facets) {
    const result = await computeFacets(db, { sql: `SELECT a.key ${from}`, params: filterValues });
    total = result.total;
    facets = result.facets;
  } else {
    const counted = await db.query<{ n: string }>(`SELECT count(*) AS n ${from}`, filterValues);
    total = Number(counted.rows[0]?.n ?? 0);
  }
  const details = await summariesWithText(
    db,
    page.rows.map((row) => row.seq),
  );
  const hits: SearchHit[] = page.rows.flatMap((row) => {
    const detail = details.get(row.seq);
    if (detail === undefined) return [];
    const snippet = makeSnippet(detail.text, indexTerms(detail.text, resources), parsed.keys);
    return [{ article: toSummary(detail), score: Number(row.score), snippet }];
  });
  return { total, hits, ...(facets === undefined ? {} : { facets }) };
}
