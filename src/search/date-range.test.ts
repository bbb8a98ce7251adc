import assert from "node:assert/strict";
import { test } from "node:test";
import { isMarsadError } from "../doc/index.js";
import { dayBounds, publishedDay } from "./date-range.js";

test("turns an inclusive range into day bounds with an exclusive end", () => {
  assert.deepEqual(dayBounds({ from: "2024", to: "2024" }), { from: "2024-01-01", until: "2025-01-01" });
  assert.deepEqual(dayBounds({ from: "2024-02", to: "2024-12" }), {
    from: "2024-02-01",
    until: "2025-01-01",
  });
  assert.deepEqual(dayBounds({ to: "2024-02-29" }), { from: null, until: "2024-03-01" });
  assert.deepEqual(dayBounds({}), { from: null, until: null });
});

test("refuses a bound that is not a date", () => {
  for (const bad of ["2024-13", "yesterday", "2024-1-1"]) {
    assert.throws(
      () => dayBounds({ from: bad }),
      (error) => isMarsadError(error) && error.code === "query.invalid",
    );
  }
});

test("reads the day of ISO, partial and RFC 822 published dates", () => {
  assert.equal(publishedDay("2024-03-10T23:30:00+03:00"), "2024-03-10");
  assert.equal(publishedDay("2024-03"), "2024-03-01");
  assert.equal(publishedDay("Fri, 04 May 2018 18:19:13 +0400"), "2018-05-04");
  assert.equal(publishedDay("قبل يومين"), null);
  assert.equal(publishedDay(null), null);
});
