/**
 * @module store/sqlite
 * The default store backend: one SQLite file in WAL mode.
 */
export { openSqliteStore, type SqliteStoreOptions } from "./open-sqlite-store.js";
