/**
 * The PostgreSQL connection pool. A wrong URL, a server that is down or refuses us must give one
 * line naming the URL (password hidden) within seconds, never a hang or a driver stack trace:
 * the pool gets a connect timeout and the first connection is tried at once.
 */
import pg from "pg";
import { MarsadError } from "../../doc/index.js";
import { redactUrl } from "../../node/redact-url.js";

/** How long to wait for PostgreSQL to accept a connection, in ms. */
export const CONNECT_TIMEOUT_MS = 5000;

/** True for the URLs this backend serves (openStore routes them here). */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/** A schema name safe to splice into SQL: PostgreSQL identifiers cannot be bound as parameters. */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new MarsadError(
      "store.open",
      schema,
      "a store schema name is lower-case letters, digits and _, starting with a letter",
    );
  }
  return schema;
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

/** Why a connection failed, in a few words the user can act on. */
function reason(error: unknown): string {
  const code = errorCode(error);
  if (code === "ECONNREFUSED") return "connection refused; is PostgreSQL running there?";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "unknown host";
  if (code === "28P01" || code === "28000") return "authentication failed; check the user and password";
  if (code === "3D000") return "the database does not exist; create it with createdb";
  if (code === "53300") return "the server has too many connections";
  const message = error instanceof Error ? error.message : String(error);
  if (/terminated/i.test(message))
    return "the connection was closed; is this a PostgreSQL server that accepts this host?";
  if (/timeout/i.test(message)) return `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`;
  return message;
}

/** Wraps a failure to reach the server as the one-line MarsadError `store.open`. */
export function connectionError(url: string, error: unknown): MarsadError {
  return new MarsadError("store.open", redactUrl(url), `cannot open the PostgreSQL store: ${reason(error)}`, {
    cause: error,
  });
}

export interface PoolOptions {
  readonly url: string;
  /** Schema holding the store's tables; default `public`. */
  readonly schema?: string;
  /** Connections kept, default 4: a worker needs one for puts, a server a few for queries. */
  readonly max?: number;
}

/** Opens a pool whose connections all see `schema` first, and checks one connection works. */
export async function openPool(options: PoolOptions): Promise<pg.Pool> {
  const { url } = options;
  if (!isPostgresUrl(url)) {
    throw new MarsadError(
      "store.open",
      redactUrl(url),
      "not a PostgreSQL URL; give postgres://user:password@host:port/database",
    );
  }
  const schema = checkSchemaName(options.schema ?? "public");
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({
      connectionString: url,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      max: options.max ?? 4,
      // public stays on the path: the pg_trgm operators live there.
      options: `-c search_path=${schema},public`,
      application_name: "marsad",
    });
  } catch (error) {
    throw connectionError(url, error);
  }
  // An idle connection dropped by the server emits here; the next query reconnects.
  pool.on("error", () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw connectionError(url, error);
  }
  return pool;
}
