import assert from "node:assert/strict";
import { test } from "node:test";
import { isMarsadError } from "../../doc/index.js";
import { nounKeys, parseEventLexicon, verbKeys } from "./event-lexicon.js";

const HEADER = "# name=test-triggers version=0.1.0 licence=CC0-1.0 types=KILL,RETREAT,OTHER source=tests";

/** Each verb key compiles to the inflected key beside it. */
function assertInflections(pairs: readonly (readonly [verb: string, form: string])[]): void {
  for (const [verb, form] of pairs) assert.ok(verbKeys(verb).includes(form), `${verb} gives ${form}`);
}

test("compiles perfect and imperfect forms of a verb", () => {
  assertInflections([
    ["قتل", "قتلوا"],
    ["قتل", "يقتلون"],
    ["اعتقل", "تعتقل"],
    ["اعلن", "يعلن"],
    ["اعتقل", "اعتقلت"],
  ]);
});

test("compiles the imperfect of a hollow verb of forms IV and X with its ي", () => {
  assertInflections([
    ["استقال", "يستقيل"],
    ["استعاد", "تستعيد"],
    ["اطاح", "يطيح"],
    ["اقال", "يقيلون"],
  ]);
  // A form VIII verb keeps its ا (اختار → يختار): only four-letter forms IV are read as hollow.
  assert.ok(!verbKeys("اختار").includes("يختير"));
});

test("compiles accusative, dual and plural forms of a noun", () => {
  assert.ok(nounKeys("هجوم").includes("هجوما"));
  assert.ok(nounKeys("غاره").includes("غارات"));
  assert.ok(nounKeys("غاره").includes("غارتين"));
});

test("folds forms with matchKey and puts readings with a context first", () => {
  const lexicon = parseEventLexicon(
    `${HEADER}\nأطلق\tverb\tRETREAT\t+سراح\nأطلق\tverb\tOTHER\nفي\tplace-cue\t-\n`,
  );
  const senses = lexicon.triggers.get("اطلقت") ?? [];
  assert.deepEqual(
    senses.map((sense) => sense.type),
    ["RETREAT", "OTHER"],
  );
  assert.equal(lexicon.cues.get("في")?.class, "place-cue");
  assert.equal(lexicon.name, "test-triggers");
});

test("rejects a header without a version, an unknown class and an unknown type", () => {
  for (const data of [
    "# name=x\nقتل\tverb\tKILL",
    `${HEADER}\nقتل\tverbal\tKILL`,
    `${HEADER}\nقتل\tverb\tMURDER`,
    `${HEADER}\nقتل\tverb\tKILL\t*بالسجن`,
  ]) {
    assert.throws(
      () => parseEventLexicon(data),
      (error) => isMarsadError(error) && error.code === "input.format",
    );
  }
});
