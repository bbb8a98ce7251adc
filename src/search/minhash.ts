/**
 * Near-duplicate and same-story detection: MinHash signatures over word shingles of the index
 * terms, and locality-sensitive hashing by banding (Broder 1997; Leskovec, Rajaraman & Ullman,
 * Mining of Massive Datasets, ch. 3). Articles sharing a band key are candidates; a candidate
 * whose estimated Jaccard similarity reaches `STORY_SIMILARITY` is the same story.
 */
import { fmix32, murmur32 } from "./hash32.js";

/** Words per shingle: three is short enough to survive an outlet's light rewrite of a wire story. */
export const SHINGLE_WORDS = 3;
/** Bands × rows = hash functions. 20 × 3 puts the LSH threshold near (1/20)^(1/3) ≈ 0.37. */
export const LSH_BANDS = 20;
export const LSH_ROWS = 3;
export const SIGNATURE_LENGTH = LSH_BANDS * LSH_ROWS;
/** Estimated Jaccard similarity of shingle sets from which two articles are one story. */
export const STORY_SIMILARITY = 0.4;

/**
 * The MinHash signature of a term sequence, by one-permutation hashing with densification
 * (Li, Owen & Zhang 2012; Shrivastava & Li 2014): each shingle is hashed once, the hash picks one
 * of SIGNATURE_LENGTH bins and each bin keeps its least hash; an empty bin borrows from the next
 * filled one. Agreeing bins estimate Jaccard similarity as k hash functions would, at 1/k the cost.
 * A text shorter than one shingle is one shingle; no terms give null.
 */
export function minhashSignature(terms: readonly string[]): Uint32Array | null {
  if (terms.length === 0) return null;
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(EMPTY);
  // Each term is hashed once; a shingle's hash chains its terms' hashes (order matters), so no
  // shingle string is ever built.
  const termHashes = new Uint32Array(terms.length);
  for (let i = 0; i < terms.length; i++) termHashes[i] = murmur32(terms[i]!, 0);
  const count = Math.max(1, terms.length - SHINGLE_WORDS + 1);
  const width = Math.min(SHINGLE_WORDS, terms.length);
  for (let i = 0; i < count; i++) {
    let hash = 0;
    for (let k = 0; k < width; k++) hash = fmix32(Math.imul(hash, 0x9e3779b1) ^ termHashes[i + k]!);
    const bin = Math.floor((hash / 0x100000000) * SIGNATURE_LENGTH);
    // The bin took the high bits; the value within it is a fresh mix so bins do not correlate.
    const value = fmix32(hash ^ 0x5bd1e995);
    if (value < signature[bin]!) signature[bin] = value;
  }
  for (let bin = 0; bin < SIGNATURE_LENGTH; bin++) {
    if (signature[bin] !== EMPTY) continue;
    let from = (bin + 1) % SIGNATURE_LENGTH;
    let distance = 1;
    while (signature[from] === EMPTY && distance < SIGNATURE_LENGTH) {
      from = (from + 1) % SIGNATURE_LENGTH;
      distance++;
    }
    // Borrowed values are salted with the distance so two empty bins never copy one value blindly.
    signature[bin] = fmix32(signature[from]! + Math.imul(distance, 0x9e3779b9));
  }
  return signature;
}

const EMPTY = 0xffffffff;

/**
 * LSH band keys of a signature: band b's rows hashed to 32 bits, plus b × 2^32 so that equal keys
 * mean the same band. Each key is a non-negative integer below 2^37, safe in a JS number and a
 * 64-bit column. Only each bin's low 16 bits enter, as stored signatures keep no more.
 */
export function lshBandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = band + 1;
    for (let row = 0; row < LSH_ROWS; row++) h = fmix32(h ^ (signature[band * LSH_ROWS + row]! & 0xffff));
    keys.push(band * 0x100000000 + h);
  }
  return keys;
}

/**
 * Estimated Jaccard similarity of the shingle sets: the share of bins whose minima agree in their
 * low 16 bits (b-bit MinHash, Li & König 2010: at 16 bits the bias, (1 − J)/65536, is negligible),
 * so a full signature compares with a stored one (`signatureToBytes` keeps those 16 bits).
 */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  const length = Math.min(a.length, b.length);
  if (length === 0) return 0;
  let same = 0;
  for (let i = 0; i < length; i++) if (((a[i]! ^ b[i]!) & 0xffff) === 0) same++;
  return same / length;
}

/** A signature as bytes for storage: the low 16 bits of each bin, little-endian (2 bytes a bin). */
export function signatureToBytes(signature: Uint32Array): Uint8Array {
  const bytes = new Uint8Array(signature.length * 2);
  const view = new DataView(bytes.buffer);
  signature.forEach((value, i) => view.setUint16(i * 2, value & 0xffff, true));
  return bytes;
}

/** Reads back `signatureToBytes` (each bin's low 16 bits, which is all `signatureSimilarity` compares). */
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = new Uint32Array(bytes.byteLength >>> 1);
  for (let i = 0; i < signature.length; i++) signature[i] = view.getUint16(i * 2, true);
  return signature;
}
