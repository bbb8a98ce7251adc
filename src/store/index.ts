/**
 * @module store
 * One store interface, two backends: SQLite (default, one file) and PostgreSQL (scale-out).
 */
import type { Resources } from "../resources/index.js";
import type { Store } from "./types.js";
import { openSqliteStore } from "./sqlite/index.js";

export * from "./types.js";
export { openSqliteStore, type SqliteStoreOptions } from "./sqlite/index.js";
export { recordToRows, encodeSpans, decodeSpans, type ArticleRows } from "./rows.js";
export { recordFromRows } from "./read-rows.js";

/** Where the store lives when nothing is said. */
export const DEFAULT_STORE = "./marsad.db";

/**
 * Opens the store at `target`: a `postgres://` or `postgresql://` URL opens PostgreSQL; anything
 * else is a SQLite file path (or ":memory:"); the CLI passes `DEFAULT_STORE` when none is given.
 */
export async function openStore(target: string, resources: Resources): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(target)) {
    // Loaded on demand so SQLite users never load the pg driver.
    const { openPostgresStore } = await import("./postgres/index.js");
    return openPostgresStore({ url: target, resources });
  }
  return openSqliteStore({ path: target, resources });
}
