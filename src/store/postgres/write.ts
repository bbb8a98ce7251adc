/**
 * `put` for PostgreSQL. Workers on several machines put at once, and a worker analyses its next
 * batch while a put is in flight, so a put must never hold locks while its client is busy: it
 * reads what it needs (known articles, LSH candidates) without a transaction, decides in
 * JavaScript (plan-put.ts), then writes everything in ONE statement, which is its own atomic
 * transaction and holds row locks only while the server runs it. The unique key, content hash
 * and canonical URL make a concurrent copy lose its insert; the statement then fails as a whole
 * (check_inserted) and the put starts over, now seeing the winner as a duplicate.
 */
import type pg from "pg";
import type { MarsadRecord } from "../../doc/index.js";
import { signatureFromBytes, type TermResources } from "../../search/index.js";
import { recordToRows, type ArticleRows } from "../rows.js";
import type { PutResult } from "../types.js";
import { storeError } from "./errors.js";
import { BUCKET_LIMIT, freshRows, planPut, type Candidate, type KnownArticles } from "./plan-put.js";
import { writeParams, WRITE_ARTICLES } from "./pg-rows.js";

/** Attempts of a put that lost a race or a deadlock to another writer before it gives up. */
const MAX_ATTEMPTS = 6;

/** Errors worth starting the put over for: deadlock, serialization, a unique race, a lost insert. */
function isRetryable(error: unknown): boolean {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return code === "40P01" || code === "40001" || code === "23505" || code === "MR001";
}

async function knownArticles(db: pg.Pool, all: readonly ArticleRows[]): Promise<KnownArticles> {
  const result = await db.query<{
    key: string;
    story: string;
    canonical_url: string | null;
    source: string | null;
    content_hash: string;
  }>({
    name: "marsad-known-articles",
    text: `SELECT key, story, canonical_url, source, content_hash FROM articles
           WHERE key = ANY($1) OR content_hash = ANY($2) OR canonical_url = ANY($3)`,
    values: [
      all.map((rows) => rows.article.id),
      all.map((rows) => rows.article.contentHash),
      all.flatMap((rows) => (rows.article.canonicalUrl === null ? [] : [rows.article.canonicalUrl])),
    ],
  });
  const known: KnownArticles = { byKey: new Map(), byHash: new Map(), byUrl: new Map() };
  for (const row of result.rows) {
    const entry = { key: row.key, story: row.story, canonicalUrl: row.canonical_url, source: row.source };
    known.byKey.set(row.key, entry);
    known.byHash.set(row.content_hash, entry);
    if (row.canonical_url !== null) known.byUrl.set(row.canonical_url, entry);
  }
  return known;
}

/** The newest BUCKET_LIMIT articles of each band, with their signatures and stories. */
async function buckets(db: pg.Pool, bands: readonly number[]): Promise<Map<number, Candidate[]>> {
  const map = new Map<number, Candidate[]>();
  if (bands.length === 0) return map;
  const result = await db.query<{ band: string; article: string; signature: Buffer | null; story: string }>({
    name: "marsad-lsh-buckets",
    text: `SELECT q.band, c.article, a.signature, a.story
           FROM unnest($1::bigint[]) AS q(band)
           CROSS JOIN LATERAL (SELECT article FROM lsh WHERE lsh.band = q.band ORDER BY article DESC LIMIT ${BUCKET_LIMIT}) c
           JOIN articles a ON a.seq = c.article
           ORDER BY q.band, c.article DESC`,
    values: [bands],
  });
  for (const row of result.rows) {
    const band = Number(row.band);
    const list = map.get(band) ?? [];
    list.push({
      article: Number(row.article),
      signature: row.signature === null ? null : signatureFromBytes(row.signature),
      story: row.story,
    });
    map.set(band, list);
  }
  return map;
}

/** One attempt: read, plan, write in one statement. */
async function attempt(db: pg.Pool, all: readonly ArticleRows[], ingested: string): Promise<PutResult[]> {
  const known = await knownArticles(db, all);
  const stored = await buckets(db, [...new Set(freshRows(all, known).flatMap((rows) => rows.bands))]);
  const plan = planPut(all, known, stored);
  if (plan.added.length === 0 && plan.duplicates.length === 0) return plan.results;
  // Row numbers in batch order: `records()` streams in ingest order.
  const numbered =
    plan.added.length === 0
      ? { rows: [] }
      : await db.query<{ seq: string }>({
          name: "marsad-next-seqs",
          text: "SELECT nextval(pg_get_serial_sequence('articles', 'seq'))::text AS seq FROM generate_series(1, $1)",
          values: [plan.added.length],
        });
  const seqs = numbered.rows.map((row) => row.seq);
  // Named: each connection parses and plans this long statement once, not on every put.
  await db.query({
    name: "marsad-write-articles",
    text: WRITE_ARTICLES,
    values: writeParams(plan, seqs, ingested),
  });
  return plan.results;
}

/** The put of a PostgreSQL store over `pool`; `url` names the store in errors. */
export function createPut(pool: pg.Pool, resources: TermResources, url: string) {
  return async (records: readonly MarsadRecord[]): Promise<PutResult[]> => {
    if (records.length === 0) return [];
    const all = records.map((record) => recordToRows(record, resources));
    const ingested = new Date().toISOString();
    for (let tries = 1; ; tries++) {
      try {
        return await attempt(pool, all, ingested);
      } catch (error) {
        if (!isRetryable(error) || tries >= MAX_ATTEMPTS) throw storeError(url, error);
        // A short random pause lets the other writer finish before we look again.
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * tries));
      }
    }
  };
}
