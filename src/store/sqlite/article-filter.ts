/**
 * The WHERE clause shared by search, facets and the listings that filter articles: entity,
 * speaker, event type, outlet and date range, with their parameters. A filter naming nothing known
 * makes the clause match nothing rather than be ignored.
 */
import { dayBounds } from "../../search/index.js";
import type { SearchQuery } from "../types.js";
import type { EntityResolver } from "./resolve-entities.js";

export interface SqlFilter {
  /** Conditions on the articles table aliased `a`, joined with AND; "1" when there are none. */
  readonly where: string;
  readonly params: readonly (string | number)[];
  /** True when a filter resolved to no entity, so nothing can match. */
  readonly empty: boolean;
}

export function articleFilter(query: SearchQuery, resolve: EntityResolver): SqlFilter {
  const where: string[] = [];
  const params: (string | number)[] = [];
  let empty = false;
  const { from, until } = dayBounds(query);
  const add = (condition: string, ...values: (string | number)[]) => {
    where.push(condition);
    params.push(...values);
  };
  if (from !== null) add("a.day >= ?", from);
  if (until !== null) add("a.day < ?", until);
  if (query.outlet !== undefined && query.outlet !== "") add("a.outlet = ?", query.outlet);
  if (query.type !== undefined && query.type !== "") {
    add("a.id IN (SELECT article FROM events WHERE type = ?)", query.type.toUpperCase());
  }
  if (query.entity !== undefined && query.entity !== "") {
    const rows = resolve(query.entity).map((entity) => entity.row);
    if (rows.length === 0) empty = true;
    add(`a.id IN (SELECT article FROM article_entities WHERE entity IN (${marks(rows.length)}))`, ...rows);
  }
  if (query.speaker !== undefined && query.speaker !== "") {
    const keys = resolve(query.speaker).map((entity) => entity.key);
    if (keys.length === 0) empty = true;
    add(`a.id IN (SELECT article FROM quotes WHERE speaker IN (${marks(keys.length)}))`, ...keys);
  }
  return { where: where.length === 0 ? "1" : where.join(" AND "), params, empty };
}

/** "?, ?, ?" for `count` parameters (at least one, so the SQL stays valid for an empty list). */
export function marks(count: number): string {
  return count === 0 ? "NULL" : Array.from({ length: count }, () => "?").join(", ");
}
