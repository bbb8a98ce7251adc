import assert from "node:assert/strict";
import { test } from "node:test";
import { testResources } from "../../test/helpers/resources.js";
import { contractCorpus, withoutMentions } from "./contract-corpus.js";
import { decodeSpans, encodeSpans, recordToRows } from "./rows.js";
import { recordFromRows } from "./read-rows.js";

const resources = testResources();

test("rebuilds every corpus record exactly from its rows", () => {
  for (const { record } of contractCorpus(resources)) {
    const rows = recordToRows(record, resources);
    assert.deepEqual(recordFromRows(rows), record);
  }
});

test("drops the tokens layer, which is derived from the text", () => {
  const { record } = contractCorpus(resources)[0]!;
  const withTokens = { ...record, tokens: [] };
  assert.deepEqual(recordFromRows(recordToRows(withTokens, resources)), record);
});

test("keeps no layer surface: entity mentions are offsets only", () => {
  const { record } = contractCorpus(resources)[0]!;
  const rows = recordToRows(record, resources);
  const mentions = rows.entities.map((row) => row.mentions).join(";");
  assert.match(mentions, /^[\d,;]*$/);
  assert.ok(record.entities.length > 0);
});

test("marks a quote's subjects: entities mentioned inside it", () => {
  const record = contractCorpus(resources).find((article) => article.name === "mekdad")!.record;
  const rows = recordToRows(record, resources);
  const un = record.entities.find((entity) => entity.latin === "United Nations");
  assert.ok(un);
  const quote = rows.quotes.find((row) => record.text.slice(row.start, row.end).includes("الأمم المتحدة"));
  assert.ok(quote?.about.includes(un.id));
});

test("dates an event by its own calendar time, else by the article", () => {
  const record = contractCorpus(resources).find((article) => article.name === "raid")!.record;
  const event = record.events[0]!;
  // The timeline date is the calendar part of the TIMEX3 value; a week or no time falls back to the article.
  const cases: [time: string | null, date: string | null][] = [
    ["2023-11-05", "2023-11-05"],
    ["2023-11-05TMO", "2023-11-05"],
    ["2023-11-05T19:50", "2023-11-05"],
    ["2023-11", "2023-11"],
    ["2023-W44", record.meta.published],
    [null, record.meta.published],
  ];
  const rows = recordToRows({ ...record, events: cases.map(([time]) => ({ ...event, time })) }, resources);
  assert.deepEqual(
    rows.events.map((row) => row.date),
    cases.map(([, date]) => date),
  );
});

test("an event from an older record, without mentions, comes back without them", () => {
  const { record } = contractCorpus(resources).find((article) => article.name === "raid")!;
  assert.ok(record.events.length > 0);
  const old = { ...record, events: record.events.map(withoutMentions) };
  const rows = recordToRows(old, resources);
  assert.ok(rows.events.every((row) => row.mentions === null));
  assert.deepEqual(recordFromRows(rows), old);
});

test("round-trips spans through their compact text", () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 122, end: 127 },
  ];
  assert.equal(encodeSpans(spans), "0,5;122,127");
  assert.deepEqual(decodeSpans(encodeSpans(spans)), spans);
  assert.deepEqual(decodeSpans(""), []);
});
