/**
 * Filters name entities by id or by name: an exact entity id wins; otherwise the folded name is
 * looked up among names, Latin names and aliases (`nameKey`: clitics cut, hamza and ta marbuta folded).
 */
import { nameKey, type TermResources } from "../../search/index.js";
import type { SqliteDb } from "./connect.js";

export interface ResolvedEntity {
  /** Row id in `entities`. */
  readonly row: number;
  /** The entity id as in records. */
  readonly key: string;
}

export type EntityResolver = (value: string) => ResolvedEntity[];

export function prepareEntityResolver(db: SqliteDb, resources: TermResources): EntityResolver {
  const byKey = db.prepare<[string], ResolvedEntity>("SELECT id AS row, key FROM entities WHERE key = ?");
  const byName = db.prepare<[{ key: string }], ResolvedEntity>(
    `SELECT id AS row, key FROM entities WHERE name_key = @key OR latin_key = @key
     UNION SELECT e.id, e.key FROM aliases al JOIN entities e ON e.id = al.entity WHERE al.key = @key`,
  );
  return (value) => {
    const exact = byKey.get(value.trim());
    if (exact !== undefined) return [exact];
    const key = nameKey(value, resources);
    return key === "" ? [] : byName.all({ key });
  };
}
