/**
 * What a put will do, decided in JavaScript from what the database already holds, with the SQLite
 * backend's rules (src/store/sqlite/write.ts): a record with the key or content hash of a stored
 * one is a duplicate "by content", else one with its canonical URL a duplicate "by url"; a new
 * article joins the story of its most similar LSH candidate (estimated similarity at least
 * STORY_SIMILARITY, newest first, the last of equals winning), else starts its own. Earlier
 * records of the same batch count as stored, exactly as a one-at-a-time put would see them.
 */
import { STORY_SIMILARITY, signatureSimilarity } from "../../search/index.js";
import type { ArticleRows } from "../rows.js";
import type { PutResult } from "../types.js";

/** Candidates read per LSH band, newest first: as in SQLite, a crowded bucket must not slow a put. */
export const BUCKET_LIMIT = 16;

/** A stored article as the duplicate checks see it. */
export interface Known {
  readonly key: string;
  readonly story: string;
  readonly canonicalUrl: string | null;
  readonly source: string | null;
}

export interface KnownArticles {
  readonly byKey: Map<string, Known>;
  readonly byHash: Map<string, Known>;
  readonly byUrl: Map<string, Known>;
}

/** An LSH candidate: its row number (newest is highest), signature and story. */
export interface Candidate {
  readonly article: number;
  readonly signature: Uint32Array | null;
  readonly story: string;
}

/** A duplicates-table row, by column name. */
export interface DuplicateRow {
  readonly key: string;
  readonly article: string;
  readonly by: "content" | "url";
  readonly canonical_url: string | null;
  readonly source: string | null;
}

export interface PutPlan {
  readonly results: PutResult[];
  /** New articles in batch order, each with its story. */
  readonly added: { readonly rows: ArticleRows; readonly story: string }[];
  readonly duplicates: DuplicateRow[];
}

/** Articles a batch needs LSH candidates for: those not already known by key or content. */
export function freshRows(all: readonly ArticleRows[], known: KnownArticles): ArticleRows[] {
  return all.filter(
    (rows) => !known.byKey.has(rows.article.id) && !known.byHash.has(rows.article.contentHash),
  );
}

/** Decides each record's fate; `known` is updated with the batch's new articles as they are planned. */
export function planPut(
  all: readonly ArticleRows[],
  known: KnownArticles,
  stored: ReadonlyMap<number, readonly Candidate[]>,
): PutPlan {
  const { byKey, byHash, byUrl } = known;
  // Articles of this batch, as later ones see them: newer than every stored one, newest first.
  const batchBuckets = new Map<number, Candidate[]>();
  const plan: PutPlan = { results: [], added: [], duplicates: [] };
  for (const rows of all) {
    const { article } = rows;
    const sameContent = byKey.get(article.id) ?? byHash.get(article.contentHash);
    const sameUrl = article.canonicalUrl === null ? undefined : byUrl.get(article.canonicalUrl);
    const found = sameContent ?? sameUrl;
    if (found !== undefined) {
      const by = sameContent !== undefined ? "content" : "url";
      const isSelf =
        found.key === article.id &&
        found.canonicalUrl === article.canonicalUrl &&
        found.source === article.source;
      if (!isSelf) {
        plan.duplicates.push({
          key: article.id,
          article: found.key,
          by,
          canonical_url: article.canonicalUrl,
          source: article.source,
        });
      }
      plan.results.push({ id: found.key, status: "duplicate", duplicateBy: by, story: found.story });
      continue;
    }
    let best = STORY_SIMILARITY;
    let story: string | null = null;
    if (rows.signature !== null) {
      const seen = new Set<number>();
      for (const band of rows.bands) {
        const candidates = [...(batchBuckets.get(band) ?? []), ...(stored.get(band) ?? [])].slice(
          0,
          BUCKET_LIMIT,
        );
        for (const other of candidates) {
          if (seen.has(other.article)) continue;
          seen.add(other.article);
          if (other.signature === null) continue;
          const similarity = signatureSimilarity(rows.signature, other.signature);
          if (similarity >= best) [best, story] = [similarity, other.story];
        }
      }
    }
    story ??= article.id;
    const self = { key: article.id, story, canonicalUrl: article.canonicalUrl, source: article.source };
    byKey.set(article.id, self);
    byHash.set(article.contentHash, self);
    if (article.canonicalUrl !== null) byUrl.set(article.canonicalUrl, self);
    // Negative numbers keep batch members apart from stored rows' (positive) numbers.
    const candidate: Candidate = { article: -1 - plan.added.length, signature: rows.signature, story };
    for (const band of rows.bands) batchBuckets.set(band, [candidate, ...(batchBuckets.get(band) ?? [])]);
    plan.added.push({ rows, story });
    plan.results.push({ id: article.id, status: "added", story });
  }
  return plan;
}
