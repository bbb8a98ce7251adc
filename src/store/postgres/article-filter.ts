/**
 * The WHERE clause shared by search, facets and the listings that filter articles, as in SQLite
 * (src/store/sqlite/article-filter.ts): entity, speaker, event type, outlet and date range. A
 * filter naming nothing known makes the clause match nothing rather than be ignored.
 */
import { dayBounds } from "../../search/index.js";
import type { SearchQuery } from "../types.js";
import type { Params } from "./params.js";
import type { EntityResolver } from "./resolve-entities.js";

export interface SqlFilter {
  /** Conditions on the articles table aliased `a`, joined with AND; "true" when there are none. */
  readonly where: string;
  /** True when a filter resolved to no entity, so nothing can match. */
  readonly empty: boolean;
}

export async function articleFilter(
  query: SearchQuery,
  resolve: EntityResolver,
  params: Params,
): Promise<SqlFilter> {
  const where: string[] = [];
  let empty = false;
  const { from, until } = dayBounds(query);
  if (from !== null) where.push(`a.day >= ${params.add(from)}`);
  if (until !== null) where.push(`a.day < ${params.add(until)}`);
  if (query.outlet !== undefined && query.outlet !== "") where.push(`a.outlet = ${params.add(query.outlet)}`);
  if (query.type !== undefined && query.type !== "") {
    where.push(`a.key IN (SELECT article FROM events WHERE type = ${params.add(query.type.toUpperCase())})`);
  }
  if (query.entity !== undefined && query.entity !== "") {
    const keys = await resolve(query.entity);
    if (keys.length === 0) empty = true;
    where.push(`a.key IN (SELECT article FROM article_entities WHERE entity = ANY(${params.add(keys)}))`);
  }
  if (query.speaker !== undefined && query.speaker !== "") {
    const keys = await resolve(query.speaker);
    if (keys.length === 0) empty = true;
    where.push(`a.key IN (SELECT article FROM quotes WHERE speaker = ANY(${params.add(keys)}))`);
  }
  return { where: where.length === 0 ? "true" : where.join(" AND "), empty };
}
