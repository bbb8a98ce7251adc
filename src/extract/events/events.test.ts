import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { checkStandoff, type Document, type LayerName, type Stage } from "../../doc/index.js";
import { analyzeText, DEFAULT_STAGES } from "../../pipeline/index.js";
import type { Resources } from "../../resources/index.js";
import { splitSentences, tokenize } from "../../text/index.js";
import { timesStage } from "../times/index.js";
import { eventsStage, type EventRecord } from "./index.js";
import { resources } from "./test-support.js";

type AnyStage = Stage<LayerName, LayerName, Resources>;
const stages = [
  ...DEFAULT_STAGES.filter((stage) => stage.id !== timesStage.id && stage.id !== eventsStage.id),
  timesStage,
  eventsStage,
] as readonly AnyStage[];

function analyze(text: string): Document<LayerName> {
  return analyzeText(text, resources, { meta: { published: "2018-05-04" }, stages });
}

function eventsOf(doc: Document<LayerName>): readonly EventRecord[] {
  return (doc.layers.events ?? []) as readonly EventRecord[];
}

test("gives typed, dated, stand-off events on a short article", () => {
  const doc = analyze(
    "اعتقلت الشرطة الفرنسية أمس خمسة أشخاص في باريس.\nوقال المتحدث إن التحقيق مستمر.\nوتظاهر آلاف في مرسيليا السبت.",
  );
  assert.deepEqual(checkStandoff(doc), []);
  const events = eventsOf(doc);
  const arrest = events.find((event) => event.type === "ARREST");
  assert.ok(arrest, "an ARREST event");
  assert.equal(arrest.trigger.text, "اعتقلت");
  assert.equal(arrest.time, "2018-05-03");
  assert.equal(arrest.sentence, 0);
  assert.ok(arrest.confidence > 0 && arrest.confidence <= 1);
  for (const event of events) {
    assert.equal(doc.text.slice(event.trigger.start, event.trigger.end), event.trigger.text);
    const ids = new Set((doc.layers.entities ?? []).map((entity) => entity.id));
    for (const id of [...event.actors, ...event.targets, ...(event.place === null ? [] : [event.place])]) {
      assert.ok(ids.has(id), `${id} is an entity of the document`);
    }
  }
});

test("gives events sorted by trigger and none for text without triggers", () => {
  const doc = analyze("قتل مسلحون جنديين. ثم هاجموا مركزا للشرطة. الطقس معتدل.");
  const starts = eventsOf(doc).map((event) => event.trigger.start);
  assert.deepEqual(
    starts,
    [...starts].sort((a, b) => a - b),
  );
  assert.deepEqual(eventsOf(analyze("الطقس معتدل اليوم في العاصمة.")), []);
});

test("never throws and keeps triggers inside the text for any text", () => {
  const alphabet = fc.constantFrom(
    ...'قتلاعنهمويبس ،."«»\n0123أإآةىـًُ'.split(""),
    "قتل ",
    "أعلن ",
    "مقتل ",
    "اعتقلت ",
    "في ",
    "أن ",
  );
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 60 }), (parts) => {
      const text = parts.join("");
      const tokens = tokenize(text, resources.clitics);
      const base = {
        id: "p",
        text,
        meta: { title: null, published: null, url: null, outlet: null },
        layers: { sentences: splitSentences(text), tokens, entities: [], times: [] },
        notes: [],
        provenance: { marsad: "0", stages: [], data: {} },
      };
      const events = eventsStage.run(base, { resources, reference: null, note: () => undefined });
      for (const event of events) {
        assert.ok(
          event.trigger.start >= 0 &&
            event.trigger.end <= text.length &&
            event.trigger.start < event.trigger.end,
        );
        assert.equal(text.slice(event.trigger.start, event.trigger.end), event.trigger.text);
      }
    }),
    { numRuns: 300 },
  );
});

test("an event lists its trigger among its mentions, all in the text and in text order", () => {
  const doc = analyze(
    "قتل مسلحون 54 شخصا في هجوم على سوق في كابول أمس.\nوقال مسؤول إن المسلحين قتلوا المدنيين في السوق أمس.\nوكانت الشرطة اعتقلت ثلاثة أشخاص الأسبوع الماضي.",
  );
  const events = eventsOf(doc);
  assert.ok(events.length > 0);
  for (const event of events) {
    assert.ok(event.mentions.some((m) => m.start === event.trigger.start && m.end === event.trigger.end));
    const starts = event.mentions.map((m) => m.start);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    for (const m of event.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  }
  // Mentions of different events never overlap: each names one event.
  const all = events.flatMap((event) => event.mentions.map((m) => m.start));
  assert.equal(new Set(all).size, all.length);
});
