import assert from "node:assert/strict";
import { test } from "node:test";
import { testResources } from "../../test/helpers/resources.js";
import { indexTerms, termString } from "./terms.js";

const keys = (text: string) => indexTerms(text, testResources()).map((term) => term.key);

const sameKey: Array<[string, string[]]> = [
  ["cuts proclitics: سوريا, وسوريا, لسوريا, وبسوريا", ["سوريا", "وسوريا", "لسوريا", "وبسوريا"]],
  ["folds hamza on alef: إسرائيل, اسرائيل, لإسرائيل", ["إسرائيل", "اسرائيل", "لإسرائيل"]],
  ["folds the article: السورية, سورية, وسورية", ["السورية", "سورية", "وسورية"]],
  ["drops diacritics and tatweel: محمد, مُحَمَّدٌ, محـــمد", ["محمد", "مُحَمَّدٌ", "محـــمد"]],
  ["agrees on ال whether or not a proclitic precedes: المتحدة, والمتحدة", ["المتحدة", "والمتحدة"]],
  ["restores ta marbuta before an enclitic: حكومته, الحكومة", ["حكومته", "الحكومة"]],
];

for (const [name, words] of sameKey) {
  test(name, () => {
    const found = words.map((word) => keys(word));
    for (const key of found) assert.deepEqual(key, found[0]);
    assert.equal(found[0]!.length, 1);
  });
}

test("keeps distinct words apart", () => {
  assert.notDeepEqual(keys("سوريا"), keys("روسيا"));
  assert.notDeepEqual(keys("الله"), keys("له"));
});

test("gives one term per word, in order, with the word's span", () => {
  const text = "قال الوزير، إن وسوريا 3.5%";
  const terms = indexTerms(text, testResources());
  assert.deepEqual(
    terms.map((term) => text.slice(term.start, term.end)),
    ["قال", "الوزير", "إن", "وسوريا", "3.5"],
  );
  assert.equal(terms[3]!.key, "سوريا");
});

test("lower-cases Latin words and drops their apostrophes", () => {
  assert.deepEqual(keys("CNN O'Brien"), ["cnn", "obrien"]);
});

test("folds digits and drops group separators in numbers", () => {
  assert.deepEqual(keys("١٬٠٠٠ 1,000 ٣٫٥"), ["1000", "1000", "3.5"]);
});

test("skips punctuation, symbols and URLs", () => {
  assert.deepEqual(keys("« # https://example.com/x »"), []);
});

test("joins keys with single spaces for the FTS column", () => {
  assert.equal(termString("في العراق وسوريا", testResources()), keys("في العراق وسوريا").join(" "));
});
