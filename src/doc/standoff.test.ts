import assert from "node:assert/strict";
import { test } from "node:test";
import type { Document, LayerName } from "./index.js";
import { checkStandoff } from "./index.js";

function docWith(layers: Partial<Document["layers"]>): Document<LayerName> {
  return {
    id: "x",
    text: "قال باركر إن",
    meta: { title: null, published: null, url: null, outlet: null },
    layers: layers as Document["layers"],
    notes: [],
    provenance: { marsad: "0", stages: [], data: {} },
  };
}

test("accepts spans whose slice equals their text", () => {
  const doc = docWith({
    entities: [
      {
        id: "p",
        type: "PER",
        name: "باركر",
        latin: "Parker",
        mentions: [{ start: 4, end: 9, text: "باركر" }],
      },
    ],
  });
  assert.deepEqual(checkStandoff(doc), []);
});

test("reports a mention whose text does not match its offsets", () => {
  const doc = docWith({
    entities: [
      {
        id: "p",
        type: "PER",
        name: "باركر",
        latin: "Parker",
        mentions: [{ start: 3, end: 9, text: "باركر" }],
      },
    ],
  });
  assert.equal(checkStandoff(doc)[0]?.path, "entities[0].mentions[0]");
});

test("reports a span outside the text", () => {
  assert.match(checkStandoff(docWith({ sentences: [{ start: 0, end: 99 }] }))[0]!.problem, /not inside/);
});

test("reports an unsorted layer", () => {
  const problems = checkStandoff(
    docWith({
      sentences: [
        { start: 4, end: 9 },
        { start: 0, end: 3 },
      ],
    }),
  );
  assert.match(problems[0]!.problem, /not sorted/);
});

test("reports segments that do not tile their token", () => {
  const token = {
    start: 0,
    end: 3,
    text: "قال",
    kind: "word" as const,
    key: "قال",
    segments: [{ start: 0, end: 2, kind: "stem" as const, form: "قا" }],
  };
  assert.match(checkStandoff(docWith({ tokens: [token] }))[0]!.problem, /reach the token end/);
});
