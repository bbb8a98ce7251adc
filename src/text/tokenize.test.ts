import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { testResources } from "../../test/helpers/resources.js";
import { tokenize } from "./tokenize.js";

const lexicon = () => testResources().clitics;

function surfaces(text: string): string[] {
  return tokenize(text, lexicon()).map((token) => `${token.kind}:${token.text}`);
}

const cases: Array<[string, string, string[]]> = [
  [
    "splits words on spaces and punctuation",
    "قال باركر، إن",
    ["word:قال", "word:باركر", "punct:،", "word:إن"],
  ],
  ["keeps diacritics and tatweel inside the word", "مُحَمَّدٌ الـــدولة", ["word:مُحَمَّدٌ", "word:الـــدولة"]],
  ["keeps a decimal number whole", "3.5%", ["number:3.5", "punct:%"]],
  ["keeps Arabic-Indic numbers whole", "٣٫٥ ١٬٠٠٠", ["number:٣٫٥", "number:١٬٠٠٠"]],
  ["separates a number from a glued letter", "2014م", ["number:2014", "word:م"]],
  ["separates Arabic from Latin letters", "الـCNN", ["word:الـ", "word:CNN"]],
  [
    "keeps a URL whole without its trailing stop",
    "انظر https://example.com/a?b=1.",
    ["word:انظر", "url:https://example.com/a?b=1", "punct:."],
  ],
  [
    "splits quotes from the words they hug",
    "“هزيمة داعش”",
    ["punct:“", "word:هزيمة", "word:داعش", "punct:”"],
  ],
  [
    "reads a hashtag as its words, without its # and underscores",
    "#وزير_الدفاع و#داعش",
    ["word:وزير", "word:الدفاع", "word:و", "word:داعش"],
  ],
  [
    "keeps a # or _ with no letter after it as a symbol",
    "رقم # 5 _",
    ["word:رقم", "symbol:#", "number:5", "symbol:_"],
  ],
  ["skips bidi controls between words", "سوريا\u200F \u200Eالعراق", ["word:سوريا", "word:العراق"]],
  ["keeps an emoji as one token", "نعم 👍", ["word:نعم", "symbol:👍"]],
];

for (const [name, input, expected] of cases) {
  test(name, () => assert.deepEqual(surfaces(input), expected));
}

test("gives each token its folded key beside the untouched text", () => {
  const [token] = tokenize("الإسلامية", lexicon());
  assert.equal(token?.text, "الإسلامية");
  assert.equal(token?.key, "الاسلاميه");
});

test("splits و from وسوريا as a segment, keeping the surface offsets", () => {
  const text = "في العراق وسوريا";
  const token = tokenize(text, lexicon()).at(-1)!;
  assert.equal(token.text, "وسوريا");
  assert.deepEqual(
    token.segments.map((s) => [text.slice(s.start, s.end), s.kind]),
    [
      ["و", "proclitic"],
      ["سوريا", "stem"],
    ],
  );
});

test("tokens and their segments round-trip and tile for any text", () => {
  const alphabet = fc.constantFrom(
    "و",
    "ل",
    "ا",
    "ب",
    "ه",
    "م",
    "ُ",
    "ـ",
    " ",
    ".",
    "3",
    "a",
    "\u200f",
    "\n",
    "“",
    "h",
    "ttp://",
    "👍",
  );
  fc.assert(
    fc.property(fc.string({ unit: alphabet }), (text) => {
      let previousEnd = 0;
      for (const token of tokenize(text, lexicon())) {
        assert.ok(token.start >= previousEnd && token.end > token.start);
        assert.equal(text.slice(token.start, token.end), token.text);
        assert.equal(token.segments[0]?.start, token.start);
        assert.equal(token.segments.at(-1)?.end, token.end);
        previousEnd = token.end;
      }
    }),
  );
});
