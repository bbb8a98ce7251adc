import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalUrl, contentHash } from "./content-hash.js";

test("gives the same hash to copies differing in diacritics, hamza, punctuation and spacing", () => {
  const a = contentHash("قالَ الرئيسُ: إنّ الحوار مستمر.");
  const b = contentHash("قال الرئيس  ان الحوار   مستمر");
  assert.equal(a, b);
  assert.match(a, /^[0-9a-f]{32}$/);
});

test("gives different hashes to different texts", () => {
  assert.notEqual(contentHash("الحوار مستمر"), contentHash("الحوار متوقف"));
  assert.notEqual(contentHash("٣ قتلى"), contentHash("4 قتلى"));
});

const urls: Array<[string, string, string | null]> = [
  ["lower-cases the host and drops www", "https://WWW.Example.COM/a/B", "https://example.com/a/B"],
  ["drops utm_* and fbclid", "https://x.com/a?utm_source=tw&id=3&fbclid=abc", "https://x.com/a?id=3"],
  ["drops the fragment and trailing slash", "http://x.com/news/12/#top", "https://x.com/news/12"],
  ["sorts the remaining parameters", "https://x.com/a?b=2&a=1", "https://x.com/a?a=1&b=2"],
  ["drops the default port", "https://x.com:443/a", "https://x.com/a"],
  ["refuses what is not http(s)", "ftp://x.com/a", null],
  ["refuses what is not a URL", "not a url", null],
];
for (const [name, input, expected] of urls)
  test(`canonicalUrl ${name}`, () => assert.equal(canonicalUrl(input), expected));

test("canonicalUrl gives one form to an Arabic path however it is escaped", () => {
  assert.equal(
    canonicalUrl("https://x.com/سوريا"),
    canonicalUrl("https://x.com/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7/"),
  );
});
