import { test } from "node:test";
import assert from "node:assert/strict";
import { formatNerModel, parseNerModel, type NerModel } from "./tagger.js";
import { TAG_COUNT } from "./tags.js";

/** A 2^10-bucket model whose weights, in thousandths, reach `largest` (past 16 bits when large). */
function modelReaching(largest: number): NerModel {
  const T = TAG_COUNT;
  // A seeded generator: the same weights on every run, zero rows and negative cells included.
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const weights = Float32Array.from({ length: 1024 * T }, () =>
    next() < 0.7 ? 0 : Math.round((next() * 2 - 1) * largest) / 1000,
  );
  weights[5 * T + 3] = largest / 1000;
  weights[9 * T] = -largest / 1000;
  return {
    name: "ner-test",
    version: "1",
    bits: 10,
    weights,
    weightUnit: 1,
    transitions: new Float32Array(T * T),
    start: new Float32Array(T),
  };
}

test("packs weights past 16 bits into a unit, each within half a unit of the file's", () => {
  const model = modelReaching(100_000);
  const parsed = parseNerModel(formatNerModel(model, {}));
  assert.ok(parsed.weights instanceof Int16Array);
  assert.equal(parsed.weights.length, model.weights.length);
  // 100,000 thousandths need a unit of 4 thousandths to fit in 16 bits.
  assert.equal(parsed.weightUnit, 0.004);
  let nonZero = 0;
  for (let i = 0; i < model.weights.length; i++) {
    // In thousandths, as the file writes them: the unit is 4 of them.
    const written = Math.round(model.weights[i]! * 1000);
    const error = Math.abs(parsed.weights[i]! * 4 - written);
    assert.ok(error <= 2, `cell ${i}: ${parsed.weights[i]} units vs ${written} thousandths`);
    if (model.weights[i] !== 0) nonZero++;
  }
  assert.ok(nonZero > 2000, "the model has non-zero cells to check");
  assert.equal(parsed.weights[5 * TAG_COUNT + 3], 25_000);
  assert.equal(parsed.weights[9 * TAG_COUNT], -25_000);
});

test("reads a file whose weights fit 16 bits exactly", () => {
  const model = modelReaching(30_000);
  const parsed = parseNerModel(formatNerModel(model, {}));
  assert.equal(parsed.weightUnit, 0.001);
  assert.deepEqual(
    Array.from(parsed.weights),
    Array.from(model.weights, (w) => Math.round(w * 1000)),
  );
});

test("names the place of a malformed bucket line", () => {
  const text = formatNerModel(modelReaching(1000), {}).replace(/\n(\d+) /, "\n$1 7 ");
  assert.throws(() => parseNerModel(text), /bad bucket line near offset/);
});

test("rejects a file without its bits or with another tag set", () => {
  const text = formatNerModel(modelReaching(1000), {});
  assert.throws(() => parseNerModel(text.replace(/bits=\d+/, "bits=x")), /bits=/);
  assert.throws(() => parseNerModel(text.replace("B-MISC", "B-EVENT")), /tag set differs/);
});
