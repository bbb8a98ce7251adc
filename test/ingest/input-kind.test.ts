import assert from "node:assert/strict";
import { test } from "node:test";
import { detectInputKind, INPUT_KIND_HEAD_BYTES, type InputKind } from "../../src/ingest/index.js";

const encoder = new TextEncoder();

const cases: [name: string, text: string, kind: InputKind][] = [
  [
    "an RSS feed after an XML declaration and a comment",
    '<?xml version="1.0"?>\n<!-- x -->\n<rss version="2.0">',
    "feed",
  ],
  ["an Atom feed", '\uFEFF<feed xmlns="http://www.w3.org/2005/Atom">', "feed"],
  [
    "an RDF feed",
    '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    "feed",
  ],
  [
    "an RSS 0.91 feed with its doctype",
    '<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss>',
    "feed",
  ],
  ["an HTML page", "<!DOCTYPE html><html><head><title>404</title>", "html"],
  ["a JSONL corpus", '{"text": "قال الوزير"}\n{"text": "ب"}\n', "jsonl"],
  ["a JSONL corpus after blank lines", '\n\n  {"id": 1}', "jsonl"],
  ["a JSON array", '[{"text": "قال"}]', "text"],
  ["a broken first line", '{"text": "قال\n', "text"],
  ["a brace in prose", "{ملاحظة} قال الوزير", "text"],
  ["Arabic prose", "قال الوزير إن الحكومة وقعت اتفاقا.", "text"],
  ["prose mentioning <rss>", "قال الوزير <rss> إن", "text"],
];

for (const [name, text, kind] of cases) {
  test(`tells ${name}: ${kind}`, () => assert.equal(detectInputKind(encoder.encode(text)), kind));
}

test("takes a first line longer than the head as JSONL when it opens like an object", () => {
  const line = `{"text": "${"ق".repeat(INPUT_KIND_HEAD_BYTES)}"}\n`;
  assert.equal(detectInputKind(encoder.encode(line).subarray(0, INPUT_KIND_HEAD_BYTES)), "jsonl");
});
