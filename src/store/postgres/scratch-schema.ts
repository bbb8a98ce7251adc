/**
 * Throw-away schemas for tests: each test gets a PostgreSQL schema of its own, so tests (and test
 * runs on a shared server) never see each other's rows, and dropping it removes every table.
 */
import { checkSchemaName, openPool } from "./connect.js";

/** Drops a schema and everything in it; a missing schema is fine. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const name = checkSchemaName(schema);
  const pool = await openPool({ url, max: 1 });
  try {
    await pool.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  } finally {
    await pool.end();
  }
}
