import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { testResources } from "../../test/helpers/resources.js";
import { parseCliticLexicon } from "./clitic-lexicon.js";
import { segmentWord } from "./segment-clitics.js";
import { tokenize } from "./tokenize.js";
import { hashRange, WordCache } from "./word-cache.js";

test("the cache finds a word by its characters in any text, and only that word", () => {
  const cache = new WordCache();
  const entry = { text: "وسوريا", key: "وسوريا", segments: null };
  cache.add(entry, hashRange("وسوريا", 0, 6));
  const text = "قالت وسوريا ولبنان";
  assert.equal(cache.get(text, 5, 11, hashRange(text, 5, 11)), entry);
  assert.equal(cache.get(text, 12, 18, hashRange(text, 12, 18)), undefined);
  // Same hash, other characters: a collision must not return the entry.
  assert.equal(cache.get("ولبنان", 0, 6, hashRange("وسوريا", 0, 6)), undefined);
});

test("a repeated word gets segments at its own offsets, as on first sight", () => {
  const clitics = testResources().clitics;
  const tokens = tokenize("وسوريا ولبنان وسوريا", clitics);
  const [first, , third] = tokens;
  assert.ok(first!.segments.length > 1, "وسوريا is cut");
  assert.deepEqual(
    third!.segments.map((s) => [s.start - third!.start, s.end - third!.start, s.kind, s.form]),
    first!.segments.map((s) => [s.start - first!.start, s.end - first!.start, s.kind, s.form]),
  );
  assert.equal(third!.segments[0]!.start, third!.start);
});

test("tokens are the same with a warm cache as with a cold one, for any text", () => {
  const data = "# name=t version=1\nسوريا\tP\nحكومة\tN\nقال\tV\nفي\tTE\n";
  const word = fc.constantFrom(
    "وسوريا",
    "لسوريا",
    "حكومته",
    "والحكومة",
    "قال",
    "فيه",
    "x",
    "3.5",
    "،",
    "بال",
  );
  fc.assert(
    fc.property(fc.array(word, { maxLength: 12 }), (words) => {
      const text = words.join(" ");
      const warm = parseCliticLexicon(data);
      tokenize(words.reverse().join(" "), warm);
      assert.deepEqual(tokenize(text, warm), tokenize(text, parseCliticLexicon(data)));
    }),
  );
});

test("a word's segments in a token are segmentWord's, shifted to the token's start", () => {
  const clitics = testResources().clitics;
  const text = "قال وزيرهم للأمم";
  for (const token of tokenize(text, clitics)) {
    const relative = segmentWord(token.text, clitics);
    assert.deepEqual(
      token.segments.map((s) => ({
        start: s.start - token.start,
        end: s.end - token.start,
        kind: s.kind,
        form: s.form,
      })),
      relative.map((s) => ({ start: s.start, end: s.end, kind: s.kind, form: s.form })),
    );
  }
});
