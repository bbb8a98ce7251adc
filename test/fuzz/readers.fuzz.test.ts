/**
 * Mutation fuzzing of the readers: small valid inputs, flipped, cut, spliced with markup, quotes,
 * braces and CRLFs, and duplicated. Every call must give a result or a MarsadError, never another
 * exception, and finish quickly. MARSAD_FUZZ_RUNS sets the total number of inputs (default 100,000,
 * split across the readers by weight); `npm run fuzz` runs 250,000.
 */
import assert from "node:assert/strict";
import { performance } from "node:perf_hooks";
import { test } from "node:test";
import fc from "fast-check";
import { MarsadError } from "../../src/doc/index.js";
import { readFeed, readHtml, readJsonlLine } from "../../src/ingest/index.js";
import { readWarc } from "../../src/ingest/read-warc.js";
import { arabicPage, httpResponse, join, pageRecord, warcinfo, warcRecord } from "../ingest/warc-build.js";

const TOTAL_RUNS = Number(process.env["MARSAD_FUZZ_RUNS"] ?? 100_000);
/** Share of the total per reader, by what an input costs (HTML ~2 ms, feed ~0.2 ms, JSONL and WARC < 0.1 ms). */
const WEIGHTS = { html: 0.12, feed: 0.2, jsonl: 0.38, warc: 0.3 } as const;
/** One call taking longer than this is a hang, not a slow machine. */
const MAX_CALL_MS = 2000;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const FRAGMENTS = [
  "<",
  ">",
  "</",
  "/>",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "<script>",
  "</script>",
  "<p>",
  '<meta charset="windows-1256">',
  "&amp;",
  "&#x",
  "&#",
  '"',
  "'",
  "{",
  "}",
  "[",
  "]",
  ":",
  ",",
  "\\",
  "\\u",
  "\r\n",
  "\r\n\r\n",
  "\n",
  "\0",
  "WARC/1.0\r\n",
  "Content-Length: ",
  "Content-Length: 99999999\r\n",
  "Content-Type: text/html; charset=",
  "HTTP/1.1 200 OK\r\n",
  "<item>",
  "</item>",
  "<entry>",
  '<rss version="2.0">',
  '<?xml version="1.0" encoding="',
  "\u0627\u0644",
  "\ufeff",
].map((fragment) => encoder.encode(fragment));

const PARAGRAPH = "أعلنت البلدية صباح اليوم عن خطة لتوسيع الحدائق العامة في الأحياء الشرقية.";

const HTML_SEEDS = [
  arabicPage(1),
  `<html><head><title>خبر</title><meta property="og:url" content="https://example.com/a"></head><body><p>${PARAGRAPH}</p><script>var a = "</p>";</script></body></html>`,
  `<p>${PARAGRAPH}<br>سطر<img src="https://example.com/a.jpg"></p><iframe src="https://youtube.com/embed/x"></iframe>`,
].map((seed) => encoder.encode(seed));

const FEED_SEEDS = [
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>موقع</title><item><title>خبر</title><link>https://example.com/1</link><pubDate>Wed, 01 May 2024 10:00:00 +0300</pubDate><description>${PARAGRAPH}</description><content:encoded><![CDATA[<p>${PARAGRAPH}</p>]]></content:encoded></item><item><title>خبر 2</title><description>&lt;p&gt;${PARAGRAPH}&lt;/p&gt;</description></item></channel></rss>`,
  `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title><entry><title>خبر</title><link href="https://example.com/1"/><updated>2024-05-01T10:00:00Z</updated><content type="html">&lt;p&gt;${PARAGRAPH}&lt;/p&gt;</content></entry></feed>`,
].map((seed) => encoder.encode(seed));

const JSONL_SEEDS = [
  JSON.stringify({ text: PARAGRAPH, title: "خبر", date: "2024-05-01", url: "https://example.com/1" }),
  JSON.stringify({ body: PARAGRAPH, published: "2024-05-01T10:00:00+03:00", author: "مراسل" }),
  `{"text": "${PARAGRAPH}\\n\\u0627\\u0644", "tags": [1, 2.5e3, null, true, {"a": []}]}`,
].map((seed) => encoder.encode(seed));

const WARC_SEEDS = [
  join(warcinfo(), pageRecord(1), pageRecord(2)),
  join(
    pageRecord(3, { headers: { "Content-Type": "text/html; charset=windows-1256" } }),
    warcRecord(httpResponse("<p>x</p>", { status: 404 }), { version: "1.1" }),
  ),
];

