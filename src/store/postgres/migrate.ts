/**
 * Applying the PostgreSQL migrations: the store's schema is created on first open, each pending
 * migration is applied once and recorded by name (as the SQLite backend does), and a schema that
 * records a name this code does not know was written by a newer Marsad and is refused. Workers
 * starting together serialise on an advisory lock, so the tables are created once.
 */
import type pg from "pg";
import { MarsadError } from "../../doc/index.js";
import { MIGRATIONS_TABLE, type Migration } from "../migrations/index.js";
import { pg001Initial, type PgMigrationDb } from "./pg-001-initial.js";
import { pg002EventMentions } from "./pg-002-event-mentions.js";

/** PostgreSQL schema history, oldest first. Append only. */
export const PG_MIGRATIONS: readonly Migration<PgMigrationDb>[] = [pg001Initial, pg002EventMentions];

/** Advisory lock key of Marsad's migrations ("mars"), held for the migrating transaction only. */
const MIGRATION_LOCK = 0x6d617273;

/** Names applied in `schema` (qualified: public may hold another store's tables), or null for none. */
async function appliedMigrations(client: pg.PoolClient, schema: string): Promise<string[] | null> {
  const table = await client.query<{ present: boolean }>("SELECT to_regclass($1) IS NOT NULL AS present", [
    `"${schema}".${MIGRATIONS_TABLE}`,
  ]);
  if (table.rows[0]?.present !== true) return null;
  const rows = await client.query<{ name: string }>(
    `SELECT name FROM "${schema}".${MIGRATIONS_TABLE} ORDER BY name`,
  );
  return rows.rows.map((row) => row.name);
}

function newerSchema(url: string, unknown: readonly string[]): MarsadError {
  return new MarsadError(
    "store.schema",
    url,
    `the store was written by a newer Marsad (schema ${unknown.at(-1)}); upgrade Marsad to open it`,
  );
}

/**
 * Brings `schema` (the connection's search_path) up to date. Throws MarsadError `store.schema`
 * when the store is newer than this code or the tables cannot be created. `url` is shown redacted.
 */
export async function migrate(pool: pg.Pool, schema: string, url: string): Promise<void> {
  const client = await pool.connect();
  const known = new Set(PG_MIGRATIONS.map((migration) => migration.name));
  try {
    // The common case, a store already up to date, takes no lock.
    const applied = await appliedMigrations(client, schema);
    if (applied !== null) {
      const unknown = applied.filter((name) => !known.has(name));
      if (unknown.length > 0) throw newerSchema(url, unknown);
      if (applied.length === known.size) return;
    }
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    // pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it.
    const trgm = await client.query("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'");
    if (trgm.rowCount === 0) await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    // Unqualified DDL below must land in the store's schema, created just now perhaps.
    await client.query(`SET LOCAL search_path TO "${schema}", public`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (name text PRIMARY KEY, applied text NOT NULL)`,
    );
    // Re-read under the lock: another process may have migrated meanwhile.
    const now = new Set((await appliedMigrations(client, schema)) ?? []);
    for (const migration of PG_MIGRATIONS) {
      if (now.has(migration.name)) continue;
      await migration.up(client);
      await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (name, applied) VALUES ($1, $2)`, [
        migration.name,
        new Date().toISOString(),
      ]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    if (error instanceof MarsadError) throw error;
    throw new MarsadError(
      "store.schema",
      url,
      "cannot create the store's tables (does the user own the database, and is pg_trgm available?)",
      { cause: error },
    );
  } finally {
    client.release();
  }
}
