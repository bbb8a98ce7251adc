import assert from "node:assert/strict";
import { test } from "node:test";
import { tokenize } from "../../text/index.js";
import { readNumber } from "./number-words.js";
import { clitics, timeWords } from "./test-fixtures.js";

const cases: readonly [string, string, number][] = [
  ["reads ثلاثة as 3", "ثلاثة", 3],
  ["reads عشرين as 20", "عشرين", 20],
  ["reads خمسة وعشرين as 25", "خمسة وعشرين", 25],
  ["reads the teen ثلاثة عشر as 13", "ثلاثة عشر", 13],
  ["reads مئة وخمسين as 150", "مئة وخمسين", 150],
  ["reads Arabic-Indic ٣٠ as 30", "٣٠", 30],
  ["reads ثلاث after ل", "لثلاث", 3],
];

for (const [name, text, value] of cases) {
  test(name, () => assert.equal(readNumber(tokenize(text, clitics), timeWords, 0)?.value, value));
}

test("reads الستة with its article only when asked", () => {
  const tokens = tokenize("الستة", clitics);
  assert.equal(readNumber(tokens, timeWords, 0), null);
  assert.equal(readNumber(tokens, timeWords, 0, true)?.value, 6);
});

test("does not read 3.5 or 1,000 as counts", () => {
  assert.equal(readNumber(tokenize("3.5", clitics), timeWords, 0), null);
  assert.equal(readNumber(tokenize("1,000", clitics), timeWords, 0), null);
});
