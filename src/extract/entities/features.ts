/**
 * Hashed features of the named-entity tagger. Each token gets FEATURE_COUNT bucket numbers in
 * [0, 2^bits): word, stem, affix, shape, clitic, context, gazetteer and word-class templates, each
 * hashed with its template number so no strings are built per token (the tagger reads ~10^6 tokens/s).
 *
 * Tokens are read through their match key (matchKey in src/text): NewsFANE drops hamzas that
 * ANERcorp and most outlets write, and the folded key makes both spellings one feature.
 */
import type { Gazetteer } from "./gazetteer.js";

/** Features per token; templates that do not apply (no previous word) hash a boundary value. */
export const FEATURE_COUNT = 30;

/** What the feature extractor needs of a sentence: its tokens' match keys. */
export type SentenceKeys = readonly string[];

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The value of a word, stem, shape, gazetteer or class template beyond the sentence's ends. */
export const BOUNDARY = 0x2545f491;

/** FNV-1a over key[start, end), seeded so the same letters under two templates differ. */
export function hashRange(seed: number, key: string, start: number, end: number): number {
  let h = FNV_OFFSET ^ Math.imul(seed, 0x9e3779b1);
  for (let i = start; i < end; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Mixes a value into a hash (murmur2 step); pairs and triples of templates are built with it. */
export function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x5bd1e995);
  return h ^ (h >>> 15);
}

/** Arabic letters ا..ي and their folded neighbours; used for shapes and clitic stripping. */
function isArabicLetter(code: number): boolean {
  return code >= 0x0621 && code <= 0x064a;
}

/**
 * Where the stem starts once a conjunction (و ف), a preposition (ب ل ك) and the article ال are
 * taken off, by spelling alone. This is a feature, not the segmentation (that is segmentWord's job
 * in src/text): it only has to be the same at training and tagging time. Keeps 3 letters at least.
 */
export function stemStart(key: string): number {
  let i = 0;
  const c0 = key.charCodeAt(0);
  if ((c0 === 0x0648 || c0 === 0x0641) && key.length > 4) i = 1; // و ف
  const c = key.charCodeAt(i);
  if (
    (c === 0x0628 || c === 0x0643) &&
    key.charCodeAt(i + 1) === 0x0627 &&
    key.charCodeAt(i + 2) === 0x0644 &&
    key.length - i > 5
  ) {
    return i + 3; // بال كال
  }
  if (c === 0x0644 && key.charCodeAt(i + 1) === 0x0644 && key.length - i > 4) return i + 2; // لل
  if (c === 0x0627 && key.charCodeAt(i + 1) === 0x0644 && key.length - i > 4) return i + 2; // ال
  return i;
}

/** 0 Arabic word, 1 number, 2 Latin word, 3 punctuation or symbol; times 8, plus a length bucket. */
export function shapeOf(key: string): number {
  const code = key.charCodeAt(0);
  let cls = 3;
  if (isArabicLetter(code)) cls = 0;
  else if (code >= 0x30 && code <= 0x39) cls = 1;
  else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) cls = 2;
  return cls * 8 + Math.min(key.length, 7);
}

/** The bucket of template number `template` with this value, in [0, mask]. */
export function bucketOf(value: number, template: number, mask: number): number {
  return mix(value, template * 0x27d4eb2f) & mask;
}

/**
 * Bucket numbers for every token of a sentence: FEATURE_COUNT per token, token i's at
 * [i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT).
 */
export function sentenceFeatures(keys: SentenceKeys, bits: number, gazetteer: Gazetteer): Int32Array {
  const n = keys.length;
  const mask = (1 << bits) - 1;
  const word = new Int32Array(n + 4);
  const stem = new Int32Array(n + 4);
  const shape = new Int32Array(n + 4);
  const gaz = new Int32Array(n + 4);
  const cls = new Int32Array(n + 4);
  word.fill(BOUNDARY);
  stem.fill(BOUNDARY);
  shape.fill(BOUNDARY);
  gaz.fill(BOUNDARY);
  cls.fill(BOUNDARY);
  const starts = new Int32Array(n);
  const stems: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const s = stemStart(key);
    starts[i] = s;
    stems[i] = s === 0 ? key : key.slice(s);
    word[i + 2] = hashRange(1, key, 0, key.length);
    stem[i + 2] = hashRange(2, key, s, key.length);
    shape[i + 2] = shapeOf(key);
    cls[i + 2] = gazetteer.wordClass(stems[i]!);
  }
  const spans = gazetteer.spanTags(keys, stems);
  for (let i = 0; i < n; i++) gaz[i + 2] = gazetteer.tagsOf(keys[i]!, stems[i]!) | (spans[i]! << 12);
  const out = new Int32Array(n * FEATURE_COUNT);
  // One writer per sentence, not an array per token: template t's value is mixed with t.
  let o = 0;
  let t = 0;
  const put = (value: number) => {
    out[o++] = bucketOf(value, t, mask);
    t++;
  };
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const s = starts[i]!;
    const len = key.length;
    const p = i + 2;
    t = 0;
    put(0x1234567); // bias
    put(word[p]!);
    put(word[p - 1]!);
    put(word[p + 1]!);
    put(word[p - 2]!);
    put(word[p + 2]!);
    put(stem[p]!);
    put(stem[p - 1]!);
    put(stem[p + 1]!);
    put(hashRange(3, key, s, Math.min(len, s + 1)));
    put(hashRange(4, key, s, Math.min(len, s + 2)));
    put(hashRange(5, key, s, Math.min(len, s + 3)));
    put(hashRange(6, key, Math.max(s, len - 1), len));
    put(hashRange(7, key, Math.max(s, len - 2), len));
    put(hashRange(8, key, Math.max(s, len - 3), len));
    put(hashRange(9, key, 0, s)); // the clitics themselves: و, وال, لل
    put(shape[p]!);
    put(mix(mix(shape[p - 1]!, shape[p]!), shape[p + 1]!));
    put(mix(word[p - 1]!, word[p]!));
    put(mix(word[p]!, word[p + 1]!));
    put(mix(stem[p - 1]!, stem[p]!));
    put(mix(stem[p]!, stem[p + 1]!));
    put(gaz[p]!);
    put(gaz[p - 1]!);
    put(gaz[p + 1]!);
    put(mix(gaz[p]!, stem[p - 1]!));
    put(cls[p]!);
    put(mix(cls[p - 1]!, cls[p]!));
    put(mix(cls[p]!, cls[p + 1]!));
    put(mix(hashRange(10, key, s, Math.min(len, s + 4)), hashRange(11, key, Math.max(s, len - 4), len)));
  }
  return out;
}
