import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { detectLanguage, languageNote } from "./detect-language.js";

interface Case {
  readonly name: string;
  readonly text: string;
  readonly language: string;
  readonly arabicShare?: number;
}

const CASES: readonly Case[] = [
  {
    name: "an Arabic sentence",
    text: "أعلنت البلدية صباح اليوم عن خطة جديدة.",
    language: "ar",
    arabicShare: 1,
  },
  {
    name: "Arabic with diacritics and tatweel",
    text: "قَالَ الوزيـــر إنّ الخطة تبدأ غداً",
    language: "ar",
    arabicShare: 1,
  },
  {
    name: "Arabic quoting a few Latin names",
    text: "قال مدير شركة Google في مؤتمر صحفي بمدينة دبي اليوم",
    language: "ar",
  },
  {
    name: "an English sentence",
    text: "The council announced a new plan today.",
    language: "und-Latn",
    arabicShare: 0,
  },
  {
    name: "French with accents",
    text: "Le ministre a annoncé hier un accord économique.",
    language: "und-Latn",
  },
  {
    name: "Latin letters outweighing Arabic",
    text: "Breaking news from the capital قال",
    language: "und-Latn",
  },
  { name: "an empty text", text: "", language: "und", arabicShare: 0 },
  { name: "digits and punctuation only", text: "2024-05-01 ، ١٢٣ : !?", language: "und", arabicShare: 0 },
  { name: "Cyrillic", text: "Министр объявил о новом плане", language: "und", arabicShare: 0 },
  { name: "Chinese", text: "市政府今天宣布了新计划", language: "und", arabicShare: 0 },
  { name: "letters outside the BMP", text: "𝐀𝐁𝐂 𐐀𐐁", language: "und", arabicShare: 0 },
  { name: "Persian (Arabic script)", text: "وزیر امور خارجه گفت", language: "ar", arabicShare: 1 },
  { name: "Arabic presentation forms", text: "ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ", language: "ar", arabicShare: 1 },
  { name: "a lone surrogate", text: "\ud800abc", language: "und-Latn", arabicShare: 0 },
];

for (const { name, text, language, arabicShare } of CASES) {
  test(`detectLanguage: ${name} is ${language}`, () => {
    const detected = detectLanguage(text);
    assert.equal(detected.language, language);
    if (arabicShare !== undefined) assert.equal(detected.arabicShare, arabicShare);
  });
}

test("detectLanguage: the Arabic share counts letters only", () => {
  // Four Arabic letters, four Latin letters: half, and neither is a majority.
  assert.deepEqual(detectLanguage("مرحب abcd 123 ..."), { language: "und", arabicShare: 0.5 });
});

test("detectLanguage never throws and keeps the share in [0, 1]", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
      const { language, arabicShare } = detectLanguage(text);
      assert.ok(["ar", "und-Latn", "und"].includes(language));
      assert.ok(arabicShare >= 0 && arabicShare <= 1);
      assert.equal(language === "ar", arabicShare > 0.5);
    }),
    { numRuns: 2000 },
  );
});

test("languageNote warns only when the language is not Arabic", () => {
  assert.equal(languageNote("ar", 1), null);
  assert.equal(languageNote("ar-EG", 1), null);
  const note = languageNote("und-Latn", 0.1);
  assert.ok(note);
  assert.equal(note.severity, "warning");
  assert.equal(note.source, "language@1");
  assert.equal(note.code, "language.not-arabic");
});
