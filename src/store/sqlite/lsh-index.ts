/**
 * The LSH buckets of story detection, held in the writer's memory instead of a table. A table
 * keyed by band hash put twenty inserts at random places of a B-tree for every article: at 100,000
 * articles that B-tree held two million rows and a batch of 256 articles dirtied most of its pages
 * (≈ 16 MB written to the WAL per commit), which made the writer thread, not the analysis, bound
 * ingest. The buckets are a function of the signatures the articles table already keeps, so the
 * index is rebuilt from them on the first write (≈ 0.1 s at 100,000 articles) and kept current by
 * reading the articles added since, by this connection or another process, at each write.
 *
 * Layout: every (bucket, article) pair is one entry in parallel typed arrays, chained newest first
 * per bucket; an open-addressing table maps a bucket to its newest entry. Twelve bytes an entry plus
 * the table: about 40 MB at 100,000 articles, where a Map of arrays took several times that.
 * A bucket is a 32-bit mix of the 37-bit band key: two buckets sharing one only add a candidate,
 * which the signature comparison then rejects.
 */
import { fmix32, lshBandKeys, signatureFromBytes } from "../../search/index.js";

/** The newest articles sharing one bucket with a new article's band `bandKey`. */
export interface LshIndex {
  /** Up to `limit` article ids in the bucket of `bandKey`, newest first. */
  bucket(bandKey: number, limit: number): number[];
  /** Records that article `id` (greater than every id added before) has these band keys. */
  add(id: number, bandKeys: readonly number[]): void;
  /** Ids up to this one are in the index. */
  readonly through: number;
}

const EMPTY = -1;

/** A 32-bit bucket for a band key below 2^37 (`lshBandKeys`: band × 2^32 + hash). */
function bucketOf(bandKey: number): number {
  const band = Math.floor(bandKey / 0x100000000);
  return fmix32((bandKey >>> 0) ^ Math.imul(band + 1, 0x9e3779b9));
}

export function createLshIndex(): LshIndex {
  let keys = new Uint32Array(1 << 16);
  let articles = new Uint32Array(1 << 16);
  let older = new Int32Array(1 << 16);
  let entries = 0;
  let slots = new Int32Array(1 << 17).fill(EMPTY);
  let buckets = 0;
  let through = 0;

  /** The slot holding `bucket`'s newest entry, or the empty slot where it would go. */
  function slotOf(bucket: number): number {
    const mask = slots.length - 1;
    let slot = bucket & mask;
    for (;;) {
      const entry = slots[slot]!;
      if (entry === EMPTY || keys[entry] === bucket) return slot;
      slot = (slot + 1) & mask;
    }
  }

  function growEntries(): void {
    const size = keys.length * 2;
    const grow = <T extends Uint32Array | Int32Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    keys = grow(keys, new Uint32Array(size));
    articles = grow(articles, new Uint32Array(size));
    older = grow(older, new Int32Array(size));
  }

  function growSlots(): void {
    const previous = slots;
    slots = new Int32Array(previous.length * 2).fill(EMPTY);
    for (const entry of previous) if (entry !== EMPTY) slots[slotOf(keys[entry]!)] = entry;
  }

  return {
    get through() {
      return through;
    },
    bucket(bandKey, limit) {
      const found: number[] = [];
      let entry = slots[slotOf(bucketOf(bandKey))]!;
      while (entry !== EMPTY && found.length < limit) {
        found.push(articles[entry]!);
        entry = older[entry]!;
      }
      return found;
    },
    add(id, bandKeys) {
      for (const bandKey of bandKeys) {
        if (entries === keys.length) growEntries();
        // Half full at most, so probe runs stay short.
        if ((buckets + 1) * 2 > slots.length) growSlots();
        const bucket = bucketOf(bandKey);
        const slot = slotOf(bucket);
        const newest = slots[slot]!;
        if (newest === EMPTY) buckets++;
        // An article whose two bands fall in one bucket is listed there once.
        else if (articles[newest] === id) continue;
        keys[entries] = bucket;
        articles[entries] = id;
        older[entries] = newest;
        slots[slot] = entries++;
      }
      through = Math.max(through, id);
    },
  };
}

/** Signatures of articles stored after `after`, in id order, as `lshBandKeys` sees them. */
export interface SignatureSource {
  iterate(after: number): Iterable<{ id: number; signature: Buffer | null }>;
}

/** Adds to `index` every article of `source` it does not hold yet. */
export function catchUp(index: LshIndex, source: SignatureSource): void {
  for (const { id, signature } of source.iterate(index.through)) {
    // Stored signatures keep each bin's low 16 bits, all that band keys are made of.
    index.add(id, signature === null ? [] : lshBandKeys(signatureFromBytes(signature)));
  }
}
