/**
 * @module store/migrations
 * Ordered schema migrations per backend (SQLite here; PostgreSQL keeps its list beside its code).
 */
export { MIGRATIONS_TABLE, type Migration } from "./migration.js";
export { SQLITE_MIGRATIONS, type SqliteMigrationDb } from "./sqlite.js";
