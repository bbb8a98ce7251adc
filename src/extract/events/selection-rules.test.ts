/**
 * The rules of events@6 that tell a main event from a background one, each on sentences written for
 * the test: name heads, irrealis governors, the future, reported clauses, the event's age and the
 * per-article minimum counted in events.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../pipeline/index.js";
import { eventAge } from "./event-age.js";
import { eventCandidates, type EventCandidate } from "./event-candidates.js";
import { keepMain, salienceFeatures } from "./event-salience.js";
import { keepDistinct } from "./merge-events.js";
import { eventRecord, resources, triggersOf } from "./test-support.js";

function candidatesOf(text: string, published: string | null = "2018-04-14"): EventCandidate[] {
  return eventCandidates(analyzeText(text, resources, { meta: { published } }), resources.events);
}

function typesOf(text: string): string[] {
  return triggersOf(text).map((trigger) => `${trigger.text}:${trigger.type}`);
}

test("a trigger word after a name head completes a name and names no event", () => {
  assert.deepEqual(typesOf("قال المتحدث باسم تحالف دعم الشرعية إن المطار آمن."), []);
  assert.deepEqual(typesOf("حلقت طائرة مسيرة فوق الميناء."), []);
  assert.deepEqual(typesOf("اجتمع وزراء مجلس التعاون في الرياض."), ["اجتمع:CONSULT"]);
  // Without the head the same words are events.
  assert.ok(typesOf("دعم البرلمان خطة الحكومة.").includes("دعم:SUPPORT"));
  assert.ok(typesOf("انطلقت مسيرة حاشدة في وسط المدينة.").includes("مسيرة:PROTEST"));
  // A conjunction opens a new phrase: the head does not reach past it (the stage's own scan strips
  // the و the tokenizer leaves on short stems).
  const joined = candidatesOf("شارك أعضاء المجلس ودعم الوزير المبادرة.").map((c) => c.trigger);
  assert.ok(joined.some((trigger) => trigger.text === "دعم" && trigger.type === "SUPPORT"));
});

test("an event someone calls for, aims at or will do is possible, not asserted", () => {
  const possible = (text: string, word: string) => triggersOf(text).find((t) => t.text === word)?.possible;
  assert.equal(possible("خرجت مظاهرات تدعو إلى الإطاحة بالحكومة.", "الإطاحة"), true);
  assert.equal(possible("تجمع العمال للمطالبة باستقالة المدير.", "استقالة"), true);
  assert.equal(possible("قال الوزير إنه سيقدم استقالته غدا.", "استقالته"), true);
  assert.equal(possible("وأضاف أن القصف يهدف إلى تهديد المدنيين.", "تهديد"), true);
  // The same events reported as done.
  assert.equal(possible("أدت الاحتجاجات إلى الإطاحة بالحكومة.", "الإطاحة"), false);
  assert.equal(possible("قدم الوزير استقالته أمس.", "استقالته"), false);
});

test("أسر captures only with a count or fighters after it; أسر الضحايا are families", () => {
  assert.ok(typesOf("أسر الجيش عشرات المسلحين قرب الحدود.").includes("أسر:ARREST"));
  assert.deepEqual(
    typesOf("طالبت أسر الضحايا بالعدالة.").filter((t) => t.endsWith("ARREST")),
    [],
  );
});

test("a trigger after أن/إن in its sentence is the content of reported speech", () => {
  const [reported] = candidatesOf("قالت الشرطة إنها اعتقلت رجلا في المطار.");
  assert.equal(reported?.trigger.text, "اعتقلت");
  assert.equal(reported.reported, true);
  assert.ok(salienceFeatures(reported).some(([name]) => name === "reported"));
  const [told] = candidatesOf("اعتقلت الشرطة رجلا في المطار.");
  assert.equal(told?.reported, false);
});

test("an event dated far from publication is old, a recent one is recent", () => {
  assert.equal(eventAge("2018-04-13", "2018-04-14"), "recent");
  assert.equal(eventAge("2018-W15", "2018-04-14"), "recent");
  assert.equal(eventAge("2018-04", "2018-04-14"), "recent");
  assert.equal(eventAge("2018-03-01", "2018-04-14"), "old");
  assert.equal(eventAge("2013", "2018-04-14"), "old");
  assert.equal(eventAge("PAST_REF", "2018-04-14"), "old");
  // No date, no calendar value or no publication date: unknown.
  assert.equal(eventAge(null, "2018-04-14"), undefined);
  assert.equal(eventAge("PRESENT_REF", "2018-04-14"), undefined);
  assert.equal(eventAge("P3D", "2018-04-14"), undefined);
  assert.equal(eventAge("2013", null), undefined);
  const text = "قتل مسلحون جنديا يوم 13 نيسان/أبريل 2018. وكانت الجماعة قد اغتالت قاضيا عام 2013.";
  const candidates = candidatesOf(text);
  const age = (word: string) => candidates.find((c) => c.trigger.text === word)?.age;
  assert.equal(age("قتل"), "recent");
  assert.equal(age("اغتالت"), "old");
  assert.ok(
    salienceFeatures(candidates.find((c) => c.trigger.text === "اغتالت")!).some(([n]) => n === "dated-old"),
  );
  // Text given without a publication date (the command line): no age at all.
  assert.ok(candidatesOf(text, null).every((candidate) => candidate.age === undefined));
});

test("the per-article minimum counts events: a repeat of a kept event does not fill it", () => {
  const events = [
    eventRecord("KILL", "قتل", 0),
    eventRecord("KILL", "قتل", 20),
    eventRecord("ARREST", "اعتقل", 40),
  ];
  const saliences = [0.3, 0.2, 0.1];
  // Two candidates would be the same killing told twice; the arrest is the second event.
  assert.deepEqual(keepDistinct(events, saliences, 0.9, 2), [true, true, true]);
  assert.deepEqual(keepMain(saliences, 0.9, 2), [true, true, false]);
  // Above the threshold everything stays; no minimum keeps only those.
  assert.deepEqual(keepDistinct(events, [0.95, 0.2, 0.1], 0.9, 0), [true, false, false]);
});
