import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parseCliticLexicon, segmentWord, type WordSegment } from "./segment-clitics.js";

const lexicon = parseCliticLexicon(
  readFileSync(new URL("../../data/lexicons/clitic-stems/stems.tsv", import.meta.url), "utf8"),
);

/** Segments as `surface:kind:form`, joined by spaces, for readable failures. */
function describe(word: string, segments: readonly WordSegment[]): string {
  return segments.map((s) => `${word.slice(s.start, s.end)}:${s.kind}:${s.form}`).join(" ");
}

function assertTiles(word: string, segments: readonly WordSegment[]): void {
  assert.ok(segments.length > 0);
  assert.equal(segments[0]!.start, 0);
  for (let i = 1; i < segments.length; i++) assert.equal(segments[i]!.start, segments[i - 1]!.end);
  assert.equal(segments.at(-1)!.end, word.length);
  for (const segment of segments) assert.ok(segment.end > segment.start || word.length === 0);
}

const cases: readonly (readonly [behaviour: string, word: string, expected: string])[] = [
  ["splits و from وسوريا", "وسوريا", "و:proclitic:و سوريا:stem:سوريا"],
  ["splits ال after ل in للأمم", "للأمم", "ل:proclitic:ل ل:article:ال أمم:stem:أمم"],
  ["splits ب and ال in بالتركيز", "بالتركيز", "ب:proclitic:ب ال:article:ال تركيز:stem:تركيز"],
  ["حمايتهم → حماية + هم", "حمايتهم", "حمايت:stem:حماية هم:enclitic:هم"],
  [
    "splits و and the pronoun in وعليهم, restoring على",
    "وعليهم",
    "و:proclitic:و علي:stem:على هم:enclitic:هم",
  ],
  ["splits the pronoun off أنه", "أنه", "أن:stem:أن ه:enclitic:ه"],
  ["splits the future سـ off سيكون", "سيكون", "س:proclitic:س يكون:stem:يكون"],
  ["lets a preposition host a pronoun in لها", "لها", "ل:stem:ل ها:enclitic:ها"],
  ["keeps diacritics with their letter in وَسوريا", "وَسوريا", "وَ:proclitic:و سوريا:stem:سوريا"],
  ["restores hamza before a pronoun in أعدائه", "أعدائه", "أعدائ:stem:أعداء ه:enclitic:ه"],
  ["never reads ك + أنت in كانت", "كانت", "كانت:stem:كانت"],
  ["keeps a listed foreign name whole (not ل + يبرمان)", "ليبرمان", "ليبرمان:stem:ليبرمان"],
  ["reads فتحت as the verb, not ف + تحت", "فتحت", "فتحت:stem:فتحت"],
  ["still reads فإذا as ف + إذا (no verb)", "فإذا", "ف:proclitic:ف إذا:stem:إذا"],
  ["still reads وهما as و + هما", "وهما", "و:proclitic:و هما:stem:هما"],
  ["keeps a listed foreign name whole (not و + ال + تر)", "والتر", "والتر:stem:والتر"],
  ["still splits a preposition off a listed foreign name", "لسيرجيو", "ل:proclitic:ل سيرجيو:stem:سيرجيو"],
];

for (const [behaviour, word, expected] of cases) {
  test(behaviour, () => {
    const segments = segmentWord(word, lexicon);
    assertTiles(word, segments);
    assert.equal(describe(word, segments), expected);
  });
}

const keptWhole = [
  "باركر",
  "بغداد",
  "فلسطين",
  "بريطانيا",
  "لبنان",
  "كندا",
  "وارسو",
  "والي",
  "وصل",
  "فهم",
  "بلد",
  "كتاب",
  "لعب",
  "سلام",
  "بين",
  "ولد",
  "وزير",
  "لكن",
  "كما",
  "البنك",
];

for (const word of keptWhole) {
  test(`keeps ${word} whole`, () => {
    const segments = segmentWord(word, lexicon);
    const cuts = segments.filter((s) => s.kind !== "article").length;
    assert.equal(cuts, 1, describe(word, segments));
  });
}

test("returns the memoised segments for a repeated word", () => {
  assert.equal(segmentWord("وسوريا", lexicon), segmentWord("وسوريا", lexicon));
});

test("keeps words that are not Arabic letters whole", () => {
  for (const word of ["", "2024", "UN", "و2", "ﻻ"]) {
    assert.deepEqual(segmentWord(word, lexicon), [{ start: 0, end: word.length, kind: "stem", form: word }]);
  }
});

test("segments always tile the word, and never throw, for random strings", () => {
  const arabic = fc.constantFrom(..."ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ\u200f".split(""));
  const anyChar = fc.oneof(arabic, fc.string({ minLength: 1, maxLength: 1 }));
  fc.assert(
    fc.property(fc.array(anyChar, { maxLength: 14 }), (chars) => {
      const word = chars.join("");
      assertTiles(word, segmentWord(word, lexicon));
    }),
    { numRuns: 3000 },
  );
});
