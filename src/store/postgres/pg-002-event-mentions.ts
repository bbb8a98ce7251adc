import type { Migration } from "../migrations/index.js";
import type { PgMigrationDb } from "./pg-001-initial.js";

/**
 * Events keep all their mentions (events@3), as offsets in `encodeSpans` form like entity
 * mentions. Nullable, so adding it rewrites no rows: events stored before this migration, or from
 * records of older Marsad versions, have none, and read back without the field.
 */
export const pg002EventMentions: Migration<PgMigrationDb> = {
  name: "002-event-mentions",
  async up(db) {
    await db.query("ALTER TABLE events ADD COLUMN mentions text");
  },
};
