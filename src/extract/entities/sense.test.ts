import { test } from "node:test";
import assert from "node:assert/strict";
import type { KbSense } from "./kb.js";
import { chooseSense, isDateline, markAgreement } from "./sense.js";

const entity = (id: string, latin: string) => ({ id, type: "LOC" as const, latin, name: latin, core: true });
const OMAN: KbSense = {
  entity: entity("geo:OM", "Oman"),
  cues: new Set(["مسقط", "سلطنه"]),
  marked: ["عُمان"],
  dateline: false,
};
const AMMAN: KbSense = {
  entity: entity("geo:250441", "Amman"),
  cues: new Set(["اردن", "اربد"]),
  marked: ["عَمّان"],
  dateline: true,
};

const agreements: [string, string, number][] = [
  ["عمّان", "عُمان", -1], // a shadda the spelling lacks
  ["عمّان", "عَمّان", 1],
  ["عُمان", "عَمّان", -1], // damma against fatha
  ["عُمان", "عُمان", 1],
  ["عمان", "عُمان", 0], // no marks: no evidence
];
for (const [written, vocalized, expected] of agreements) {
  test(`marks of ${written} against ${vocalized} give ${expected}`, () =>
    assert.equal(markAgreement(written, vocalized), expected));
}

const datelines: [string, boolean][] = [
  ["عمان – أعلنت", true],
  ["عمان (رويترز) -", true],
  ["عمان، 12 آذار", true],
  ["زار عمان – أمس", false],
  ["عمان تعلن", false],
];
for (const [text, expected] of datelines) {
  test(`reads "${text}" as ${expected ? "a dateline" : "no dateline"}`, () =>
    assert.equal(isDateline(text, { start: text.indexOf("عمان"), end: text.indexOf("عمان") + 4 }), expected));
}

function choose(text: string, counts: Record<string, number> = {}, used: string[] = []): string {
  const start = text.search(/ع[\u064b-\u0652]?م/);
  const end = text.indexOf("ان", start) + 2;
  const context = {
    text,
    cueCounts: () => new Map(Object.entries(counts)),
    isUsed: (id: string) => used.includes(id),
  };
  return chooseSense([OMAN, AMMAN], { start, end }, context).latin;
}

test("takes the default, the first sense, without evidence", () => assert.equal(choose("زار عمان"), "Oman"));
test("lets marks outweigh cue words", () => assert.equal(choose("زار عمّان", { مسقط: 3 }), "Amman"));
test("counts cue words", () => assert.equal(choose("زار عمان", { اردن: 2, مسقط: 1 }), "Amman"));
test("keeps the sense chosen earlier in the document", () =>
  assert.equal(choose("زار عمان", { اردن: 1 }, ["geo:OM"]), "Oman"));
