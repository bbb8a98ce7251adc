import assert from "node:assert/strict";
import { test } from "node:test";
import { durationValue, normalizeTime, type TimeParse } from "./normalize-time.js";

const friday = { year: 2018, month: 5, day: 4 };
const january = { year: 2018, month: 1, day: 10 };

const gregorian = (
  year: number | null,
  month: number | null,
  day: number | null,
  monthDirection: number | null = null,
) =>
  ({
    base: { kind: "date", calendar: "gregorian", year, yearOffset: null, month, monthDirection, day },
  }) as const;

const cases: readonly [string, TimeParse, typeof friday | null, string][] = [
  [
    "puts a month without a year nearest the reference (December in January is last year)",
    gregorian(null, 12, null),
    january,
    "2017-12",
  ],
  [
    "puts a month without a year in the reference year when nearer",
    gregorian(null, 3, null),
    friday,
    "2018-03",
  ],
  ["reads مايو الماضي in May as last year's May", gregorian(null, 5, null, -1), friday, "2017-05"],
  ["reads مايو المقبل in May as next year's May", gregorian(null, 5, null, 1), friday, "2019-05"],
  [
    "resolves الجمعة on a Friday to the same day",
    { base: { kind: "weekday", weekday: 5, direction: null } },
    friday,
    "2018-05-04",
  ],
  [
    "resolves الجمعة الماضي on a Friday to a week before",
    { base: { kind: "weekday", weekday: 5, direction: -1 } },
    friday,
    "2018-04-27",
  ],
  [
    "resolves الجمعة المقبل on a Friday to a week after",
    { base: { kind: "weekday", weekday: 5, direction: 1 } },
    friday,
    "2018-05-11",
  ],
  [
    "resolves الشهر الماضي across a year",
    { base: { kind: "relative", unit: "M", offset: -1 } },
    january,
    "2017-12",
  ],
  [
    "keeps العام الماضي unresolved as XXXX",
    { base: { kind: "relative", unit: "Y", offset: -1 } },
    null,
    "XXXX",
  ],
  ["reads القرن الماضي as 19", { base: { kind: "century", century: null, offset: -1 } }, friday, "19"],
  [
    "reads الصيف الماضي in May as last summer",
    { base: { kind: "season", season: "SU", year: null, yearOffset: null, direction: -1 } },
    friday,
    "2017-SU",
  ],
  [
    "gives hours before the reference as PAST_REF",
    { base: { kind: "relative", unit: "H", offset: -2 } },
    friday,
    "PAST_REF",
  ],
  [
    "puts a clock on an unknown day without a reference",
    { base: { kind: "context-day" }, clock: { hour: 9, minute: 5, utc: true } },
    null,
    "XXXX-XX-XXT09:05Z",
  ],
];

for (const [name, parse, reference, value] of cases) {
  test(name, () => assert.equal(normalizeTime(parse, reference).value, value));
}

test("marks values computed from the reference with anchor", () => {
  assert.equal(normalizeTime({ base: { kind: "relative-day", offset: -1 } }, friday).anchor, "reference");
  assert.equal(normalizeTime(gregorian(2017, null, null), friday).anchor, undefined);
});

test("writes TIMEX3 durations with T for hours and X for unknown counts", () => {
  assert.equal(durationValue("D", 3), "P3D");
  assert.equal(durationValue("M", null), "PXM");
  assert.equal(durationValue("H", 24), "PT24H");
  assert.equal(durationValue("MIN", 10), "PT10M");
  assert.equal(durationValue("DE", null), "PXDE");
});

test("keeps a Hijri month without a year unresolved without a reference", () => {
  const value = normalizeTime(
    {
      base: {
        kind: "date",
        calendar: "hijri",
        year: null,
        yearOffset: null,
        month: 9,
        monthDirection: null,
        day: null,
      },
    },
    null,
  );
  assert.deepEqual(
    [value.value, value.hijri, value.calendar, value.resolved],
    ["XXXX-09", "XXXX-09", "hijri", false],
  );
});
