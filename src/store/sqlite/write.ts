/**
 * `put` for SQLite: rows are built before the write lock (or in another thread, `putRows`), then
 * one transaction per call adds each new article with its layers and FTS rows (its LSH bands go to
 * the in-memory index, lsh-index.ts), or records it as a duplicate. Statements are prepared once; a
 * batch (`marsad ingest` sends about a thousand records) makes one commit.
 */
import { MarsadError } from "../../doc/index.js";
import {
  STORY_SIMILARITY,
  hashKey,
  signatureFromBytes,
  signatureSimilarity,
  signatureToBytes,
} from "../../search/index.js";
import type { ArticleRows } from "../rows.js";
import type { PutResult } from "../types.js";
import { sqliteCode, type SqliteDb } from "./connect.js";
import { prepareInserts, type ArticleHashes } from "./insert-layers.js";
import { catchUp, createLshIndex, type LshIndex, type SignatureSource } from "./lsh-index.js";

/** Candidates read per LSH band: a bucket crowded by boilerplate must not make a put slow. */
const BUCKET_LIMIT = 16;

interface Existing {
  readonly id: number;
  readonly key: string;
  readonly story: string;
  /** Hex of the canonical URL's hash. */
  readonly url_hash: string | null;
  readonly source: string | null;
}

/** Stores flattened records in one transaction. */
export type PutFunction = (rows: readonly ArticleRows[]) => PutResult[];

/** Builds the put function of a store over `db`. */
export function createPut(db: SqliteDb, path: string): PutFunction {
  const select = `SELECT a.id, a.key, s.key AS story, lower(hex(a.url_hash)) AS url_hash, a.source FROM articles a JOIN stories s ON s.id = a.story`;
  const byKey = db.prepare<[string], Existing>(`${select} WHERE a.key = ?`);
  const byHash = db.prepare<[Buffer], Existing>(`${select} WHERE a.content_hash = ?`);
  const byUrl = db.prepare<[Buffer], Existing>(`${select} WHERE a.url_hash = ?`);
  const addDuplicate = db.prepare(
    "INSERT OR IGNORE INTO duplicates (key, article, by, url_hash, source) VALUES (?, ?, ?, ?, ?)",
  );
  const since = db.prepare<[number], { id: number; signature: Buffer | null }>(
    "SELECT id, signature FROM articles WHERE id > ? ORDER BY id",
  );
  const signatures: SignatureSource = { iterate: (after) => since.iterate(after) };
  // Built on the first write and dropped when a transaction rolls back (it may hold its articles).
  let lsh: LshIndex | null = null;
  const candidate = db.prepare<[number], { signature: Buffer | null; story: number }>(
    "SELECT signature, story FROM articles WHERE id = ?",
  );
  const storyKey = db.prepare<[number], { key: string }>("SELECT key FROM stories WHERE id = ?");
  const newStory = db.prepare<[string]>("INSERT INTO stories (key) VALUES (?)");
  const touchStory = db.prepare(
    `UPDATE stories SET articles = articles + 1,
       first = CASE WHEN first IS NULL OR @day < first THEN @day ELSE first END,
       last = CASE WHEN last IS NULL OR @day > last THEN @day ELSE last END
     WHERE id = @story`,
  );
  const inserts = prepareInserts(db);

  function findDuplicate(
    rows: ArticleRows,
    hashes: ArticleHashes,
  ): { found: Existing; by: "content" | "url" } | null {
    const same = byKey.get(rows.article.id) ?? byHash.get(hashes.content);
    if (same !== undefined) return { found: same, by: "content" };
    const sameUrl = hashes.url === null ? undefined : byUrl.get(hashes.url);
    return sameUrl === undefined ? null : { found: sameUrl, by: "url" };
  }

  /**
   * The story of the first earlier article similar enough, else a new story. The first, not the
   * best: a wire story republished a hundred times fills every bucket, and any member will do.
   */
  function storyFor(rows: ArticleRows, buckets: LshIndex): { id: number; key: string } {
    let story: number | null = null;
    if (rows.signature !== null) {
      const seen = new Set<number>();
      search: for (const band of rows.bands) {
        for (const article of buckets.bucket(band, BUCKET_LIMIT)) {
          if (seen.has(article)) continue;
          seen.add(article);
          const other = candidate.get(article);
          if (other?.signature == null) continue;
          if (signatureSimilarity(rows.signature, signatureFromBytes(other.signature)) >= STORY_SIMILARITY) {
            story = other.story;
            break search;
          }
        }
      }
    }
    if (story !== null) return { id: story, key: storyKey.get(story)!.key };
    return { id: Number(newStory.run(rows.article.id).lastInsertRowid), key: rows.article.id };
  }

  function putOne(rows: ArticleRows, ingested: string, buckets: LshIndex): PutResult {
    const { article } = rows;
    const hashes: ArticleHashes = {
      content: Buffer.from(article.contentHash, "hex"),
      url: article.canonicalUrl === null ? null : Buffer.from(hashKey(article.canonicalUrl), "hex"),
    };
    const duplicate = findDuplicate(rows, hashes);
    if (duplicate !== null) {
      const { found, by } = duplicate;
      const isSelf =
        found.key === article.id &&
        found.url_hash === (hashes.url?.toString("hex") ?? null) &&
        found.source === article.source;
      if (!isSelf) addDuplicate.run(article.id, found.id, by, hashes.url, article.source);
      return { id: found.key, status: "duplicate", duplicateBy: by, story: found.story };
    }
    const story = storyFor(rows, buckets);
    const signature = rows.signature === null ? null : Buffer.from(signatureToBytes(rows.signature));
    const id = inserts.article(rows, story.id, hashes, signature, ingested);
    buckets.add(id, rows.bands);
    inserts.layers(id, rows);
    touchStory.run({ day: article.day, story: story.id });
    return { id: article.id, status: "added", story: story.key };
  }

  const transaction = db.transaction((all: readonly ArticleRows[], ingested: string) => {
    // Inside the write lock: what another process stored meanwhile is read before our first look-up.
    lsh ??= createLshIndex();
    catchUp(lsh, signatures);
    const index = lsh;
    const results = all.map((rows) => putOne(rows, ingested, index));
    inserts.flush();
    return results;
  });

  return (all) => {
    if (db.readonly)
      throw new MarsadError("store.open", path, "the store was opened read-only; it cannot add articles");
    try {
      return transaction.immediate(all, new Date().toISOString());
    } catch (error) {
      inserts.reset();
      lsh = null;
      const code = sqliteCode(error) ?? "";
      if (code.startsWith("SQLITE_BUSY")) {
        throw new MarsadError("store.busy", path, "another process is writing to the database; try again", {
          cause: error,
        });
      }
      throw error;
    }
  };
}
