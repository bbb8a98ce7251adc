import assert from "node:assert/strict";
import { test } from "node:test";
import { gregorianToHijri, hijriToGregorian } from "./hijri.js";

const pairs: readonly [string, [number, number, number], [number, number, number]][] = [
  ["converts 13 Rajab 1443 to 14 February 2022", [1443, 7, 13], [2022, 2, 14]],
  ["converts 1 Ramadan 1439 to 16 May 2018 (Umm al-Qura)", [1439, 9, 1], [2018, 5, 16]],
  ["converts 1 Muharram 1440 to 11 September 2018", [1440, 1, 1], [2018, 9, 11]],
  ["converts 10 Dhu al-Hijja 1444 to 28 June 2023", [1444, 12, 10], [2023, 6, 28]],
];

for (const [name, [hy, hm, hd], [y, m, d]] of pairs) {
  test(name, () => {
    assert.deepEqual(hijriToGregorian({ year: hy, month: hm, day: hd }), { year: y, month: m, day: d });
    assert.deepEqual(gregorianToHijri({ year: y, month: m, day: d }), { year: hy, month: hm, day: hd });
  });
}

test("refuses a month that does not exist", () => {
  assert.equal(hijriToGregorian({ year: 1443, month: 13, day: 1 }), null);
});

test("round-trips every day of 2018 through the Hijri calendar", () => {
  for (let day = 0; day < 365; day++) {
    const date = new Date(Date.UTC(2018, 0, 1 + day));
    const civil = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    assert.deepEqual(hijriToGregorian(gregorianToHijri(civil)), civil);
  }
});
