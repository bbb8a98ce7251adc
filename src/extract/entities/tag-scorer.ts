/**
 * The tagger's fast path: the same tags as decode(model, sentenceFeatures(keys, …)), computed
 * without hashing every template for every token.
 *
 * 19 of the 30 templates (features.ts) read only the word at a fixed distance from the token (its
 * key, stem, affixes, shape or word class), so their weight rows are summed once per word type and
 * distance and kept in a bounded memo. Only the pair templates and the gazetteer templates, which
 * depend on the neighbours or on multi-word spans, are hashed per token. The sums are integers in
 * the model's weight units, so the order of addition does not change a score.
 */
import type { Gazetteer } from "./gazetteer.js";
import { BOUNDARY, bucketOf, hashRange, mix, sentenceFeatures, shapeOf, stemStart } from "./features.js";
import { bestPath, constrained, decode, type BioScores, type NerModel } from "./tagger.js";
import { TAG_COUNT } from "./tags.js";

/** Tags a sentence given its tokens' match keys; holds a cache, so one per loaded model. */
export interface TagScorer {
  /**
   * BIO tag numbers, one per key: exactly decode(model, sentenceFeatures(keys, bits, gazetteer), n).
   * The array is the scorer's scratch, valid until its next call.
   */
  tag(keys: readonly string[]): Uint8Array;
}

const T = TAG_COUNT;
/** Per word type: summed rows when it is the token itself, then one, one after, two before, two after. */
const OWN = 0;
const AS_PREVIOUS = T;
const AS_NEXT = 2 * T;
const AS_SECOND_PREVIOUS = 3 * T;
const AS_SECOND_NEXT = 4 * T;
const STRIDE = 5 * T;
/** Per word type: hashes of the word and the stem, shape, word class and gazetteer bits. */
const WORD = 0;
const STEM = 1;
const SHAPE = 2;
const CLASS = 3;
const GAZ = 4;
const INFO = 5;

/**
 * Word types memoised before the memo is emptied: 128 k types hold ~24 MB of sums and the 86 k word
 * types of the 5,300-article news sample, which 64 k did not (the memo emptied and refilled on every pass).
 */
const DEFAULT_CAPACITY = 1 << 17;

