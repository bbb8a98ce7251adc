import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { checkStandoff, type Document, type LayerName, type Note } from "../../doc/index.js";
import { tokenize } from "../../text/index.js";
import { timesStage } from "./index.js";
import { resources, timesOf } from "./test-fixtures.js";

function runStage(text: string, reference: string | null): { doc: Document<LayerName>; notes: Note[] } {
  const notes: Note[] = [];
  const tokens = tokenize(text, resources.clitics);
  const base = {
    id: "t",
    text,
    meta: { title: null, published: reference, url: null, outlet: null },
    layers: { tokens },
    notes: [],
    provenance: { marsad: "0", stages: [], data: {} },
  };
  const times = timesStage.run(base, { resources, reference, note: (note) => notes.push(note) });
  return { doc: { ...base, layers: { tokens, times } } as unknown as Document<LayerName>, notes };
}

test("gives a stand-off times layer on a whole article", () => {
  const text =
    "أعلنت وزارة الداخلية اليوم الجمعة أن قوات الأمن اعتقلت أمس خمسة أشخاص.\n" +
    "وكانت الخلية تنشط منذ أشهر، وقد بدأت التحقيقات في أواخر 2017، أي قبل ثلاثة أيام من الانتخابات.\n" +
    "وفي 13 رجب 1443 هـ الموافق 14 شباط/فبراير 2022 صدر الحكم.";
  const { doc } = runStage(text, "2018-05-04");
  assert.deepEqual(checkStandoff(doc), []);
  assert.ok((doc.layers.times ?? []).length >= 6);
});

test("notes a reference that is not a date and leaves relative times unresolved", () => {
  const { doc, notes } = runStage("وصل أمس", "soon");
  assert.equal(notes[0]?.code, "times.bad-reference");
  assert.equal(doc.layers.times?.[0]?.value, "XXXX-XX-XX");
});

test("gives sorted, in-bounds, round-tripping spans for any text and never throws", () => {
  const pieces = [
    "عام",
    "2019",
    "أمس",
    "منذ",
    "أشهر",
    "أواخر",
    "السبت",
    "الماضي",
    "١٤",
    "شباط",
    "/",
    "-",
    "الساعة",
    "قبل",
    "ثلاثة",
    "أيام",
    "رجب",
    "هـ",
    "الـ",
    "24",
    ":",
    "30",
    "(",
    ")",
    "ل",
    "و",
    " ",
    "\n",
    "x",
    "é",
  ];
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 40 }),
      fc.constantFrom("2018-05-04", null),
      fc.constantFrom(" ", ""),
      (parts, reference, joiner) => {
        const text = parts.join(joiner);
        const times = timesOf(text, reference);
        let previousEnd = 0;
        for (const time of times) {
          assert.ok(time.start >= previousEnd && time.start < time.end && time.end <= text.length);
          assert.equal(text.slice(time.start, time.end), time.text);
          previousEnd = time.end;
        }
      },
    ),
    { numRuns: 500 },
  );
});
