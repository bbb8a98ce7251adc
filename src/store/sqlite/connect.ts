/**
 * Opening a SQLite database for the store: clear errors naming the path (missing, not a database,
 * locked, written by a newer Marsad), WAL journaling, and pending migrations applied in one
 * immediate transaction so two processes opening a fresh file do not both create it.
 */
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { MarsadError } from "../../doc/index.js";
import { MIGRATIONS_TABLE, SQLITE_MIGRATIONS } from "../migrations/index.js";

export type SqliteDb = Database.Database;

export interface ConnectOptions {
  readonly path: string;
  readonly readonly?: boolean;
}

/** Opens (creating when allowed) and migrates the database at `path`, or ":memory:". */
export function connect(options: ConnectOptions): SqliteDb {
  const { path } = options;
  const readonly = options.readonly === true;
  const memory = path === ":memory:" || path === "";
  if (readonly && !memory && !existsSync(path)) {
    throw new MarsadError("store.open", path, "there is no database at this path");
  }
  let db: SqliteDb;
  try {
    db = new Database(memory ? ":memory:" : path, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw openError(path, error);
  }
  try {
    db.pragma("busy_timeout = 5000");
    if (!readonly) {
      // WAL lets readers (the server, a search) run while one writer ingests; NORMAL sync is safe with WAL.
      if (!memory) db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      // At 100,000 articles a batch of 256 dirties thousands of pages spread over the hash-keyed
      // indexes (LSH bands, content and URL hashes), and the default checkpoint every 4 MB of WAL
      // copied them into the database after every batch: the writer thread, not the analysis,
      // bounded ingest. A checkpoint every 64 MB writes each page once for several batches.
      db.pragma("wal_autocheckpoint = 16384");
    }
    // Index pages of a large store stay cached between batches and searches rather than re-read.
    db.pragma("cache_size = -262144");
    db.pragma("mmap_size = 1073741824");
    db.pragma("temp_store = MEMORY");
    db.pragma("foreign_keys = OFF");
    migrate(db, path, readonly);
  } catch (error) {
    db.close();
    throw error instanceof MarsadError ? error : openError(path, error);
  }
  return db;
}

function migrate(db: SqliteDb, path: string, readonly: boolean): void {
  const known = new Set(SQLITE_MIGRATIONS.map((migration) => migration.name));
  const applied = appliedMigrations(db, path);
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new MarsadError(
      "store.schema",
      path,
      `the database was written by a newer Marsad (schema ${unknown.at(-1)}); upgrade Marsad to open it`,
    );
  }
  const pending = SQLITE_MIGRATIONS.filter((migration) => !applied.includes(migration.name));
  if (pending.length === 0) return;
  if (readonly) {
    throw new MarsadError(
      "store.schema",
      path,
      "the database has an older schema; open it once for writing to upgrade it",
    );
  }
  const run = db.transaction(() => {
    // Re-read inside the write lock: another process may have migrated meanwhile.
    const now = new Set(appliedMigrations(db, path));
    const insert = db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (name, applied) VALUES (?, ?)`);
    for (const migration of pending) {
      if (now.has(migration.name)) continue;
      void migration.up(db);
      insert.run(migration.name, new Date().toISOString());
    }
  });
  db.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (name TEXT PRIMARY KEY, applied TEXT NOT NULL)`);
  run.immediate();
}

function appliedMigrations(db: SqliteDb, path: string): string[] {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
  if (!tables.includes(MIGRATIONS_TABLE)) {
    if (tables.length > 0) {
      throw new MarsadError(
        "store.schema",
        path,
        "this SQLite database was not made by Marsad; choose another --db file",
      );
    }
    return [];
  }
  return db.prepare(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY name`).pluck().all() as string[];
}

/** A SQLite error code, when `error` is one (better-sqlite3's SqliteError carries `code`). */
export function sqliteCode(error: unknown): string | null {
  if (error instanceof Error && "code" in error && typeof error.code === "string") return error.code;
  return null;
}

function openError(path: string, error: unknown): MarsadError {
  const code = sqliteCode(error) ?? "";
  let message = "the database cannot be opened";
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT")
    message = "the file is not a SQLite database (or is damaged)";
  else if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) {
    message = "the database is locked by another process; try again when it has finished";
  } else if (code.startsWith("SQLITE_CANTOPEN"))
    message = "the database file cannot be opened: check that its folder exists and is writable";
  else if (code.startsWith("SQLITE_READONLY"))
    message = "the database is read-only; open it with read-only access";
  else if (code === "ENOENT") message = "there is no database at this path";
  return new MarsadError("store.open", path, message, { cause: error });
}
