/**
 * The SQLite backend: one file (or ":memory:"), WAL, FTS5 over Marsad's own folded terms. Every
 * method runs synchronously under its promise; better-sqlite3 blocks the thread for the query's
 * length, which for the store's indexed queries is a few milliseconds.
 */
import type { TermResources } from "../../search/index.js";
import type { Store, StoredArticle } from "../types.js";
import { canonicalUrl, hashKey } from "../../search/index.js";
import { recordToRows } from "../rows.js";
import { checkStore, storeStats } from "./check.js";
import { connect } from "./connect.js";
import { entityDetail, listEntities } from "./entities.js";
import { listEvents } from "./events.js";
import { listQuotes } from "./quotes.js";
import { prepareArticleReader } from "./read-article.js";
import { prepareEntityResolver } from "./resolve-entities.js";
import { searchArticles } from "./search.js";
import { getStory, listStories } from "./stories.js";
import { createPut } from "./write.js";

export interface SqliteStoreOptions {
  /** Database file, created when missing (unless read-only), or ":memory:". */
  readonly path: string;
  /** Only the clitic lexicon is used (index terms); a full `Resources` fits. */
  readonly resources: TermResources;
  /** Open without writing: no WAL switch, no migrations, `put` refused. */
  readonly readonly?: boolean;
}

const MAYBE_HTTP = /h[\t\n\r]*t[\t\n\r]*t[\t\n\r]*p/i;

/** Opens a SQLite store; throws `store.open` or `store.schema` naming the path when it cannot. */
export async function openSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const { path, resources } = options;
  const db = connect({ path, readonly: options.readonly ?? false });
  const write = createPut(db, path);
  const articles = prepareArticleReader(db);
  const resolve = prepareEntityResolver(db, resources);
  // A key that is no URL (most are: "corpus.jsonl:12") cannot match a URL hash, so it is looked for
  // by source alone: two index probes instead of four, once or twice for every document ingested.
  const knownBySource = db
    .prepare<[{ source: string }], number>(
      `SELECT EXISTS (SELECT 1 FROM articles WHERE source = @source)
         OR EXISTS (SELECT 1 FROM duplicates WHERE source = @source)`,
    )
    .pluck();
  const knownByUrlOrSource = db
    .prepare<[{ url: Buffer; source: string }], number>(
      `SELECT EXISTS (SELECT 1 FROM articles WHERE url_hash = @url)
         OR EXISTS (SELECT 1 FROM articles WHERE source = @source)
         OR EXISTS (SELECT 1 FROM duplicates WHERE url_hash = @url)
         OR EXISTS (SELECT 1 FROM duplicates WHERE source = @source)`,
    )
    .pluck();
  let open = true;

  return {
    kind: "sqlite",
    put: async (records) => write(records.map((record) => recordToRows(record, resources))),
    putRows: async (rows) => write(rows),
    hasSource: async (key) => {
      // Parsing a path as a URL throws, which costs more than the look-up: a key without "http"
      // (the URL parser drops tabs and newlines anywhere) cannot be an http(s) URL.
      const url = MAYBE_HTTP.test(key) ? canonicalUrl(key) : null;
      const known =
        url === null
          ? knownBySource.get({ source: key })
          : knownByUrlOrSource.get({ url: Buffer.from(hashKey(url), "hex"), source: key });
      return known === 1;
    },
    getArticle: async (id) => articles.byKey(id),
    search: async (query) => searchArticles(db, resources, resolve, query),
    entities: async (query) => listEntities(db, resources, query),
    entity: async (id) => entityDetail(db, resources, id),
    quotes: async (query) => listQuotes(db, resources, resolve, query),
    events: async (query) => listEvents(db, resolve, query),
    stories: async (query) => listStories(db, query),
    story: async (id) => getStory(db, id),
    records: () => readAll(),
    stats: async () => storeStats(db),
    check: async () => checkStore(db),
    close: async () => {
      if (!open) return;
      open = false;
      db.close();
    },
  };

  // Chunks rather than one open cursor: a caller may write to the store between two records.
  async function* readAll(): AsyncGenerator<StoredArticle> {
    let after = 0;
    for (;;) {
      const { last, articles: chunk } = articles.chunk(after);
      if (chunk.length === 0) return;
      yield* chunk;
      after = last;
    }
  }
}
