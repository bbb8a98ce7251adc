import { test } from "node:test";
import assert from "node:assert/strict";
import { loadResources } from "../../node/resources.js";
import { tokenize } from "../../text/index.js";
import { findSpeechCues, lookUpWords, type CueRole } from "./find-cues.js";

const resources = loadResources();

function cuesOf(text: string): { role: CueRole; text: string }[] {
  const tokens = tokenize(text, resources.clitics);
  const words = lookUpWords(tokens, resources.speechCues);
  return findSpeechCues(text, tokens, words, 0, tokens.length).map((cue) => {
    assert.equal(text.slice(cue.span.start, cue.span.end), cue.span.text, "cue span round-trips");
    return { role: cue.role, text: cue.span.text };
  });
}

const cases: { name: string; text: string; cues: { role: CueRole; text: string }[] }[] = [
  {
    name: "reads a word with a pronoun right after a preposition as a noun (خلال حملته), not a verb",
    text: "ودعا الوزير خلال حملته إلى خفض الضرائب.",
    cues: [{ role: "verb", text: "دعا" }],
  },
  {
    name: "still reads a verb with a pronoun after a preposition with its own pronoun (عليه واتهمه)",
    text: "ثم انقلب عليه واتهمه بدعم الفساد.",
    cues: [{ role: "verb", text: "اتهمه" }],
  },
  {
    name: "still reads a verb with a pronoun after من, which is also whom (من وصفتهم)",
    text: 'وطالبت قطر من وصفتهم بـ"دول الحصار" بالحوار.',
    cues: [
      { role: "verb", text: "طالبت" },
      { role: "verb", text: "وصفتهم" },
    ],
  },
  {
    name: "leaves و outside the cue (وقال → قال)",
    text: "وقال الوزير إن الوضع صعب.",
    cues: [{ role: "verb", text: "قال" }],
  },
  {
    name: "reads the imperfect (يقول)",
    text: "يقول محللون إن الخطوة رمزية.",
    cues: [{ role: "verb", text: "يقول" }],
  },
  {
    name: "reads a participle continuing a report (مشيرا)",
    text: "وأكد الوزير أن الاتفاق قريب، مشيرا إلى أن المحادثات مستمرة.",
    cues: [
      { role: "verb", text: "أكد" },
      { role: "participle", text: "مشيرا" },
    ],
  },
  {
    name: "reads بحسب ما أفاد as one attribution",
    text: "قتل عشرة أشخاص، بحسب ما أفاد المرصد.",
    cues: [{ role: "according", text: "بحسب ما أفاد" }],
  },
  {
    name: "reads وفقا لـ as one attribution",
    text: "ارتفع العدد، وفقا لـ مصادر طبية.",
    cues: [{ role: "according", text: "وفقا لـ" }],
  },
  {
    name: "reads حسب قوله as the speaker's own attribution",
    text: "والأعداد في تراجع حسب قوله.",
    cues: [{ role: "self", text: "حسب قوله" }],
  },
  {
    name: "reads على حد تعبيره as the speaker's own attribution",
    text: "والأزمة مفتعلة على حد تعبيره.",
    cues: [{ role: "self", text: "حد تعبيره" }],
  },
  {
    name: "reads a verb with an object pronoun (واتهمتهم)",
    text: "واتهمتهم بأنهم خونة.",
    cues: [{ role: "verb", text: "اتهمتهم" }],
  },
  { name: "finds no cue in a sentence without one", text: "وصل الوفد إلى بغداد أمس.", cues: [] },
];

for (const { name, text, cues } of cases) {
  test(name, () => assert.deepEqual(cuesOf(text), cues));
}
