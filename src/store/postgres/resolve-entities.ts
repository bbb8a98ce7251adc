/**
 * Filters name entities by id or by name, as in SQLite: an exact entity id wins; otherwise the
 * folded name (`nameKey`: clitics cut, hamza and ta marbuta folded) is looked up among names,
 * Latin names and aliases.
 */
import type pg from "pg";
import { nameKey, type TermResources } from "../../search/index.js";

/** Entity ids (keys) a filter value names; none when it names nothing known. */
export type EntityResolver = (value: string) => Promise<string[]>;

export function createEntityResolver(db: pg.Pool, resources: TermResources): EntityResolver {
  return async (value) => {
    const exact = await db.query<{ key: string }>("SELECT key FROM entities WHERE key = $1", [value.trim()]);
    if (exact.rows.length > 0) return exact.rows.map((row) => row.key);
    const key = nameKey(value, resources);
    if (key === "") return [];
    const found = await db.query<{ key: string }>(
      `SELECT key FROM entities WHERE name_key = $1 OR latin_key = $1
       UNION SELECT entity FROM aliases WHERE key = $1`,
      [key],
    );
    return found.rows.map((row) => row.key);
  };
}
