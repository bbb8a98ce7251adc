/**
 * Prepared statements cached per connection and SQL text. Search and facets build their SQL from
 * the query's shape (which filters, how many entity ids), so there are few distinct texts, and
 * preparing each anew cost more than running it on small stores. The cache is bounded so that a
 * client sending many shapes (long entity lists) cannot grow it without end.
 */
import type Database from "better-sqlite3";
import type { SqliteDb } from "./connect.js";

/** Distinct SQL texts kept per connection; the oldest is dropped past this. */
const CACHE_SIZE = 200;

const caches = new WeakMap<SqliteDb, Map<string, Database.Statement<unknown[], unknown>>>();

/** The statement for `sql` on `db`, prepared on first use. */
export function cachedStatement<P extends unknown[], R>(db: SqliteDb, sql: string): Database.Statement<P, R> {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (statement === undefined) {
    statement = db.prepare<unknown[], unknown>(sql);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
  }
  return statement as unknown as Database.Statement<P, R>;
}
