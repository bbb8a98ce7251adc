import { test } from "node:test";
import assert from "node:assert/strict";
import { lshBandKeys, minhashSignature, signatureToBytes } from "../../search/index.js";
import { catchUp, createLshIndex } from "./lsh-index.js";

const words = (from: number, count: number) => Array.from({ length: count }, (_, i) => `w${from + i}`);

test("a bucket lists its articles newest first, up to the limit", () => {
  const index = createLshIndex();
  const key = 3 * 0x100000000 + 12345;
  for (let id = 1; id <= 30; id++) index.add(id, [key]);
  assert.deepEqual(index.bucket(key, 4), [30, 29, 28, 27]);
  assert.equal(index.bucket(key, 100).length, 30);
  assert.equal(index.through, 30);
});

test("the same hash in two bands is two buckets", () => {
  const index = createLshIndex();
  index.add(1, [12345]);
  assert.deepEqual(index.bucket(0x100000000 + 12345, 16), []);
  assert.deepEqual(index.bucket(12345, 16), [1]);
});

test("every article stays findable while the index grows past its first arrays", () => {
  const index = createLshIndex();
  const articles = 8000; // 160,000 band keys: several doublings of entries and slots
  const keysOf = (id: number) => lshBandKeys(minhashSignature(words(id * 1000, 40))!);
  for (let id = 1; id <= articles; id++) index.add(id, keysOf(id));
  for (const id of [1, 2, 777, 4096, articles]) {
    for (const key of keysOf(id)) assert.ok(index.bucket(key, 16).includes(id), `article ${id}`);
  }
});

test("catching up reads only articles after the last one indexed, from their stored signatures", () => {
  const stored = [1, 2, 3].map((id) => ({
    id,
    signature: Buffer.from(signatureToBytes(minhashSignature(words(id * 100, 30))!)),
  }));
  const asked: number[] = [];
  const source = {
    iterate: (after: number) => {
      asked.push(after);
      return stored.filter((row) => row.id > after);
    },
  };
  const index = createLshIndex();
  catchUp(index, source);
  const keys = lshBandKeys(minhashSignature(words(200, 30))!);
  assert.ok(keys.every((key) => index.bucket(key, 16).includes(2)));
  stored.push({ id: 4, signature: Buffer.from(signatureToBytes(minhashSignature(words(200, 30))!)) });
  catchUp(index, source);
  assert.deepEqual(asked, [0, 3]);
  assert.deepEqual(index.bucket(keys[0]!, 16), [4, 2]);
});
