import assert from "node:assert/strict";
import { test } from "node:test";
import type { EventRecord } from "./index.js";
import { mergeRepeats } from "./merge-events.js";
import { eventRecord } from "./test-support.js";

function event(
  start: number,
  type: string,
  time: string | null,
  actors: string[] = [],
  text = "قتل",
): EventRecord {
  return eventRecord(type, text, start, actors, time);
}

test("merges a dated repeat into the first mention and keeps both mentions", () => {
  const merged = mergeRepeats([event(0, "KILL", "2018-05-03"), event(40, "KILL", "2018-05-03")]);
  assert.equal(merged.length, 1);
  assert.equal(merged[0]!.trigger.start, 0);
  assert.deepEqual(
    merged[0]!.mentions.map((m) => m.start),
    [0, 40],
  );
});

test("a candidate left out only adds a mention to the event it names, never an event", () => {
  const kept = [event(20, "KILL", null, ["a"]), event(60, "ARREST", "2018-05-01")];
  const others = [event(0, "KILL", null, ["a"]), event(90, "ARREST", "2018-04-01"), event(99, "AID", null)];
  const merged = mergeRepeats(kept, others);
  assert.equal(merged.length, 2);
  assert.deepEqual(
    merged.map((e) => e.mentions.map((m) => m.start)),
    [[0, 20], [60]],
  );
  assert.equal(merged[0]!.trigger.start, 20, "the selected trigger stays the event's trigger");
});

test("the same trigger word again names the same event unless the dates differ", () => {
  const speech = (start: number, text: string, time: string | null) =>
    event(start, "DECLARE", time, [], text);
  const merged = mergeRepeats([speech(0, "خطاب", null), speech(50, "الخطاب", "2018-03-01")]);
  assert.equal(merged.length, 1, "خطاب and الخطاب, one undated: one speech");
  assert.equal(merged[0]!.time, "2018-03-01", "the later mention's date fills the event's");
  assert.equal(
    mergeRepeats([speech(0, "خطاب", "2018-02-01"), speech(50, "خطاب", "2018-03-01")]).length,
    2,
    "two dated speeches on different days stay two",
  );
  assert.equal(
    mergeRepeats([speech(0, "خطاب", null), speech(50, "إعلان", null)]).length,
    2,
    "another word, no shared actor or date: two events",
  );
});
