import assert from "node:assert/strict";
import { test } from "node:test";
import {
  lshBandKeys,
  minhashSignature,
  signatureFromBytes,
  signatureSimilarity,
  signatureToBytes,
  LSH_BANDS,
  SIGNATURE_LENGTH,
} from "./minhash.js";

/** A deterministic pseudo-text of `n` distinct words (a linear congruential sequence). */
function words(n: number, seed: number): string[] {
  const out: string[] = [];
  let state = seed;
  for (let i = 0; i < n; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(`w${state % 100000}`);
  }
  return out;
}

test("gives identical texts identical signatures and band keys", () => {
  const text = words(200, 1);
  const a = minhashSignature(text)!;
  const b = minhashSignature([...text])!;
  assert.equal(a.length, SIGNATURE_LENGTH);
  assert.equal(signatureSimilarity(a, b), 1);
  assert.deepEqual(lshBandKeys(a), lshBandKeys(b));
});

test("estimates a high similarity for a lightly edited copy, and shares a band", () => {
  const text = words(300, 2);
  const edited = [...text.slice(0, 140), "تعديل", ...text.slice(141, 290)];
  const a = minhashSignature(text)!;
  const b = minhashSignature(edited)!;
  assert.ok(signatureSimilarity(a, b) > 0.75, `similarity ${signatureSimilarity(a, b)}`);
  const shared = lshBandKeys(a).filter((key) => lshBandKeys(b).includes(key));
  assert.ok(shared.length > 0);
});

test("estimates a low similarity for unrelated texts", () => {
  const a = minhashSignature(words(300, 3))!;
  const b = minhashSignature(words(300, 4))!;
  assert.ok(signatureSimilarity(a, b) < 0.1);
});

test("keeps each band's keys apart and below 2^37", () => {
  const keys = lshBandKeys(minhashSignature(words(50, 5))!);
  assert.equal(keys.length, LSH_BANDS);
  keys.forEach((key, band) => {
    assert.equal(Math.floor(key / 2 ** 32), band);
    assert.ok(Number.isSafeInteger(key));
  });
});

test("gives null for no terms and a signature for a text shorter than a shingle", () => {
  assert.equal(minhashSignature([]), null);
  assert.notEqual(minhashSignature(["سوريا"]), null);
});

test("stores two bytes a bin and compares a stored signature with a fresh one", () => {
  const signature = minhashSignature(words(40, 6))!;
  const bytes = signatureToBytes(signature);
  assert.equal(bytes.length, SIGNATURE_LENGTH * 2);
  assert.equal(signatureSimilarity(signatureFromBytes(bytes), signature), 1);
  assert.ok(signatureSimilarity(signatureFromBytes(bytes), minhashSignature(words(40, 7))!) < 0.2);
});
