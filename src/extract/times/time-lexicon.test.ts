import assert from "node:assert/strict";
import { test } from "node:test";
import { MarsadError } from "../../doc/index.js";
import { parseTimeLexicon } from "./time-lexicon.js";

const HEADER = "# name=t version=1 licence=CC0-1.0 source=test";

test("folds forms to match keys and adds proclitic variants", () => {
  const lexicon = parseTimeLexicon(`${HEADER}\nأمس\tday-word\t-1\nالعام\tunit\tY\n`);
  assert.equal(lexicon.keys.get("امس")?.prefix, 0);
  assert.equal(lexicon.keys.get("وامس")?.prefix, 1);
  assert.equal(lexicon.keys.get("للعام")?.prefix, 2);
});

test("matches multi-word forms by their first key", () => {
  const lexicon = parseTimeLexicon(`${HEADER}\nكانون الثاني\tmonth\t1\n`);
  assert.deepEqual(lexicon.keys.get("كانون")?.forms[0]?.rest, ["الثاني"]);
});

test("gives short forms no clitic variants", () => {
  const lexicon = parseTimeLexicon(`${HEADER}\nهـ\tera\thijri\n`);
  assert.equal(lexicon.keys.has("له"), false);
});

test("rejects a lexicon without a header", () => {
  assert.throws(() => parseTimeLexicon("أمس\tday-word\t-1\n"), MarsadError);
});

test("rejects an unknown kind, naming the line", () => {
  assert.throws(() => parseTimeLexicon(`${HEADER}\nأمس\tyesterday\t-1\n`), /line 2/);
});
