import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entity, EntityType } from "../../doc/index.js";
import { loadResources } from "../../node/resources.js";
import { tokenize } from "../../text/index.js";
import { lookUpWords } from "./find-cues.js";
import { agrees, subjectAfter, subjectBefore, type FoundSpeaker } from "./find-speaker.js";
import { documentAfter, isOblique, sentenceSubject } from "./sentence-subject.js";
import { buildReading, type Reading } from "./reading.js";

const resources = loadResources();

/** A reading of the text with the named entities written by hand (no entity stage). */
function read(text: string, names: readonly [string, EntityType][] = []): Reading {
  const tokens = tokenize(text, resources.clitics);
  const entities: Entity[] = names.map(([name, type]) => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, `${name} is in the text`);
    return { id: name, type, name, latin: name, mentions: [{ start, end: start + name.length, text: name }] };
  });
  return buildReading(text, tokens, lookUpWords(tokens, resources.speechCues), entities);
}

/** Index of the token holding the word (its first occurrence). */
function at(reading: Reading, word: string): number {
  const i = reading.tokens.findIndex((token) => token.text === word);
  assert.ok(i >= 0, `${word} is a token`);
  return i;
}

function textOf(reading: Reading, found: FoundSpeaker | "implied" | null): string | null {
  if (found === null || found === "implied") return found;
  return reading.text.slice(found.start, found.end);
}

const after: {
  name: string;
  text: string;
  cue: string;
  names?: [string, EntityType][];
  speaker: string | null;
}[] = [
  {
    name: "takes the person named after a title (قال وزير الخارجية … بومبيو)",
    text: "وقال وزير الخارجية الأمريكي مايك بومبيو إن العقوبات باقية.",
    cue: "وقال",
    names: [["مايك بومبيو", "PER"]],
    speaker: "مايك بومبيو",
  },
  {
    name: "reads past a prepositional phrase between commas",
    text: "وقالت، في بيان، الحكومة الفرنسية إن الوضع صعب.",
    cue: "وقالت",
    speaker: "الحكومة الفرنسية",
  },
  {
    name: "takes an unnamed source as text (مصدر قبلي)",
    text: "وأفاد مصدر قبلي بأن الاشتباكات عنيفة.",
    cue: "وأفاد",
    speaker: "مصدر قبلي",
  },
  {
    name: "ends the noun phrase before a ب phrase (المواطنين بالابتعاد)",
    text: "وطالبت المواطنين بالابتعاد عن المنطقة.",
    cue: "وطالبت",
    speaker: "المواطنين",
  },
  {
    name: "does not take a name in apposition to the object of من",
    text: "وقال مصدر مقرب من الكاتب، جمال خاشقجي، إن الأمر خطير.",
    cue: "وقال",
    names: [["جمال خاشقجي", "PER"]],
    speaker: "مصدر مقرب",
  },
  {
    name: "reads the list after كل من",
    text: "وقطعت كل من السعودية والإمارات علاقاتها مع قطر.",
    cue: "وقطعت",
    names: [["السعودية", "LOC"]],
    speaker: "السعودية",
  },
  {
    name: "stops a title phrase before the object after a definite word",
    text: "توعد رئيس الوزراء الإسرائيلي إيران بالرد.",
    cue: "توعد",
    names: [["إيران", "LOC"]],
    speaker: "رئيس الوزراء الإسرائيلي",
  },
  {
    name: "reads the author of a report after ل (تقرير للأمم المتحدة)",
    text: "وأشار تقرير للأمم المتحدة إلى أن الأوضاع تتدهور.",
    cue: "وأشار",
    names: [["لأمم المتحدة", "ORG"]],
    speaker: "لأمم المتحدة",
  },
];

for (const c of after) {
  test(`subjectAfter ${c.name}`, () => {
    const reading = read(c.text, c.names);
    const cue = at(reading, c.cue);
    assert.equal(textOf(reading, subjectAfter(reading, cue + 1, reading.tokens.length)), c.speaker);
  });
}

