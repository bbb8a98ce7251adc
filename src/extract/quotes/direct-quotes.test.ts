import { test } from "node:test";
import assert from "node:assert/strict";
import { loadResources } from "../../node/resources.js";
import { tokenize } from "../../text/index.js";
import { pairQuoteMarks } from "./direct-quotes.js";

const resources = loadResources();

/** The quoted texts (between the marks) and the unclosed marks of a sentence. */
function quotedIn(text: string): { quoted: string[]; unclosed: string[] } {
  const tokens = tokenize(text, resources.clitics);
  const { pairs, unclosed } = pairQuoteMarks(tokens, 0, tokens.length);
  return {
    quoted: pairs.map((pair) => text.slice(tokens[pair.open]!.end, tokens[pair.close]!.start)),
    unclosed: unclosed.map((i) => tokens[i]!.text),
  };
}

const cases: { name: string; text: string; quoted: string[]; unclosed?: string[] }[] = [
  { name: "pairs “…”", text: "وقال: “الوضع صعب” أمس.", quoted: ["الوضع صعب"] },
  { name: "pairs «…»", text: "وقال: «الوضع صعب».", quoted: ["الوضع صعب"] },
  { name: "pairs ‹…›", text: "وقال: ‹الوضع صعب›.", quoted: ["الوضع صعب"] },
  { name: 'pairs plain "…" in turn', text: 'قال "نعم" ثم قال "لا".', quoted: ["نعم", "لا"] },
  { name: "pairs the reversed ”…” of some editors", text: "قال ”نعم” أمس.", quoted: ["نعم"] },
  {
    name: 'reads a doubled closing mark ("…"") as one',
    text: 'قال لبرنامج "المساء"" على قناة "الأولى" إن الوضع صعب.',
    quoted: ["المساء", "الأولى"],
  },
  {
    name: "keeps a quote over two sentences whole",
    text: "وقال: “الوضع صعب. وسنعمل على حله.”",
    quoted: ["الوضع صعب. وسنعمل على حله."],
  },
  {
    name: 'keeps "…" inside «…» as part of the quote',
    text: 'قال «إن "العزم" مستمر».',
    quoted: ['إن "العزم" مستمر'],
  },
  {
    name: "reports an unclosed mark and still pairs the marks after it",
    text: 'قال “نعم ثم "لا" أمس.',
    quoted: ["لا"],
    unclosed: ["“"],
  },
];

for (const { name, text, quoted, unclosed = [] } of cases) {
  test(name, () => {
    const found = quotedIn(text);
    assert.deepEqual(found.quoted, quoted);
    assert.deepEqual(found.unclosed, unclosed);
  });
}