type Mutation =
  | { readonly kind: "flip"; readonly at: number; readonly bits: number }
  | { readonly kind: "truncate"; readonly at: number }
  | { readonly kind: "insert"; readonly at: number; readonly fragment: number }
  | { readonly kind: "duplicate"; readonly at: number; readonly length: number; readonly to: number }
  | { readonly kind: "delete"; readonly at: number; readonly length: number };

const position = fc.nat({ max: 1 << 20 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: position, bits: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: position }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: position,
    fragment: fc.nat({ max: FRAGMENTS.length - 1 }),
  }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    at: position,
    length: fc.integer({ min: 1, max: 64 }),
    to: position,
  }),
  fc.record({ kind: fc.constant("delete" as const), at: position, length: fc.integer({ min: 1, max: 16 }) }),
);

function mutate(seed: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let bytes = seed;
  for (const m of mutations) {
    const at = bytes.length === 0 ? 0 : m.at % (bytes.length + 1);
    switch (m.kind) {
      case "flip":
        if (at < bytes.length) {
          bytes = bytes.slice();
          bytes[at] = bytes[at]! ^ m.bits;
        }
        break;
      case "truncate":
        bytes = bytes.subarray(0, at);
        break;
      case "insert":
        bytes = join(bytes.subarray(0, at), FRAGMENTS[m.fragment]!, bytes.subarray(at));
        break;
      case "duplicate": {
        const to = m.to % (bytes.length + 1);
        bytes = join(bytes.subarray(0, to), bytes.subarray(at, at + m.length), bytes.subarray(to));
        break;
      }
      case "delete":
        bytes = join(bytes.subarray(0, at), bytes.subarray(at + m.length));
        break;
    }
  }
  return bytes;
}

function mutated(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([seed, mutations]) => mutate(seeds[seed]!, mutations));
}

function preview(bytes: Uint8Array): string {
  return JSON.stringify(decoder.decode(bytes.subarray(0, 2000)));
}

/** Runs `read`; passes when it returns or throws a MarsadError in time, fails naming the input otherwise. */
function survives(bytes: Uint8Array, read: (bytes: Uint8Array) => void): void {
  const start = performance.now();
  try {
    read(bytes);
  } catch (error) {
    if (!(error instanceof MarsadError)) {
      assert.fail(`threw ${String(error)} on input ${preview(bytes)}`);
    }
  }
  const ms = performance.now() - start;
  assert.ok(ms < MAX_CALL_MS, `took ${ms.toFixed(0)} ms on input ${preview(bytes)}`);
}

function fuzz(
  name: keyof typeof WEIGHTS,
  seeds: readonly Uint8Array[],
  read: (bytes: Uint8Array) => void,
): void {
  const runs = Math.max(1, Math.round(TOTAL_RUNS * WEIGHTS[name]));
  test(`the ${name} reader gives a result or a MarsadError on ${runs} mutated inputs`, () => {
    for (const seed of seeds) survives(seed, read);
    const start = performance.now();
    fc.assert(
      fc.property(mutated(seeds), (bytes) => survives(bytes, read)),
      { numRuns: runs },
    );
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.log(`fuzz ${name}: ${runs} inputs in ${seconds} s`);
  });
}

fuzz("html", HTML_SEEDS, (bytes) => {
  readHtml(bytes, "fuzz.html");
});

fuzz("feed", FEED_SEEDS, (bytes) => {
  for (const result of readFeed(bytes, "fuzz.xml"))
    assert.ok(result instanceof MarsadError || "text" in result);
});

fuzz("jsonl", JSONL_SEEDS, (bytes) => {
  readJsonlLine(decoder.decode(bytes), "fuzz.jsonl:1");
});

fuzz("warc", WARC_SEEDS, (bytes) => {
  // Pushed in three pieces, cut where a chunked stream could cut them.
  const reader = readWarc("fuzz.warc");
  const a = bytes.length >> 2;
  const b = (bytes.length * 3) >> 2;
  const results = [
    ...reader.push(bytes.subarray(0, a)),
    ...reader.push(bytes.subarray(a, b)),
    ...reader.push(bytes.subarray(b)),
    ...reader.end(),
  ];
  for (const result of results)
    assert.ok(result instanceof MarsadError || result.block instanceof Uint8Array);
});
