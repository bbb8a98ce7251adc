/**
 * Schema changes are code: an ordered list of named migrations per backend, each applied once and
 * recorded by name in the database's `marsad_migrations` table (after Kysely's Migrator). Names
 * sort in order of application and are never renamed; a database that records a name the running
 * code does not know was written by a newer Marsad.
 */
export interface Migration<Db> {
  /** "001-initial": a number for order, then what it does. */
  readonly name: string;
  up(db: Db): void | Promise<void>;
}

/** Table recording applied migrations (one row per name, with the ISO time it was applied). */
export const MIGRATIONS_TABLE = "marsad_migrations";
