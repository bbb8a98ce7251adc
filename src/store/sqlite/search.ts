/**
 * Search over SQLite: FTS5 over Marsad's index terms, ranked by BM25 (terms weigh twice the Latin
 * entity names), filtered by the article filter; without words, the newest articles that pass the
 * filters. Only row ids and scores go through the sort; texts are read for the page alone.
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
import { pageOf } from "./page.js";
import type { EntityResolver } from "./resolve-entities.js";
import { summariesWithText, toSummary } from "./summaries.js";

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
  if (filter.empty)
    return { total: 0, hits: [], ...(query.facets ? { facets: computeFacets(db, null).facets } : {}) };
  let from: string;
  let params: (string | number)[];
  if (match === null) {
    from = `FROM articles a WHERE ${filter.where}`;
    params = [...filter.params];
  } else if (filter.where === "1") {
    from = "FROM article_fts WHERE article_fts MATCH ?";
    params = [match];
  } else {
    from = `FROM article_fts JOIN articles a ON a.id = article_fts.rowid WHERE article_fts MATCH ? AND ${filter.where}`;
    params = [match, ...filter.params];
  }
  const idColumn = match === null ? "a.id" : "article_fts.rowid";
  const scored =
    match === null
      ? `SELECT a.id AS id, 0 AS score ${from} ORDER BY a.day DESC, a.id DESC`
      : `SELECT article_fts.rowid AS id, bm25(article_fts, 2.0, 1.0) AS score ${from} ORDER BY score, article_fts.rowid DESC`;
  const page = db
    .prepare<(string | number)[], { id: number; score: number }>(`${scored} LIMIT ? OFFSET ?`)
    .all(...params, limit, offset);
  let total: number;
  let facets: SearchResult["facets"];
  if (query.facets) {
    const result = computeFacets(db, { sql: `SELECT ${idColumn} ${from}`, params });
    total = result.total;
    facets = result.facets;
  } else {
    total = db.prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n ${from}`).get(...params)!.n;
  }
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
