/**
 * Search over SQLite: FTS5 over Marsad's index terms, ranked by BM25 (terms weigh twice the Latin
 * entity names), filtered by the article filter; without words, the newest articles that pass the
 * filters. Only row ids and scores go through the sort; texts are read for the page alone.
 *
 * Costs are bounded for 100,000 articles and more, where a common word matches most of them:
 * - BM25 is computed for the newest RANK_WINDOW matches only (FTS5 walks its doclists in row id
 *   order, that is ingest order, at almost no cost per row, while BM25 costs a lookup per row);
 *   a query matching fewer is ranked exactly.
 * - With a filter, few FTS matches are joined to their article rows one by one; many are instead
 *   probed against the set of filtered ids, built once from the indexes, because a row lookup per
 *   match of a common word cost more than the whole rest of the search.
 * - Facets count a sample: the newest FACET_SAMPLE matches (`facets.sample` says so).
 * The total stays exact: counting FTS matches needs no row lookups.
 */
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
import type { SqliteDb } from "./connect.js";
import { computeFacets } from "./facets.js";
import { pageOf } from "../page.js";
import type { EntityResolver } from "./resolve-entities.js";
import { cachedStatement } from "./statements.js";
import { summariesWithText, toSummary } from "./summaries.js";

/** Matches ranked by BM25 (the newest ones) when a query matches more. */
export const RANK_WINDOW = 5000;
/** FTS matches up to which a filtered search joins each match to its article row. */
const JOIN_LIMIT = 4000;
/** Matches the facets are counted over (the newest ones) when a query matches more. */
export const FACET_SAMPLE = 2000;

/** The FTS5 MATCH expression of a parsed query, or null when it has no words. Terms hold no quotes. */
export function ftsMatch(parsed: ParsedQuery): string | null {
  const phrase = (clause: QueryClause) => {
    const readings = clause.variants.map((terms) => `"${terms.join(" ")}"`);
    return readings.length === 1 ? readings[0]! : `(${readings.join(" OR ")})`;
  };
  const wanted = parsed.clauses.filter((clause) => !clause.negated).map(phrase);
  if (wanted.length === 0) return null;
  const excluded = parsed.clauses
    .filter((clause) => clause.negated)
    .map((clause) => ` NOT ${phrase(clause)}`);
  return `(${wanted.join(" AND ")})${excluded.join("")}`;
}

type Params = (string | number)[];

/** How one query finds its matches: page, total and facet sample, as SQL over `params`. */
interface Plan {
  readonly page: string;
  readonly total: string;
  /** One id column, newest first, without LIMIT. */
  readonly newest: string;
  readonly params: Params;
}

function planFor(
  db: SqliteDb,
  match: string | null,
  where: string,
  params: readonly (string | number)[],
): Plan | null {
  if (match === null) {
    const from = `FROM articles a WHERE ${where}`;
    const newest = `SELECT a.id AS id ${from} ORDER BY a.day DESC, a.id DESC`;
    return {
      page: `SELECT a.id AS id, 0 AS score ${from} ORDER BY a.day DESC, a.id DESC LIMIT ? OFFSET ?`,
      total: `SELECT count(*) AS n ${from}`,
      newest,
      params: [...params],
    };
  }
  let from = "FROM article_fts WHERE article_fts MATCH ?";
  if (where !== "1") {
    const matches = cachedStatement<[string], { n: number }>(db, `SELECT count(*) AS n ${from}`).get(
      match,
    )!.n;
    if (matches === 0) return null;
    from =
      matches <= JOIN_LIMIT
        ? `FROM article_fts JOIN articles a ON a.id = article_fts.rowid WHERE article_fts MATCH ? AND ${where}`
        : // The unary + keeps SQLite from handing the IN list to FTS5 as row ids to seek one by one.
          `FROM article_fts WHERE article_fts MATCH ? AND +article_fts.rowid IN (SELECT a.id FROM articles a WHERE ${where})`;
  }
  return {
    page:
      `SELECT id, score FROM (SELECT article_fts.rowid AS id, bm25(article_fts, 2.0, 1.0) AS score ${from} ` +
      `ORDER BY article_fts.rowid DESC LIMIT ?) ORDER BY score, id DESC LIMIT ? OFFSET ?`,
    total: `SELECT count(*) AS n ${from}`,
    newest: `SELECT article_fts.rowid AS id ${from} ORDER BY article_fts.rowid DESC`,
    params: [match, ...params],
  };
}

export function searchArticles(
  db: SqliteDb,
  resources: TermResources,
  resolve: EntityResolver,
  query: SearchQuery,
): SearchResult {
  const { limit, offset } = pageOf(query);
  const parsed = parseQuery(query.text ?? "", resources);
  const match = ftsMatch(parsed);
  const filter = articleFilter(query, resolve);
  const plan = filter.empty ? null : planFor(db, match, filter.where, filter.params);
  if (plan === null)
    return { total: 0, hits: [], ...(query.facets ? { facets: computeFacets(db, null, 0) } : {}) };
  const { params } = plan;
  // A page deeper than the window widens it, so every page of `total` can be reached.
  const pageParams =
    match === null
      ? [...params, limit, offset]
      : [...params, Math.max(RANK_WINDOW, offset + limit), limit, offset];
  const page = cachedStatement<Params, { id: number; score: number }>(db, plan.page).all(...pageParams);
  const total = cachedStatement<Params, { n: number }>(db, plan.total).get(...params)!.n;
  const facets = query.facets
    ? computeFacets(db, { sql: `${plan.newest} LIMIT ${FACET_SAMPLE}`, params }, total)
    : undefined;
  const details = summariesWithText(
    db,
    page.map((row) => row.id),
  );
  const hits: SearchHit[] = page.flatMap((row) => {
    const detail = details.get(row.id);
    if (detail === undefined) return [];
    const snippet = makeSnippet(detail.text, indexTerms(detail.text, resources), parsed.keys);
    // FTS5's BM25 is negative, lower is better: report it positive, higher is better.
    return [{ article: toSummary(detail), score: -row.score, snippet }];
  });
  return { total, hits, ...(facets === undefined ? {} : { facets }) };
}
