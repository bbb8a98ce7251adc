import { test } from "node:test";
import assert from "node:assert/strict";
import { matchKey } from "../../text/index.js";
import { buildGazetteer } from "./gazetteer.js";

const gazetteer = buildGazetteer({
  entries: [
    ["مجلس الأمن الدولي", "ORG"],
    ["الأمم المتحدة", "ORG"],
    ["سوريا", "LOC"],
  ],
  clusters: "",
});

/** spanTags over words given as written, each its own stem. */
function spansOf(...words: string[]): number[] {
  const keys = words.map(matchKey);
  return [...gazetteer.spanTags(keys, keys)];
}

// 1 + 2 * class + inside: ORG (class 2) opens with 5 and continues with 6; LOC (class 0) is 1.
const cases: { name: string; words: string[]; spans: number[] }[] = [
  { name: "marks a three-word name", words: ["قال", "مجلس", "الأمن", "الدولي"], spans: [0, 5, 6, 6] },
  { name: "marks a single-word name", words: ["في", "سوريا"], spans: [0, 1] },
  { name: "leaves a cut name unmarked", words: ["مجلس", "الأمن"], spans: [0, 0] },
  { name: "reads لل as the article", words: ["للأمم", "المتحدة"], spans: [5, 6] },
  {
    name: "matches a key holding two words (a folded ligature)",
    words: ["مجلس", "الأمن الدولي"],
    spans: [5, 6],
  },
];

for (const { name, words, spans } of cases) {
  test(name, () => assert.deepEqual(spansOf(...words), spans));
}
