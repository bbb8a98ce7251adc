import { test } from "node:test";
import assert from "node:assert/strict";
import { loadResources } from "../../node/resources.js";
import { tokenize } from "../../text/index.js";
import { lookUpWords } from "./find-cues.js";
import { findSetting } from "./find-setting.js";
import { buildReading } from "./reading.js";

const resources = loadResources();

/** The setting found between the sentence start and its first complementizer (إن/أن). */
function settingOf(text: string): string | null {
  const tokens = tokenize(text, resources.clitics);
  const reading = buildReading(text, tokens, lookUpWords(tokens, resources.speechCues), []);
  const to = tokens.findIndex((token) => token.key === "ان");
  const setting = findSetting(reading, 0, to < 0 ? tokens.length : to);
  if (setting === null) return null;
  assert.equal(text.slice(setting.start, setting.end), setting.text, "setting span round-trips");
  return setting.text;
}

const cases: { name: string; text: string; setting: string | null }[] = [
  {
    name: "reads an interview with its channel (في لقاء مع قناة الحرة)",
    text: "وقال الوزير في لقاء مع قناة الحرة إن المفاوضات متعثرة.",
    setting: "في لقاء مع قناة الحرة",
  },
  {
    name: "reads a statement (في بيان)",
    text: "وأعلنت الحكومة في بيان إن الحدود مغلقة.",
    setting: "في بيان",
  },
  {
    name: "stops at an adverb of time (خلال مؤتمر صحفي الأحد)",
    text: "وقال خلال مؤتمر صحفي الأحد إن الهدنة صامدة.",
    setting: "خلال مؤتمر صحفي",
  },
  {
    name: "finds the occasion noun two words after the preposition (في سياق حديثها)",
    text: "وقالت في سياق حديثها إن الأزمة مفتعلة.",
    setting: "في سياق حديثها",
  },
  {
    name: "leaves the و outside the setting (وفي تغريدة)",
    text: "وفي تغريدة على تويتر قال المتحدث إن الهجوم فشل.",
    setting: "في تغريدة على تويتر",
  },
  {
    name: "finds none for a place (في الرياض)",
    text: "وقال الوزير في الرياض إن الاتفاق قريب.",
    setting: null,
  },
];

for (const c of cases) {
  test(`findSetting ${c.name}`, () => assert.equal(settingOf(c.text), c.setting));
}
