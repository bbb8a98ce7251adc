import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { isFolded, matchKey } from "./normalize.js";

const cases: Array<[string, string, string]> = [
  ["folds alef with hamza above", "أحمد", "احمد"],
  ["folds alef with hamza below", "إسرائيل", "اسرائيل"],
  ["folds alef madda", "آلاف", "الاف"],
  ["folds alef wasla", "ٱلله", "الله"],
  ["folds alef maqsura to ya", "مصطفى", "مصطفي"],
  ["folds ta marbuta to ha", "الدولة", "الدوله"],
  ["drops tatweel", "الـــدولة", "الدوله"],
  ["drops diacritics", "مُحَمَّدٌ", "محمد"],
  ["drops superscript alef", "هٰذا", "هذا"],
  ["maps Arabic-Indic digits", "٢٠١٤", "2014"],
  ["maps Persian digits", "۲۰۱۴", "2014"],
  ["unfolds the lam-alef ligature", "\uFEFB", "لا"],
  ["unfolds isolated presentation forms", "\uFE8D\uFEDF\uFEE4", "الم"],
  ["drops zero-width and bidi controls", "\u200Fسوريا\u200E\u202B\u2067\uFEFF", "سوريا"],
  ["lower-cases Latin", "ISIS Daesh", "isis daesh"],
  ["folds Persian keheh and yeh", "کردی", "كردي"],
  ["leaves hamza on waw and ya alone", "مسؤول رئيس", "مسؤول رئيس"],
];

for (const [name, input, expected] of cases) {
  test(name, () => assert.equal(matchKey(input), expected));
}

test("never changes text that is already folded", () => {
  fc.assert(
    fc.property(fc.string(), (text) => {
      const key = matchKey(text);
      assert.equal(matchKey(key), key);
      assert.equal(isFolded(key), true);
    }),
  );
});

test("folds Arabic-looking random strings without throwing", () => {
  const arabic = fc.string({
    unit: fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
  });
  fc.assert(fc.property(arabic, (text) => assert.equal(typeof matchKey(text), "string")));
});
