import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { checkStandoff, toRecord } from "../src/doc/index.js";
import { analyzeText } from "../src/pipeline/index.js";
import { testResources } from "./helpers/resources.js";
import { schemaErrors } from "./helpers/schema.js";

const SEED = new URL("../../shared/fixtures/seed-article.txt", import.meta.url);
const SAMPLE = new URL("../examples/sample-article.txt", import.meta.url);

for (const [name, url] of [
  ["the seed article", SEED],
  ["the README's sample article", SAMPLE],
] as const) {
  test(`${name} gives a schema-valid record whose offsets round-trip`, () => {
    const doc = analyzeText(readFileSync(url, "utf8"), testResources(), { reference: "2022-05-14" });
    const record = toRecord(doc, { tokens: true });
    assert.deepEqual(schemaErrors(JSON.parse(JSON.stringify(record))), []);
    assert.deepEqual(checkStandoff(doc), []);
    assert.ok(record.sentences.length >= 5);
    assert.ok((record.tokens ?? []).length > 100);
  });
}

test("the seed article's text has no iframe residue and its media holds the video", () => {
  const record = toRecord(analyzeText(readFileSync(SEED, "utf8"), testResources()));
  for (const residue of ["%22", "%3E", "iframe", "allowfullscreen", "frameborder", "width%3D"]) {
    assert.equal(record.text.includes(residue), false, `text still contains ${residue}`);
  }
  assert.deepEqual(
    record.media.map((m) => [m.type, m.url]),
    [["video", "https://www.youtube.com/watch?v=lojwLWF_zt4"]],
  );
});

test("a text with nothing to extract gives empty layers, not invented data", () => {
  const record = toRecord(analyzeText("السماء صافية والطقس معتدل.", testResources()));
  assert.deepEqual([record.entities, record.quotes, record.times, record.events], [[], [], [], []]);
});

test("a record flags its stages and data versions in provenance", () => {
  const record = toRecord(analyzeText("نص قصير.", testResources()));
  assert.deepEqual(record.provenance.stages.slice(0, 3), ["sentences@1", "tokens@3", "entities@9"]);
  assert.ok(Object.keys(record.provenance.data).includes("clitic-stems"));
});

test("relative times resolve against the reference date, and stay unresolved without one", () => {
  const withReference = toRecord(
    analyzeText("وصل الوفد أمس إلى بغداد.", testResources(), { reference: "2022-05-14" }),
  );
  assert.deepEqual(
    withReference.times.map((t) => [t.text, t.value]),
    [["أمس", "2022-05-13"]],
  );
  const [unresolved] = toRecord(analyzeText("وصل الوفد أمس إلى بغداد.", testResources())).times;
  assert.equal(unresolved?.resolved, false);
  assert.doesNotMatch(unresolved?.value ?? "", /^\d{4}-\d{2}-\d{2}$/);
});
