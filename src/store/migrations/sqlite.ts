import type { Migration } from "./migration.js";
import { sqlite001Initial, type SqliteMigrationDb } from "./sqlite-001-initial.js";
import { sqlite002LshInMemory } from "./sqlite-002-lsh-in-memory.js";
import { sqlite003EventMentions } from "./sqlite-003-event-mentions.js";

export type { SqliteMigrationDb } from "./sqlite-001-initial.js";

/** SQLite schema history, oldest first. Append only. */
export const SQLITE_MIGRATIONS: readonly Migration<SqliteMigrationDb>[] = [
  sqlite001Initial,
  sqlite002LshInMemory,
  sqlite003EventMentions,
];
