import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import fc from "fast-check";
import { MarsadError } from "../../src/doc/index.js";
import { readJsonl, readJsonlLine, type IngestResult } from "../../src/ingest/index.js";
import { splitLines } from "../../src/ingest/jsonl-lines.js";

const CORPUS = new URL("../fixtures/jsonl/corpus.jsonl", import.meta.url);
const encoder = new TextEncoder();

async function* chunksOf(...parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === "string" ? encoder.encode(part) : part;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function isError(result: IngestResult): result is MarsadError {
  return result instanceof MarsadError;
}

describe("splitLines", () => {
  test("numbers lines across chunks, with CRLF and no final line break", async () => {
    const lines = await collect(splitLines(chunksOf("أ\r\nب", "ج\n", "\nد"), 100));
    const decoder = new TextDecoder();
    assert.deepEqual(
      lines.map((line) => [line.number, line.bytes && decoder.decode(line.bytes)]),
      [
        [1, "أ"],
        [2, "بج"],
        [3, ""],
        [4, "د"],
      ],
    );
  });

  test("joins a character split between chunks", async () => {
    const bytes = encoder.encode("سوريا\n");
    const [line] = await collect(splitLines(chunksOf(bytes.subarray(0, 3), bytes.subarray(3)), 100));
    assert.equal(new TextDecoder().decode(line?.bytes), "سوريا");
  });

  test("reports an over-long line by its size and goes on", async () => {
    const lines = await collect(splitLines(chunksOf("a".repeat(60), "b".repeat(60), "\nok\n"), 100));
    assert.deepEqual(lines[0], { number: 1, tooLong: { size: 120 } });
    assert.equal(new TextDecoder().decode(lines[1]?.bytes), "ok");
  });
});

describe("readJsonlLine", () => {
  test("reads an ANT corpus line: text, title, RFC 822 time with its zone, url, author", () => {
    const doc = readJsonlLine(
      JSON.stringify({
        id: "AL-internationalNews-1002-20180504",
        source: "alarabia",
        url: "https://www.alarabiya.net/ar/arab-and-world/2018/05/04/x",
        time: "Fri, 04 May 2018 18:19:13 +0400",
        title: "روسيا.. اعتقال 5 دواعش",
        author: "العربية.نت",
        text: "اعتقلت السلطات الروسية خمسة أشخاص.\nوقالت الشرطة إن التحقيق مستمر.",
      }),
      "ant.jsonl:1",
    );
    assert.equal(doc.source, "ant.jsonl:1");
    assert.equal(doc.text, "اعتقلت السلطات الروسية خمسة أشخاص.\nوقالت الشرطة إن التحقيق مستمر.");
    assert.deepEqual(doc.meta, {
      title: "روسيا.. اعتقال 5 دواعش",
      author: "العربية.نت",
      published: "2018-05-04T18:19:13+04:00",
      url: "https://www.alarabiya.net/ar/arab-and-world/2018/05/04/x",
    });
  });

  test("takes the first field that holds text, in the order given", () => {
    const doc = readJsonlLine('{"date": "", "published": "2024-03-09", "body": "قال الوزير"}', "c:1", {
      text: ["content", "body"],
      title: ["headline"],
      date: ["time", "date", "published"],
      url: ["link"],
      author: [],
    });
    assert.equal(doc.text, "قال الوزير");
    assert.deepEqual(doc.meta, { published: "2024-03-09" });
  });

  test("notes a date that does not parse and a URL that is not absolute, and leaves them out", () => {
    const doc = readJsonlLine('{"text": "قال الوزير", "time": "أمس", "url": "/news/1"}', "c:1");
    assert.deepEqual(doc.meta, {});
    assert.deepEqual(
      doc.notes.map((note) => note.code),
      ["jsonl.date", "jsonl.url"],
    );
  });

  const bad: [name: string, line: string, code: string, message: RegExp][] = [
    ["a line that is not JSON", '{"text": "قال', "input.format", /^the line is not valid JSON \(.+\)$/],
    ["an array", '["قال"]', "input.format", /^the line is an array, not a JSON object$/],
    ["a string", '"قال"', "input.format", /^the line is a string, not a JSON object$/],
    [
      "a record without text",
      '{"title": "عنوان"}',
      "input.empty",
      /no text in "text"; name the field with --text-field/,
    ],
    ["a record whose text is only markup", '{"text": "<br><br>"}', "input.empty", /nothing but markup/],
  ];
  for (const [name, line, code, message] of bad) {
    test(`refuses ${name}, naming the line`, () => {
      assert.throws(
        () => readJsonlLine(line, "corpus.jsonl:7"),
        (error: unknown) =>
          error instanceof MarsadError &&
          error.code === code &&
          error.input === "corpus.jsonl:7" &&
          message.test(error.message),
      );
    });
  }
});

describe("readJsonl", () => {
  test("reads the good lines around bad ones, naming each bad line", async () => {
    const results = await collect(readJsonl(chunksOf(readFileSync(CORPUS)), "corpus.jsonl"));
    assert.deepEqual(
      results.map((result) => (isError(result) ? `error ${result.input}` : result.source)),
      [
        "corpus.jsonl:1",
        "corpus.jsonl:2",
        "error corpus.jsonl:3",
        "corpus.jsonl:4",
        // line 5 is blank and skipped silently
        "error corpus.jsonl:6",
        "error corpus.jsonl:7",
        "corpus.jsonl:8",
      ],
    );
  });

  test("names a line that is not UTF-8, and one over the size cap", async () => {
    const results = await collect(
      readJsonl(
        chunksOf(
          '{"text": "قال"}\n',
          Uint8Array.of(0x7b, 0xff, 0x7d, 0x0a),
          `{"text": "${"ب".repeat(100)}"}\n`,
          '{"text": "ج"}',
        ),
        "c.jsonl",
        { maxLineBytes: 64 },
      ),
    );
    const errors = results.filter(isError);
    assert.deepEqual(
      errors.map((error) => [error.input, error.code, error.message]),
      [
        ["c.jsonl:2", "input.encoding", "the line is not valid UTF-8 (JSON Lines must be UTF-8)"],
        ["c.jsonl:3", "input.too-large", "the line is 212 bytes, over the 64 bytes limit for one record"],
      ],
    );
    assert.deepEqual(
      results.flatMap((result) => (isError(result) ? [] : [result.text])),
      ["قال", "ج"],
    );
  });

  test("gives records or MarsadErrors for any bytes, never a crash", async () => {
    const piece = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: "binary", maxLength: 40 }).map((text) => encoder.encode(text)),
      fc
        .constantFrom(
          '{"text": "قال الوزير"}\n',
          '{"text": ',
          "\n",
          "\r\n",
          '"}',
          "{",
          "[1]\n",
          '{"text": 5}\n',
        )
        .map((text) => encoder.encode(text)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), async (pieces) => {
        for await (const result of readJsonl(chunksOf(...pieces), "x.jsonl", { maxLineBytes: 256 })) {
          if (isError(result)) assert.match(result.input, /^x\.jsonl:\d+$/);
          else assert.ok(result.text.length > 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
