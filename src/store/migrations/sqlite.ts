import type { Migration } from "./migration.js";
import { sqlite001Initial, type SqliteMigrationDb } from "./sqlite-001-initial.js";

export type { SqliteMigrationDb } from "./sqlite-001-initial.js";

/** SQLite schema history, oldest first. Append only. */
export const SQLITE_MIGRATIONS: readonly Migration<SqliteMigrationDb>[] = [sqlite001Initial];
