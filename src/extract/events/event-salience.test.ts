import assert from "node:assert/strict";
import { test } from "node:test";
import { isMarsadError } from "../../doc/index.js";
import { analyzeText } from "../../pipeline/index.js";
import { eventCandidates } from "./event-candidates.js";
import {
  candidateSalience,
  keepMain,
  parseSalienceModel,
  salience,
  salienceFeatures,
} from "./event-salience.js";
import {
  bestSelection,
  fitLogistic,
  formatSalienceModel,
  LEXICAL_PENALTY,
  selected,
  type TrainingRow,
} from "./salience-fit.js";
import type { EventRecord } from "./index.js";
import { mergeRepeats } from "./merge-events.js";
import { eventRecord, resources, triggersOf } from "./test-support.js";

const HEADER = "# name=test-salience version=0.1.0 licence=CC0-1.0 source=tests";

test("reads weights, the threshold and at-least, and scores by the logistic function", () => {
  const model = parseSalienceModel(
    `${HEADER}\nthreshold\t0.50\nat-least\t2\nbias\t-1\nlead\t2\ntype=KILL\t0.5\n`,
  );
  assert.equal(model.threshold, 0.5);
  assert.equal(model.atLeast, 2);
  const p = salience(model, [
    ["bias", 1],
    ["lead", 1],
    ["type=KILL", 1],
  ]);
  assert.ok(Math.abs(p - 1 / (1 + Math.exp(-1.5))) < 1e-12);
  assert.equal(salience(model, [["unseen", 1]]), 0.5);
});

test("rejects a model without a threshold or with an unknown feature", () => {
  for (const data of [
    `${HEADER}\nbias\t1`,
    `${HEADER}\nthreshold\t0.5\nwhatever\t1`,
    `${HEADER}\nthreshold\t0.5\nform=KILL\t1`,
    `${HEADER}\nthreshold\t0.5\nform=kill:قتل\t1`,
    `# name=x\nthreshold\t0.5`,
  ]) {
    assert.throws(
      () => parseSalienceModel(data),
      (error) => isMarsadError(error) && error.code === "input.format",
    );
  }
});

test("keeps events above the threshold and the article's most salient ones", () => {
  assert.deepEqual(keepMain([0.1, 0.7, 0.2, 0.05], 0.5, 0), [false, true, false, false]);
  assert.deepEqual(keepMain([0.1, 0.7, 0.2, 0.05], 0.5, 2), [false, true, true, false]);
  assert.deepEqual(keepMain([0.3, 0.3], 0.5, 1), [true, false]);
});

test("the committed model loads with a threshold, a bias and type priors of lexicon types", () => {
  const model = resources.eventSalience;
  assert.ok(model.threshold > 0 && model.threshold < 1);
  assert.ok(model.weights.has("bias"));
  for (const name of model.weights.keys()) {
    if (name.startsWith("type=")) assert.ok(resources.events.types.includes(name.slice(5)), name);
    if (name.startsWith("form="))
      assert.ok(resources.events.types.includes(name.slice(5, name.indexOf(":"))), name);
  }
});

test("fits a separable feature and chooses a threshold that keeps the positives", () => {
  const rows: TrainingRow[] = [];
  for (let i = 0; i < 20; i++) {
    rows.push({
      features: [
        ["bias", 1],
        ["lead", 1],
      ],
      label: i < 16 ? 1 : 0,
      group: `a${i % 5}`,
    });
    rows.push({ features: [["bias", 1]], label: i < 2 ? 1 : 0, group: `a${i % 5}` });
  }
  const weights = fitLogistic(rows, 0.1);
  assert.ok((weights.get("lead") ?? 0) > 2, "lead raises the odds");
  const probabilities = rows.map((row) => (row.features.length === 2 ? 0.8 : 0.1));
  const selection = bestSelection(rows, probabilities, 18);
  const keep = selected(rows, probabilities, selection.threshold, selection.atLeast);
  assert.ok(keep.some(Boolean), "keeps some rows");
  assert.ok(
    rows.every((row, i) => !keep[i] || row.features.length === 2),
    "keeps only lead rows",
  );
  const text = formatSalienceModel(HEADER, selection, weights);
  assert.equal(parseSalienceModel(text).weights.get("lead"), Number(weights.get("lead")!.toFixed(4)));
});

