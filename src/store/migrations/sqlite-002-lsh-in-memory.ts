import type { Migration } from "./migration.js";
import type { SqliteMigrationDb } from "./sqlite-001-initial.js";

/**
 * LSH buckets move to the writer's memory (store/sqlite/lsh-index.ts), rebuilt from the stored
 * signatures: the table cost twenty random B-tree inserts per article and most of each commit's
 * pages at 100,000 articles, and held nothing the signatures do not.
 */
export const sqlite002LshInMemory: Migration<SqliteMigrationDb> = {
  name: "002-lsh-in-memory",
  up(db) {
    db.exec("DROP TABLE IF EXISTS lsh");
  },
};
