import assert from "node:assert/strict";
import { test } from "node:test";
import { fillMonths } from "../../web/src/months.js";

test("fills the empty months between the API's months with zeros", () => {
  assert.deepEqual(
    fillMonths([
      { date: "2018-11", count: 2 },
      { date: "2019-02", count: 1 },
    ]),
    [
      { date: "2018-11", count: 2 },
      { date: "2018-12", count: 0 },
      { date: "2019-01", count: 0 },
      { date: "2019-02", count: 1 },
    ],
  );
});

test("bins by year when the span is longer than ten years", () => {
  const filled = fillMonths([
    { date: "2010-03", count: 1 },
    { date: "2010-07", count: 2 },
    { date: "2024-01", count: 5 },
  ]);
  assert.equal(filled.length, 15);
  assert.deepEqual(filled[0], { date: "2010", count: 3 });
  assert.deepEqual(filled.at(-1), { date: "2024", count: 5 });
});

test("ignores malformed dates and gives nothing for no data", () => {
  assert.deepEqual(fillMonths([]), []);
  assert.deepEqual(fillMonths([{ date: "unknown", count: 3 }]), []);
});
