import assert from "node:assert/strict";
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { schemaErrors } from "../helpers/schema.js";
import { runCli } from "../../src/cli/program.js";
import { runJsonl, stubAnalyzer } from "../helpers/cli.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const CORPUS = join(FIXTURES, "jsonl/corpus.jsonl");
const CUSTOM = join(FIXTURES, "jsonl/custom-fields.jsonl");
const RSS = join(FIXTURES, "feeds/rss2.xml");
const ERROR_PAGE = join(FIXTURES, "feeds/error-page.xml");
const TRUNCATED = join(FIXTURES, "feeds/truncated.xml");

const run = runJsonl;

const dir = mkdtempSync(join(tmpdir(), "marsad-corpus-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("a JSONL corpus", () => {
  test("prints one record per good line, names each bad line on stderr, and exits 1", async () => {
    const { status, records, stderr } = await run(["analyze", "--format", "jsonl", CORPUS]);
    assert.deepEqual(
      records.map((record) => record.meta.source),
      [`${CORPUS}:1`, `${CORPUS}:2`, `${CORPUS}:4`, `${CORPUS}:8`],
    );
    assert.deepEqual(stderr, [
      `marsad: ${CORPUS}:3: the line is not valid JSON (Unterminated string in JSON at position 53)`,
      `marsad: ${CORPUS}:6: the line is an array, not a JSON object`,
      `marsad: ${CORPUS}:7: the record has no text in "text"; name the field with --text-field`,
    ]);
    assert.equal(status, 1);
    for (const record of records) assert.deepEqual(schemaErrors(record), []);
    assert.deepEqual(records[0]?.meta, {
      title: "روسيا.. اعتقال 5 أشخاص",
      published: "2018-05-04T18:19:13+04:00",
      url: "https://www.alarabiya.net/ar/1",
      outlet: null,
      author: "العربية.نت",
      language: "ar",
      source: `${CORPUS}:1`,
    });
  });

  test("passes each line's own date on as its reference date", async () => {
    const references: (string | null)[] = [];
    await run(["analyze", "--format", "jsonl", CORPUS], {
      loadAnalyzer: () => (source, options) => {
        references.push(options.reference);
        return stubAnalyzer(source, options);
      },
    });
    assert.deepEqual(references, ["2018-05-04", "2018-05-05", null, "2018-05-05"]);
  });

  test("reads custom field names", async () => {
    const { status, records } = await run([
      "analyze",
      "--format",
      "jsonl",
      "--text-field",
      "body",
      "--title-field",
      "headline",
      "--date-field",
      "time, pubdate",
      "--url-field",
      "link",
      CUSTOM,
    ]);
    assert.equal(status, 0);
    assert.deepEqual(
      records.map((record) => [record.text, record.meta.title, record.meta.published, record.meta.url]),
      [
        [
          "ارتفعت درجات الحرارة في الخليج إلى خمسين درجة.",
          "موجة حر",
          "2024-07-01T12:00:00+04:00",
          "https://example.com/heat",
        ],
        ["هطلت أمطار غزيرة على بيروت.", "أمطار", "2024-01-02", "https://example.com/rain"],
      ],
    );
  });

  test("refuses an empty field option as misuse", async () => {
    const { status, stderr } = await run(["analyze", "--text-field", " , ", CUSTOM]);
    assert.equal(status, 2);
    assert.deepEqual(stderr, ["marsad: --text-field: give a field name, or several separated by commas"]);
  });

  test("streams JSONL from standard input, in chunks that split lines", async () => {
    const stdin = (async function* () {
      yield '{"text": "قال الوزير إن الخطة';
      yield ' جاهزة."}\n{"text": ';
      yield new TextEncoder().encode('"وأضاف أن التنفيذ يبدأ غدا."}\nnot json\n');
    })();
    const { status, records, stderr } = await run(["analyze", "--format", "jsonl", "-"], { stdin });
    assert.deepEqual(
      records.map((record) => [record.meta.source, record.text]),
      [
        ["-:1", "قال الوزير إن الخطة جاهزة."],
        ["-:2", "وأضاف أن التنفيذ يبدأ غدا."],
      ],
    );
    assert.equal(stderr.length, 1);
    assert.match(stderr[0] ?? "", /^marsad: -:3: the line is not valid JSON \(/);
    assert.equal(status, 1);
  });

  test("reads a corpus named .jsonl line by line even when its first line is broken", async () => {
    const path = join(dir, "first-bad.jsonl");
    writeFileSync(path, '{"text": \n{"text": "قال الوزير"}\n');
    const { records, stderr } = await run(["analyze", "--format", "jsonl", path]);
    assert.deepEqual(
      records.map((record) => record.meta.source),
      [`${path}:2`],
    );
    assert.match(stderr[0] ?? "", new RegExp(`^marsad: ${path}:1: the line is not valid JSON`));
  });

  test("reads 200,000 lines with bounded memory", async () => {
    const path = join(dir, "big.jsonl");
    const fd = openSync(path, "w");
    const line = (n: number) =>
      `${JSON.stringify({ id: n, title: `خبر ${n}`, text: `قال المتحدث في البيان رقم ${n} إن ${"الاجتماع انتهى باتفاق. ".repeat(12)}` })}\n`;
    let size = 0;
    for (let start = 0; start < 200_000; start += 1000) {
      const block = Array.from({ length: 1000 }, (_, i) => line(start + i)).join("");
      size += Buffer.byteLength(block);
      writeSync(fd, block);
    }
    closeSync(fd);
    // Garbage is not growth: measure what survives a full collection.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const memory = () => {
      gc();
      const usage = process.memoryUsage();
      return usage.heapUsed + usage.arrayBuffers;
    };
    const baseline = memory();
    let peak = baseline;
    let count = 0;
    let status = -1;
    status = await runCli(["analyze", "--format", "jsonl", path], {
      stdout: () => {
        count++;
        if (count % 20_000 === 0) peak = Math.max(peak, memory());
      },
      stderr: (text) => assert.fail(text),
      loadAnalyzer: () => stubAnalyzer,
    });
    assert.equal(status, 0);
    assert.equal(count, 200_000);
    const growth = peak - baseline;
    // The corpus is over 100 MB on disk: holding it, or its records, would show here.
    assert.ok(size > 100 * 1024 * 1024, `corpus is only ${size} bytes`);
    assert.ok(growth < 24 * 1024 * 1024, `memory grew by ${Math.round(growth / 1024 / 1024)} MB`);
  });
});

