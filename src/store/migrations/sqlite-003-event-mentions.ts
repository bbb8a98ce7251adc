import type { Migration } from "./migration.js";
import type { SqliteMigrationDb } from "./sqlite-001-initial.js";

/**
 * Events keep all their mentions (events@3), as offsets in `encodeSpans` form like entity
 * mentions. Nullable: events stored before this migration, or from records of older Marsad
 * versions, have none, and read back without the field.
 */
export const sqlite003EventMentions: Migration<SqliteMigrationDb> = {
  name: "003-event-mentions",
  up(db) {
    db.exec("ALTER TABLE events ADD COLUMN mentions TEXT");
  },
};