/** Builds the scorer for a model and gazetteer; `capacity` (word types) bounds its memo. */
export function buildTagScorer(
  model: NerModel,
  gazetteer: Gazetteer,
  capacity = DEFAULT_CAPACITY,
): TagScorer {
  const { weights, weightUnit, bits } = model;
  const mask = (1 << bits) - 1;
  const isPacked = weights instanceof Int16Array;
  const bio: BioScores = constrained(model.transitions, model.start);
  const sums = new Int32Array(capacity * STRIDE);
  const info = new Int32Array(capacity * INFO);
  /** Per word type: gazetteer.phraseHead of the word, and the word itself. */
  const heads: (string | null)[] = [null];
  const keyOf: string[] = [""];
  // Open addressing over the word hashes, at most half full: a Map would hash each token's key
  // string again, and its entries are scattered further over the heap.
  const slotMask = (1 << Math.ceil(Math.log2(2 * capacity))) - 1;
  const slots = new Int32Array(slotMask + 1);
  // Type 0 stands for the positions beyond the sentence's ends and is never evicted.
  let count = 1;
  info.fill(BOUNDARY, 0, INFO);
  addContext(0, BOUNDARY, BOUNDARY);
  // Scratch rows reused from sentence to sentence; grown when a longer sentence comes.
  let at = new Int32Array(0);
  let spans = new Int32Array(0);
  let score = new Float64Array(0);
  let best = new Float64Array(0);
  let back = new Uint8Array(0);
  let tags = new Uint8Array(0);
  const sentenceHeads: (string | null)[] = [];

  /** Adds template `template`'s weight row for `value` into sums[into, into + T). */
  function add(into: number, template: number, value: number): void {
    const b = bucketOf(value, template, mask) * T;
    for (let k = 0; k < T; k++) sums[into + k]! += weights[b + k]!;
  }

  /** The templates reading a neighbour's word and stem (2–5, 7, 8 in features.ts). */
  function addContext(type: number, word: number, stem: number): void {
    const base = type * STRIDE;
    add(base + AS_PREVIOUS, 2, word);
    add(base + AS_PREVIOUS, 7, stem);
    add(base + AS_NEXT, 3, word);
    add(base + AS_NEXT, 8, stem);
    add(base + AS_SECOND_PREVIOUS, 4, word);
    add(base + AS_SECOND_NEXT, 5, word);
  }

  /** Memoises a word type: its own templates (0, 1, 6, 9–16, 26, 29) and its context rows. */
  function addType(key: string, word: number): number {
    const type = count++;
    const base = type * STRIDE;
    sums.fill(0, base, base + STRIDE);
    const len = key.length;
    const s = stemStart(key);
    const stem = s === 0 ? key : key.slice(s);
    const stemHash = hashRange(2, key, s, len);
    const shape = shapeOf(key);
    const cls = gazetteer.wordClass(stem);
    const i = type * INFO;
    info[i + WORD] = word;
    info[i + STEM] = stemHash;
    info[i + SHAPE] = shape;
    info[i + CLASS] = cls;
    info[i + GAZ] = gazetteer.tagsOf(key, stem);
    heads[type] = gazetteer.phraseHead(key, stem);
    add(base, 0, 0x1234567);
    add(base, 1, word);
    add(base, 6, stemHash);
    add(base, 9, hashRange(3, key, s, Math.min(len, s + 1)));
    add(base, 10, hashRange(4, key, s, Math.min(len, s + 2)));
    add(base, 11, hashRange(5, key, s, Math.min(len, s + 3)));
    add(base, 12, hashRange(6, key, Math.max(s, len - 1), len));
    add(base, 13, hashRange(7, key, Math.max(s, len - 2), len));
    add(base, 14, hashRange(8, key, Math.max(s, len - 3), len));
    add(base, 15, hashRange(9, key, 0, s));
    add(base, 16, shape);
    add(base, 26, cls);
    add(
      base,
      29,
      mix(hashRange(10, key, s, Math.min(len, s + 4)), hashRange(11, key, Math.max(s, len - 4), len)),
    );
    addContext(type, word, stemHash);
    keyOf[type] = key;
    let slot = word & slotMask;
    while (slots[slot] !== 0) slot = (slot + 1) & slotMask;
    slots[slot] = type;
    return type;
  }

  /** The memoised type of `key`, from the slot table; 0 when it is not there (yet). */
  function find(key: string, hash: number): number {
    for (let slot = hash & slotMask; ; slot = (slot + 1) & slotMask) {
      const type = slots[slot]!;
      if (type === 0 || (info[type * INFO + WORD] === hash && keyOf[type] === key)) return type;
    }
  }

  function tag(keys: readonly string[]): Uint8Array {
    const n = keys.length;
    // A sentence longer than the memo (a list of thousands of words) takes the plain path, as does
    // a model being trained: its weights are fractions, which the integer sums would cut.
    if (n + 1 > capacity || !isPacked) return decode(model, sentenceFeatures(keys, bits, gazetteer), n);
    if (count + n > capacity) {
      slots.fill(0);
      keyOf.length = 1;
      count = 1;
    }
    if (at.length < n + 4) {
      at = new Int32Array(2 * n + 4);
      spans = new Int32Array(2 * n);
      score = new Float64Array(2 * n * T);
      best = new Float64Array(2 * n * T);
      back = new Uint8Array(2 * n * T);
      tags = new Uint8Array(2 * n);
    }
    // Word types by position, shifted by two: at[0], at[1] and at[n + 2], at[n + 3] are beyond the ends.
    at.fill(0, 0, n + 4);
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      // The word's hash (template 1's value) doubles as its slot number: one hash per token.
      const hash = hashRange(1, key, 0, key.length);
      const type = find(key, hash) || addType(key, hash);
      at[i + 2] = type;
      sentenceHeads[i] = heads[type]!;
    }
    gazetteer.spanTagsOfHeads(keys, sentenceHeads, spans);
    for (let i = 0; i < n; i++) {
      const p = i + 2;
      const own = at[p]! * STRIDE + OWN;
      const previous = at[p - 1]! * STRIDE + AS_PREVIOUS;
      const next = at[p + 1]! * STRIDE + AS_NEXT;
      const previous2 = at[p - 2]! * STRIDE + AS_SECOND_PREVIOUS;
      const next2 = at[p + 2]! * STRIDE + AS_SECOND_NEXT;
      // The templates over two or three tokens and the gazetteer's, as in sentenceFeatures: all
      // row numbers first, so their scattered reads can be in flight together.
      const o = at[p]! * INFO;
      const b = at[p - 1]! * INFO;
      const a = at[p + 1]! * INFO;
      const gaz = info[o + GAZ]! | (spans[i]! << 12);
      const gazBefore = i > 0 ? info[b + GAZ]! | (spans[i - 1]! << 12) : BOUNDARY;
      const gazAfter = i + 1 < n ? info[a + GAZ]! | (spans[i + 1]! << 12) : BOUNDARY;
      const r17 = bucketOf(mix(mix(info[b + SHAPE]!, info[o + SHAPE]!), info[a + SHAPE]!), 17, mask) * T;
      const r18 = bucketOf(mix(info[b + WORD]!, info[o + WORD]!), 18, mask) * T;
      const r19 = bucketOf(mix(info[o + WORD]!, info[a + WORD]!), 19, mask) * T;
      const r20 = bucketOf(mix(info[b + STEM]!, info[o + STEM]!), 20, mask) * T;
      const r21 = bucketOf(mix(info[o + STEM]!, info[a + STEM]!), 21, mask) * T;
      const r22 = bucketOf(gaz, 22, mask) * T;
      const r23 = bucketOf(gazBefore, 23, mask) * T;
      const r24 = bucketOf(gazAfter, 24, mask) * T;
      const r25 = bucketOf(mix(gaz, info[b + STEM]!), 25, mask) * T;
      const r27 = bucketOf(mix(info[b + CLASS]!, info[o + CLASS]!), 27, mask) * T;
      const r28 = bucketOf(mix(info[o + CLASS]!, info[a + CLASS]!), 28, mask) * T;
      const row = i * T;
      for (let k = 0; k < T; k++) {
        const memoised =
          sums[own + k]! + sums[previous + k]! + sums[next + k]! + sums[previous2 + k]! + sums[next2 + k]!;
        const hashed =
          weights[r17 + k]! +
          weights[r18 + k]! +
          weights[r19 + k]! +
          weights[r20 + k]! +
          weights[r21 + k]! +
          weights[r22 + k]! +
          weights[r23 + k]! +
          weights[r24 + k]! +
          weights[r25 + k]! +
          weights[r27 + k]! +
          weights[r28 + k]!;
        score[row + k] = (memoised + hashed) * weightUnit;
      }
    }
    return bestPath(score, n, bio, best, back, tags);
  }

  return Object.freeze({ tag });
}
