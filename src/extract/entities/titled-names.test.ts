import { test } from "node:test";
import assert from "node:assert/strict";
import { loadResources } from "../../node/resources.js";
import { isCommonWord, tokenize } from "../../text/index.js";
import type { Token } from "../../doc/index.js";
import { mentionOfTokens, type FoundMention } from "./mentions.js";
import { personsAfterTitles } from "./titled-names.js";

const resources = loadResources();
const { kb } = resources.entities;

/**
 * The PER mentions personsAfterTitles gives for `text`, when the tagger found `tagged` (each as
 * [first word, last word, type]), as the texts they cover.
 */
function persons(text: string, tagged: readonly [string, string, FoundMention["type"]][] = []): string[] {
  const tokens = tokenize(text, resources.clitics);
  const found = tagged.map(([from, to, type]) => {
    const first = tokens.findIndex((token) => token.text === from);
    const last = tokens.findIndex((token) => token.text === to) + 1;
    const mention = mentionOfTokens(tokens, first, last, type);
    assert.ok(mention && first >= 0 && last > first);
    return mention;
  });
  const isCommon = (token: Token) => isCommonWord(resources.clitics, token);
  return personsAfterTitles(tokens, found, kb, undefined, isCommon)
    .filter((mention) => mention.type === "PER")
    .map((mention) => text.slice(mention.start, mention.end));
}

test("a name the tagger missed after a title and its complements is a person", () => {
  assert.deepEqual(persons("قال الرئيس المشترك لمجلس الأحياء رياض حداد إن الحوار مستمر"), ["رياض حداد"]);
  assert.deepEqual(persons('وقال مدير المنظمة، رياض كريم، "الوضع صعب"'), ["رياض كريم"]);
});

test("a name after a title that the tagger called a place is a person", () => {
  assert.deepEqual(persons("قال رئيس الحزب الحاكم سمير ولد حداد إن", [["سمير", "حداد", "LOC"]]), [
    "سمير ولد حداد",
  ]);
});

test("a given name with no title before it, or after a verb, stays as the tagger left it", () => {
  assert.deepEqual(persons("التقى رياض حداد بالوزير أمس"), []);
  assert.deepEqual(persons("قال الرئيس إن رياض حداد سيزور البلاد"), []);
});

test("words after a given name that do not end at a clause boundary are no name", () => {
  assert.deepEqual(persons("طالب المحامي سمير تعويضا ماليا كبيرا من الشركة"), []);
});

test("a listed person, المتحدث باسم and على are left to the knowledge base and the tagger", () => {
  assert.deepEqual(persons("وطالب الرئيس ترامب بتعويض مالي"), []);
  assert.deepEqual(persons("وقال المتحدث باسم الجيش إن القصف توقف"), []);
  assert.deepEqual(persons("وقال الوزير على هامش المؤتمر إن"), []);
});

test("a given name the tagger found alone after a title grows over an unlisted family name", () => {
  assert.deepEqual(persons("وقال العميد/ منصور قرقوري في تصريح للصحفيين", [["منصور", "منصور", "PER"]]), [
    "منصور قرقوري",
  ]);
});

test("a given name found alone does not grow over a dictionary word", () => {
  assert.deepEqual(persons("استقبل الأمير سمير ضيوفه إضافة إلى الوزراء", [["سمير", "سمير", "PER"]]), [
    "سمير",
  ]);
  assert.deepEqual(persons("وأكد الرئيس سمير ضرورة الحوار", [["سمير", "سمير", "PER"]]), ["سمير"]);
});

test("a tagged 'person' of definite words before a name is that person's description", () => {
  const text = "هاجم البرلماني المصري سمير حداد الحكومة";
  assert.deepEqual(
    persons(text, [
      ["البرلماني", "المصري", "PER"],
      ["سمير", "حداد", "PER"],
    ]),
    ["سمير حداد"],
  );
  // (a definite name alone, with no person after it, stays)
  assert.deepEqual(persons("قال البرلماني المصري إن الحكومة", [["البرلماني", "المصري", "PER"]]), [
    "البرلماني المصري",
  ]);
});

test("a foreign given name the knowledge base lists opens a name after a title", () => {
  assert.deepEqual(persons("وقال رئيس النادي إيفان بتروف إن الفريق جاهز"), ["إيفان بتروف"]);
  assert.deepEqual(persons("وقال الوزير الروسي سيرغي فولكوف، إن المحادثات مستمرة"), ["سيرغي فولكوف"]);
});

test("باسم and a definite word the segmenter keeps whole join a title to its complement", () => {
  assert.deepEqual(persons("وقال المتحدث باسم الوزارة أشرف حداد في بيان إن الوضع صعب"), ["أشرف حداد"]);
  assert.deepEqual(persons("وقال وزير المالية الروسي سيرغي فولكوف إن المحادثات مستمرة"), ["سيرغي فولكوف"]);
});

test("a name no list knows, set off by commas right after a title, is a person", () => {
  assert.deepEqual(persons("وقال المتحدث باسم الجيش الكيني، كيبروتو موانغي، إن الدورية تعرضت لكمين."), [
    "كيبروتو موانغي",
  ]);
  // Common words between the commas are an aside, not a name.
  assert.deepEqual(persons("وقال المتحدث باسم الجيش، مساء الأحد، إن الدورية تعرضت لكمين."), []);
  assert.deepEqual(persons("وقال وزير الخارجية، في بيان رسمي، إن المحادثات انتهت."), []);
});