describe("feeds", () => {
  test("prints one record per item and names the bad item", async () => {
    const { status, records, stderr } = await run(["analyze", "--format", "jsonl", RSS]);
    assert.deepEqual(
      records.map((record) => record.meta.source),
      [`${RSS}#1`, `${RSS}#2`, `${RSS}#4`],
    );
    for (const record of records) assert.deepEqual(schemaErrors(record), []);
    assert.deepEqual(stderr, [
      `marsad: ${RSS}#3: the item has no body text (no description or content:encoded)`,
    ]);
    assert.equal(status, 1);
  });

  test("names an HTML error page saved as a feed, and a truncated feed after its good item", async () => {
    const { status, records, stderr } = await run(["analyze", "--format", "jsonl", ERROR_PAGE, TRUNCATED]);
    assert.deepEqual(
      records.map((record) => record.meta.source),
      [`${TRUNCATED}#1`],
    );
    assert.deepEqual(stderr, [
      `marsad: ${ERROR_PAGE}: the file is an HTML page, not an RSS, Atom or RDF feed ("404 الصفحة غير موجودة"); the server may have sent an error page`,
      `marsad: ${TRUNCATED}: the file ends before its XML is complete (unclosed <rss>, <channel>, <item>, <description>): it looks truncated; only the complete items before the fault were read`,
    ]);
    assert.equal(status, 1);
  });

  test("tells a feed by its content whatever its name", async () => {
    const path = join(dir, "feed.txt");
    copyFileSync(RSS, path);
    const { records } = await run(["analyze", "--format", "jsonl", path]);
    assert.equal(records[0]?.meta.source, `${path}#1`);
  });
});

describe("a folder", () => {
  const folder = join(dir, "mixed");
  before(() => {
    mkdirSync(join(folder, "b-sub/deeper"), { recursive: true });
    mkdirSync(join(folder, ".git"));
    writeFileSync(join(folder, "c-article.txt"), "قال الوزير إن الحكومة وقعت اتفاقا.");
    writeFileSync(
      join(folder, "a-page.html"),
      "<!DOCTYPE html><html><head><title>خبر</title></head><body><article><p>أعلنت البلدية عن خطة جديدة للحدائق العامة.</p></article></body></html>",
    );
    writeFileSync(join(folder, "b-sub/corpus.jsonl"), '{"text": "قال الوزير"}\n{"text": "أضاف الوزير"}\n');
    copyFileSync(join(FIXTURES, "feeds/rdf.xml"), join(folder, "b-sub/deeper/feed.xml"));
    writeFileSync(join(folder, "d-empty.txt"), "");
    writeFileSync(join(folder, "e-archive.gz"), Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3));
    writeFileSync(join(folder, ".hidden.txt"), "مخفي");
    writeFileSync(join(folder, ".git/HEAD"), "ref: refs/heads/main");
  });

  test("reads every file inside, sorted and recursive, each by its kind, skipping hidden ones", async () => {
    const { status, records, stderr } = await run(["analyze", "--format", "jsonl", folder]);
    assert.deepEqual(
      records.map((record) => record.meta.source),
      [
        join(folder, "a-page.html"),
        `${join(folder, "b-sub/corpus.jsonl")}:1`,
        `${join(folder, "b-sub/corpus.jsonl")}:2`,
        `${join(folder, "b-sub/deeper/feed.xml")}#1`,
        `${join(folder, "b-sub/deeper/feed.xml")}#2`,
        join(folder, "c-article.txt"),
      ],
    );
    assert.deepEqual(stderr, [
      `marsad: ${join(folder, "d-empty.txt")}: the file is empty`,
      `marsad: ${join(folder, "e-archive.gz")}: the file looks like a gzip archive, not text`,
    ]);
    assert.equal(status, 1);
  });

  test("reports an empty folder", async () => {
    const empty = join(dir, "empty");
    mkdirSync(empty);
    const { status, stderr } = await run(["analyze", empty]);
    assert.deepEqual(stderr, [`marsad: ${empty}: the folder holds no files (hidden files are skipped)`]);
    assert.equal(status, 1);
  });
});
