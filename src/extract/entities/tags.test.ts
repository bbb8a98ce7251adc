import { test } from "node:test";
import assert from "node:assert/strict";
import { TAGS, tagIndexOf } from "./tags.js";
import { chunksOf, scoreChunks } from "./chunks.js";
import { parseConll } from "./conll.js";
import { formatNerModel, parseNerModel, type NerModel } from "./tagger.js";

const labels: [string, string][] = [
  ["B-Politician", "B-PER"],
  ["I-Population-Center", "I-LOC"],
  ["B-Group", "B-MISC"],
  ["B-Building-Grounds", "B-LOC"],
  ["B-Media", "B-ORG"],
  ["B-PERS", "B-PER"],
  ["B-GPE", "B-LOC"],
  ["I--ORG", "I-ORG"],
  ["B-MIS1`", "B-MISC"],
  ["B-MIS-2", "B-MISC"],
  ["B-DATE", "O"],
  ["OO", "O"],
];
for (const [label, tag] of labels)
  test(`maps ${label} to ${tag}`, () => assert.equal(TAGS[tagIndexOf(label)], tag));

test("reads FANE lines with LRM marks and tabs", () => {
  const [sentence] = parseConll("\u200eالمانيا\tB-Nation\n\u200eتواجه\tO\n\u200e\t\n");
  assert.deepEqual(sentence?.words, ["المانيا", "تواجه"]);
  assert.deepEqual(
    sentence?.tags.map((t) => TAGS[t]),
    ["B-LOC", "O"],
  );
});

test("opens a chunk on a stray I- tag, as conlleval does", () => {
  assert.deepEqual(chunksOf([0, 2, 2, 0, 1]), [
    { start: 1, end: 3, type: "PER" },
    { start: 4, end: 5, type: "PER" },
  ]);
});

test("scores exact spans only", () => {
  const micro = scoreChunks([
    { gold: [{ start: 0, end: 2, type: "PER" }], found: [{ start: 0, end: 1, type: "PER" }] },
  ]).at(-1)!;
  assert.equal(micro.correct, 0);
  assert.equal(micro.found, 1);
});

test("a model file round-trips", () => {
  const T = TAGS.length;
  const model: NerModel = {
    name: "ner-test",
    version: "1",
    bits: 10,
    weights: Float32Array.from({ length: 1024 * T }, (_, i) => (i % 97 === 0 ? (i % 7) - 3.5 : 0)),
    weightUnit: 1,
    transitions: Float32Array.from({ length: T * T }, (_, i) => i / 10),
    start: Float32Array.from({ length: T }, (_, i) => -i),
  };
  const parsed = parseNerModel(formatNerModel(model, { licence: "MIT" }));
  assert.deepEqual(
    Array.from(parsed.weights, (w) => w * parsed.weightUnit),
    Array.from(model.weights),
  );
  assert.deepEqual(
    Array.from(parsed.transitions, (w) => Math.round(w * 1000)),
    Array.from(model.transitions, (w) => Math.round(w * 1000)),
  );
});
