/**
 * @module store/postgres
 * The PostgreSQL store: the Store interface over a `pg` pool, for scale-out (several workers on
 * several machines writing, a server reading). Same behaviour as the SQLite store, checked by the
 * same contract tests (src/store/contract.test.ts).
 */
import { MarsadError } from "../../doc/index.js";
import { canonicalUrl, type TermResources } from "../../search/index.js";
import type { Store, StoredArticle } from "../types.js";
import { checkSchemaName, connectionError, isPostgresUrl, openPool } from "./connect.js";
import { redactUrl } from "../../node/redact-url.js";
import { checkStore, storeStats } from "./stats.js";
import { storeError } from "./errors.js";
import { migrate } from "./migrate.js";
import { createQueries } from "./queries.js";
import { readArticle, readChunk } from "./read-article.js";
import { createEntityResolver } from "./resolve-entities.js";
import { createPut } from "./write.js";

export { isPostgresUrl } from "./connect.js";

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database, optionally with ?schema=name. */
  readonly url: string;
  /** The lexicons (only the clitic lexicon is used: index terms and name keys). */
  readonly resources: TermResources;
  /** PostgreSQL schema holding the store's tables; default the URL's `schema` parameter, else public. */
  readonly schema?: string;
  /** Connections kept open, default 4. */
  readonly maxConnections?: number;
}

/** Splits Marsad's own `schema` parameter off the URL (the driver would pass it to the server). */
function splitSchema(url: string): { url: string; schema: string | null } {
  if (!isPostgresUrl(url)) return { url, schema: null };
  try {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get("schema");
    if (schema === null) return { url, schema: null };
    parsed.searchParams.delete("schema");
    return { url: parsed.toString(), schema };
  } catch {
    return { url, schema: null };
  }
}

/**
 * Opens (creating its tables when missing) the store at `url`. Throws MarsadError `store.open`
 * naming the URL (password hidden) when the server cannot be reached or refuses, within seconds,
 * and `store.schema` when the store was written by a newer Marsad.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const split = splitSchema(options.url);
  const url = split.url;
  const shown = redactUrl(options.url);
  const schema = checkSchemaName(options.schema ?? split.schema ?? "public");
  const pool = await openPool({
    url,
    schema,
    ...(options.maxConnections ? { max: options.maxConnections } : {}),
  });
  try {
    await migrate(pool, schema, shown);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const resolve = createEntityResolver(pool, options.resources);
  const queries = createQueries(pool, options.resources, resolve);
  let closed = false;
  /** Runs a read, turning a lost connection into the one-line store error. */
  async function read<T>(run: () => Promise<T>): Promise<T> {
    if (closed) throw new MarsadError("store.open", shown, "the store has been closed");
    try {
      return await run();
    } catch (error) {
      throw storeError(shown, error);
    }
  }
  const put = createPut(pool, options.resources, shown);
  return {
    kind: "postgres",
    put: (records) => read(() => put(records)),
    hasSource: (key) =>
      read(async () => {
        const found = await pool.query(
          `(SELECT 1 FROM articles WHERE canonical_url = $1::text OR source = $2 LIMIT 1)
           UNION ALL (SELECT 1 FROM duplicates WHERE canonical_url = $1::text OR source = $2 LIMIT 1)`,
          [canonicalUrl(key), key],
        );
        return (found.rowCount ?? 0) > 0;
      }),
    getArticle: (id) => read(() => readArticle(pool, id)),
    search: (query) => read(() => queries.search(query)),
    entities: (query) => read(() => queries.entities(query)),
    entity: (id) => read(() => queries.entity(id)),
    quotes: (query) => read(() => queries.quotes(query)),
    events: (query) => read(() => queries.events(query)),
    stories: (query) => read(() => queries.stories(query)),
    story: (id) => read(() => queries.story(id)),
    records: () => records(),
    stats: () => read(() => storeStats(pool)),
    check: () => read(() => checkStore(pool)),
    async close() {
      if (closed) return;
      closed = true;
      await pool.end().catch((error: unknown) => {
        throw connectionError(url, error);
      });
    },
  };

  async function* records(): AsyncGenerator<StoredArticle> {
    let after = "0";
    for (;;) {
      const chunk = await read(() => readChunk(pool, after));
      if (chunk.articles.length === 0) return;
      yield* chunk.articles;
      after = chunk.last;
    }
  }
}
