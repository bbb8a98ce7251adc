import assert from "node:assert/strict";
import { test } from "node:test";
import { formatNumber } from "../../web/src/numbers.js";

test("Arabic counts read as Intl's ar-EG writes them", () => {
  const arabic = new Intl.NumberFormat("ar-EG");
  // Every digit count up to the largest safe integer, with each digit in each place.
  const values = [0, 7, 10, 99, 100, 999, 1000, 1234, 12_345, 123_456, 1_000_000, 98_765_432];
  for (let digits = 1; digits <= 16; digits++) values.push(Number("1".repeat(digits)), 10 ** (digits - 1));
  values.push(Number.MAX_SAFE_INTEGER);
  for (const value of values) assert.equal(formatNumber("ar", value), arabic.format(value), String(value));
});

test("English, negative and fractional numbers are Intl's", () => {
  assert.equal(formatNumber("en", 12_345), "12,345");
  assert.equal(formatNumber("ar", -3), new Intl.NumberFormat("ar-EG").format(-3));
  assert.equal(formatNumber("ar", 2.5), new Intl.NumberFormat("ar-EG").format(2.5));
});
