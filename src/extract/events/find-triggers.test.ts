import assert from "node:assert/strict";
import { test } from "node:test";
import { matchKey, tokenize } from "../../text/index.js";
import { stemSegment } from "../../text/index.js";
import { findTriggers, stemKey } from "./find-triggers.js";
import { resources, triggersOf } from "./test-support.js";

const CASES: readonly { name: string; text: string; trigger: string; type: string }[] = [
  {
    name: "finds a past verb after و",
    text: "وقتل مسلحون ثلاثة جنود في الهجوم.",
    trigger: "قتل",
    type: "KILL",
  },
  { name: "finds a plural past verb", text: "اعتقلوا خمسة أشخاص أمس.", trigger: "اعتقلوا", type: "ARREST" },
  {
    name: "finds an imperfect with the future س",
    text: "ستعتقل الشرطة المشتبه به.",
    trigger: "تعتقل",
    type: "ARREST",
  },
  { name: "finds a vocalised passive", text: "قُتل جنديان في انفجار.", trigger: "قُتل", type: "KILL" },
  { name: "finds a verbal noun with a pronoun", text: "بعد مقتله في صنعاء.", trigger: "مقتله", type: "KILL" },
  {
    name: "keeps the article in a noun trigger",
    text: "شارك المئات في المظاهرات.",
    trigger: "المظاهرات",
    type: "PROTEST",
  },
  {
    name: "reads حكم with بالسجن as a sentence",
    text: "حكم عليه بالسجن عشر سنوات.",
    trigger: "حكم",
    type: "ARREST",
  },
  {
    name: "reads أطلق سراح as a release",
    text: "أطلقت السلطات سراح الصحفي.",
    trigger: "أطلقت",
    type: "RETREAT",
  },
  {
    name: "reads أعلن + a noun of its own act as a declaration",
    text: "أعلن الجيش انتصاره على المسلحين.",
    trigger: "أعلن",
    type: "DECLARE",
  },
  {
    name: "gives an announced event to its noun",
    text: "أعلن الحزب مبايعة زعيم جديد.",
    trigger: "مبايعة",
    type: "LEADERSHIP",
  },
  {
    name: "turns محاولة اغتيال into an assault",
    text: "نجا الوزير من محاولة اغتيال.",
    trigger: "اغتيال",
    type: "ASSAULT",
  },
  {
    name: "reads قطع العلاقات as a sanction",
    text: "قطعت الرباط العلاقات مع طهران.",
    trigger: "قطعت",
    type: "SANCTION",
  },
];

for (const { name, text, trigger, type } of CASES) {
  test(name, () => {
    const found = triggersOf(text).find((candidate) => candidate.text === trigger);
    assert.ok(found, `no trigger ${trigger} in ${text}`);
    assert.equal(found.type, type);
    assert.equal(text.slice(found.start, found.end), found.text);
  });
}

test("gives nothing for أعلن أن (reported speech)", () => {
  assert.deepEqual(triggersOf("أعلن الوزير أن الحكومة مستمرة."), []);
});

test("ignores حكم without a sentence word and الأسر (families)", () => {
  assert.deepEqual(triggersOf("حكم البلاد عشرين عاما."), []);
  assert.deepEqual(triggersOf("تعيش الأسر في المخيم."), []);
});

test("marks negated, planned and quoted triggers", () => {
  const [negated] = triggersOf("لم تعتقل الشرطة أحدا.");
  assert.equal(negated?.negated, true);
  const [planned] = triggersOf("ستنسحب القوات من المدينة.");
  assert.equal(planned?.possible, true);
  const quoted = triggersOf('وقال: "قتلوا أبناءنا".').find((t) => t.type === "KILL");
  assert.equal(quoted?.quoted, true);
});

test("a stem's key is the fold of its written form, whatever the token holds", () => {
  // و + ال + stem, hamza and ta marbuta, a dropped diacritic, a possessive restoring ة, a presentation-form ligature.
  const text = "والأمم وبالمظاهرةِ وقُتلوا حكومته وﻻجئين وِﻻجئين وﻻجئيِن ﻟﻠﻤﻈﺎﻫﺮات";
  const tokens = tokenize(text, resources.clitics);
  for (const token of tokens) {
    const stem = stemSegment(token);
    const expected = stem === undefined || stem.form === token.text ? token.key : matchKey(stem.form);
    assert.equal(stemKey(token), expected, token.text);
  }
});

test("the triggers of a sentence are the same when the caller gives the lexicon hits", () => {
  const text = "وقتل مسلحون ثلاثة جنود، واعتقلت الشرطة خمسة أشخاص في المظاهرات أمس.";
  const tokens = tokenize(text, resources.clitics);
  const keys = tokens.map(stemKey);
  const hits = tokens.flatMap((token, i) =>
    token.kind === "word" && resources.events.triggers.has(keys[i]!) ? [i] : [],
  );
  const sentence = { start: 0, end: text.length };
  const all = findTriggers(text, tokens, keys, sentence, 0, tokens.length, resources.events);
  assert.ok(all.length >= 3);
  assert.deepEqual(findTriggers(text, tokens, keys, sentence, 0, tokens.length, resources.events, hits), all);
});
