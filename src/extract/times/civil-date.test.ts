import { test } from "node:test";
import assert from "node:assert/strict";
import { civilDate, dayNumber, formatDate, formatWeek, timexDays } from "./civil-date.js";

/** The first and last day of a TIMEX3 value as ISO dates, or null. */
function days(value: string): [string, string] | null {
  const range = timexDays(value);
  return range === null ? null : [formatDate(civilDate(range[0])), formatDate(civilDate(range[1]))];
}

test("a year, a month and a day cover their calendar days", () => {
  assert.deepEqual(days("2018"), ["2018-01-01", "2018-12-31"]);
  assert.deepEqual(days("2016-02"), ["2016-02-01", "2016-02-29"]);
  assert.deepEqual(days("2018-12"), ["2018-12-01", "2018-12-31"]);
  assert.deepEqual(days("2018-05-04"), ["2018-05-04", "2018-05-04"]);
  assert.deepEqual(days("2018-05-04TEV"), ["2018-05-04", "2018-05-04"]);
});

test("an ISO week runs Monday to Sunday, week 1 holding 4 January", () => {
  assert.deepEqual(days("2018-W01"), ["2018-01-01", "2018-01-07"]);
  assert.deepEqual(days("2021-W01"), ["2021-01-04", "2021-01-10"]);
  assert.deepEqual(days("2020-W53"), ["2020-12-28", "2021-01-03"]);
});

test("every day lies in the week formatWeek names for it", () => {
  for (
    let day = dayNumber({ year: 2015, month: 1, day: 1 });
    day < dayNumber({ year: 2026, month: 1, day: 1 });
    day++
  ) {
    const [first, last] = timexDays(formatWeek(day))!;
    assert.ok(first <= day && day <= last, formatDate(civilDate(day)));
  }
});

test("values that are no calendar period have no days", () => {
  for (const value of ["PAST_REF", "PRESENT_REF", "P3D", "2018-SU", "XXXX-05", "201"])
    assert.equal(timexDays(value), null, value);
});