const before: {
  name: string;
  text: string;
  cue: string;
  names?: [string, EntityType][];
  speaker: string | null;
}[] = [
  {
    name: "takes a long subject written first after كان",
    text: "وكان مدير ميناء سيت الفرنسي على ساحل المتوسط قال إنه مستعد.",
    cue: "قال",
    speaker: "مدير ميناء سيت الفرنسي",
  },
  {
    name: "takes a subject followed by a comma (وكان الجيش اليمني، كشف)",
    text: "وكان الجيش اليمني، كشف، الأحد، عن مقتل 500 عنصر.",
    cue: "كشف",
    speaker: "الجيش اليمني",
  },
  {
    name: "finds the antecedent of الذي",
    text: "وقال السفير خالد بن سلمان، الذي قال إن الادعاءات زائفة.",
    cue: "قال",
    names: [["خالد بن سلمان", "PER"]],
    speaker: "خالد بن سلمان",
  },
  {
    name: "takes nothing before a cue with و (الشهر الماضي واتهمتهم)",
    text: "اعتقلت السلطات ناشطين الشهر الماضي واتهمتهم بأنهم خونة.",
    cue: "واتهمتهم",
    speaker: null,
  },
  {
    name: "takes nothing after a complementizer with a pronoun (رغم أنه يصر)",
    text: "ولم يعلق، رغم أنه يصر على أنه لم يخطئ.",
    cue: "يصر",
    speaker: null,
  },
  {
    name: "does not read the verb opening a verb-first sentence as a subject",
    text: "يطالب المحتجون الحكومة قال إنه سيرد.",
    cue: "قال",
    speaker: null,
  },
];

for (const c of before) {
  test(`subjectBefore ${c.name}`, () => {
    const reading = read(c.text, c.names);
    const cue = reading.tokens.findLastIndex((token) => token.text === c.cue);
    assert.equal(textOf(reading, subjectBefore(reading, cue, 0)), c.speaker);
  });
}

const sentence: { name: string; text: string; names?: [string, EntityType][]; speaker: string | null }[] = [
  {
    name: "reads past a dateline",
    text: "دبي، الإمارات العربية المتحدة (CNN)-- أعلن العراق قصف غرفة عمليات، مضيفا أنه استهدف إرهابيين.",
    names: [
      ["دبي", "LOC"],
      ["العراق", "LOC"],
    ],
    speaker: "العراق",
  },
  {
    name: "takes a definite subject written first",
    text: "والقانون المثير للجدل لا يتضمن إشارات إلى المساواة، بينما يشير إلى أن الدولة يهودية.",
    speaker: "القانون المثير",
  },
  {
    name: "gives a pronoun subject (a verb then a preposition) as none",
    text: "وقد ردت على أي تداعيات محتملة، مثل إعاقة الصفقة، موضحة أن التحقيق مستمر.",
    speaker: null,
  },
  {
    name: "reads past an opening time phrase without a comma",
    text: "ومنذ حزيران/يونيو يرفض وزير الداخلية ماتيو سالفيني استقبال السفن، متهما إياها بمساعدة المهربين.",
    names: [["ماتيو سالفيني", "PER"]],
    speaker: "ماتيو سالفيني",
  },
];

for (const c of sentence) {
  test(`sentenceSubject ${c.name}`, () => {
    const reading = read(c.text, c.names);
    const participle = reading.tokens.findIndex(
      (token) =>
        token.text === "مضيفا" || token.text === "موضحة" || token.text === "متهما" || token.text === "يشير",
    );
    assert.equal(textOf(reading, sentenceSubject(reading, 0, participle)), c.speaker);
  });
}

test("documentAfter reads the document after في (وجاء في البيان الاتهامي أن)", () => {
  const reading = read("وجاء في البيان الاتهامي أن المتهم كذب.");
  const complementizer = at(reading, "أن");
  assert.equal(textOf(reading, documentAfter(reading, 1, complementizer)), "البيان الاتهامي");
});

test("documentAfter carries the speaker of وجاء فيه", () => {
  const reading = read("وجاء فيه أن المتهم كذب.");
  assert.equal(documentAfter(reading, 1, at(reading, "أن")), "implied");
});

test("isOblique reads a definite sound plural before بـ as the object (واتهم الحوثيين بترويج)", () => {
  const reading = read("واتهم الحوثيين بترويج فكر طائفي.");
  const found = subjectAfter(reading, 1, reading.tokens.length);
  assert.ok(found !== null && isOblique(reading, found));
});

test("isOblique leaves الكرملين a subject before أن", () => {
  const reading = read("ونفى الكرملين أن تكون روسيا متورطة.");
  const found = subjectAfter(reading, 1, at(reading, "أن"));
  assert.ok(found !== null && !isOblique(reading, found));
});

test("agrees: a feminine verb does not take a sound masculine plural", () => {
  const reading = read("وطالبت المواطنين بالابتعاد.");
  const found = subjectAfter(reading, 1, reading.tokens.length);
  assert.ok(found !== null);
  assert.equal(agrees(reading, found, "f"), false);
  assert.equal(agrees(reading, found, "m"), true);
});

test("agrees: a plural verb is not said by one person", () => {
  const reading = read("وقالوا مايك بومبيو إن", [["مايك بومبيو", "PER"]]);
  const found = subjectAfter(reading, 1, at(reading, "إن"));
  assert.ok(found !== null);
  assert.equal(agrees(reading, found, "p"), false);
});