function event(type: string, start: number, time: string | null, actors: string[] = []): EventRecord {
  return eventRecord(type, "abc", start, actors, time);
}

test("merges a later mention of the same type with the same date or actor into the first", () => {
  const merged = mergeRepeats([
    event("ASSAULT", 0, "2018-07-29"),
    event("KILL", 10, null, ["a"]),
    event("ASSAULT", 20, "2018-07-29", ["b"]),
    event("ASSAULT", 30, "2018-06-13"),
    event("KILL", 40, "2018-01-01", ["a"]),
  ]);
  assert.deepEqual(
    merged.map((e) => [e.type, e.trigger.start, e.time, e.actors]),
    [
      ["ASSAULT", 0, "2018-07-29", ["b"]],
      ["KILL", 10, "2018-01-01", ["a"]],
      ["ASSAULT", 30, "2018-06-13", []],
    ],
  );
});

test("reads قد before a past verb as asserted and before an imperfect as possible", () => {
  const [asserted] = triggersOf("وكانت السعودية قد أعلنت رفع الحظر.");
  assert.equal(asserted?.possible, false);
  const [possible] = triggersOf("قد يعتقل الأمن المتظاهرين.");
  assert.equal(possible?.possible, true);
  assert.equal(possible?.imperfect, true);
  assert.equal(triggersOf("اعتقلت الشرطة خمسة أشخاص.")[0]?.imperfect, false);
});

test("reads a reading's own prior, form=<TYPE>:<form>, beside its type's", () => {
  const model = parseSalienceModel(
    `${HEADER}\nthreshold\t0.5\nbias\t0\ntype=ARREST\t0.5\nform=ARREST:اعتقل\t1\n`,
  );
  const text =
    "اعتقل حرس السواحل أربعة بحارة صباح اليوم. وتحدث البيان عن اعتقال بحارة آخرين في العام الماضي.";
  const [verb, noun] = eventCandidates(analyzeText(text, resources), resources.events);
  assert.equal(verb?.trigger.form, "اعتقل");
  assert.equal(noun?.trigger.form, "اعتقال");
  assert.ok(salienceFeatures(verb!).some(([name]) => name === "form=ARREST:اعتقل"));
  assert.ok(salienceFeatures(noun!).some(([name]) => name === "form=ARREST:اعتقال"));
  const only = (features: readonly (readonly [string, number])[]) =>
    salience(
      model,
      features.filter(([name]) => name === "bias" || name.startsWith("type=") || name.startsWith("form=")),
    );
  assert.ok(Math.abs(only(salienceFeatures(verb!)) - 1 / (1 + Math.exp(-1.5))) < 1e-12);
  assert.ok(Math.abs(only(salienceFeatures(noun!)) - 1 / (1 + Math.exp(-0.5))) < 1e-12);
  assert.equal(candidateSalience(model, verb!), salience(model, salienceFeatures(verb!)));
});

test("reads a reading's prior whose lexicon form holds a space", () => {
  const spaced = parseSalienceModel(`${HEADER}\nthreshold\t0.5\nform=SANCTION:حالة طوارئ\t0.3\n`);
  assert.equal(spaced.weights.get("form=SANCTION:حالة طوارئ"), 0.3);
});

test("penalises the lexical features less than the others, so a few sightings of a reading count", () => {
  assert.ok(LEXICAL_PENALTY < 1);
  const rows: TrainingRow[] = [];
  // Two features with the same evidence, one plain and one lexical, in separate rows.
  for (let i = 0; i < 8; i++) {
    const label = i < 6 ? 1 : 0;
    rows.push({
      features: [
        ["bias", 1],
        ["lead", 1],
      ],
      label,
      group: "a",
    });
    rows.push({
      features: [
        ["bias", 1],
        ["form=KILL:قتل", 1],
      ],
      label,
      group: "b",
    });
    rows.push({ features: [["bias", 1]], label: i < 2 ? 1 : 0, group: "c" });
  }
  const weights = fitLogistic(rows, 4);
  assert.ok(weights.get("form=KILL:قتل")! > weights.get("lead")! + 0.1);
});
