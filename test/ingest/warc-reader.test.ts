import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import { MarsadError } from "../../src/doc/index.js";
import { readWarc, type WarcRecord } from "../../src/ingest/read-warc.js";
import { parseWarcHeader } from "../../src/ingest/warc-header.js";
import { decodeChunked } from "../../src/ingest/http-response.js";
import { warcResponsePage } from "../../src/ingest/warc-page.js";
import { arabicPage, httpResponse, join, pageRecord, pieces, warcRecord, warcinfo } from "./warc-build.js";

type Item = WarcRecord | MarsadError;

/** Runs the push reader over the bytes in pieces of `size`, then ends it. */
function read(bytes: Uint8Array, size = bytes.length || 1, maxRecordBytes?: number): Item[] {
  const reader = readWarc("t.warc", { maxRecordBytes });
  return [...pieces(bytes, size).flatMap((piece) => reader.push(piece)), ...reader.end()];
}

/** "r3" for record 3, "warc.length@2" for an error on record 2. */
function summary(items: readonly Item[]): string[] {
  return items.map((item) =>
    item instanceof MarsadError
      ? `${item.code}@${item.input.replace("t.warc#record ", "")}`
      : `r${item.record}`,
  );
}

describe("readWarc: records", () => {
  const file = join(
    warcinfo(),
    pageRecord(1),
    warcRecord("GET / HTTP/1.1\r\n\r\n", { type: "request" }),
    pageRecord(2),
  );

  for (const size of [1, 3, 7, 64, 1000, file.length]) {
    it(`gives the same records when the bytes come ${size} at a time`, () => {
      const items = read(file, size);
      assert.deepEqual(summary(items), ["r2", "r4"]);
      const first = items[0] as WarcRecord;
      assert.equal(first.input, "t.warc#record 2");
      assert.equal(first.header.targetUri, "https://example.com/1");
      assert.deepEqual(first.block, httpResponse(arabicPage(1)));
    });
  }

  it("reads WARC/1.1 headers, any case of field names and a URI in angle brackets", () => {
    const header = parseWarcHeader(
      "WARC/1.1\r\nwarc-type: Response\r\nWARC-TARGET-URI: <https://example.com/a>\r\nContent-Length: 12",
    );
    assert.ok(!("problem" in header));
    assert.equal(header.version, "1.1");
    assert.equal(header.type, "response");
    assert.equal(header.targetUri, "https://example.com/a");
    assert.equal(header.contentLength, 12);
  });

  it("tolerates extra line breaks between records", () => {
    assert.deepEqual(summary(read(join(pageRecord(1), "\r\n\r\n\n", pageRecord(2)))), ["r1", "r2"]);
  });
});

describe("readWarc: broken records", () => {
  it("names a record whose Content-Length is too short and reads the next one", () => {
    const bad = warcRecord(httpResponse(arabicPage(2)), { contentLength: 100 });
    const items = read(join(pageRecord(1), bad, pageRecord(3)), 50);
    assert.deepEqual(summary(items), ["r1", "warc.length@2", "r3"]);
    assert.match((items[1] as MarsadError).message, /Content-Length of 100 bytes/);
  });

  it("finds the record a too long Content-Length swallowed", () => {
    const body = httpResponse(arabicPage(2));
    const bad = warcRecord(body, { contentLength: body.length + 200 });
    assert.deepEqual(summary(read(join(pageRecord(1), bad, pageRecord(3), pageRecord(4)), 64)), [
      "r1",
      "warc.length@2",
      "r3",
      "r4",
    ]);
  });

  it("refuses a Content-Length that is not a number", () => {
    const bad = warcRecord(httpResponse(arabicPage(2)), { contentLength: "12x" });
    assert.deepEqual(summary(read(join(pageRecord(1), bad, pageRecord(3)))), ["r1", "warc.length@2", "r3"]);
  });

  it("skips garbage where a record should start and counts it as one record", () => {
    const items = read(join(pageRecord(1), "<html>not a record</html>\r\n", pageRecord(3)), 5);
    assert.deepEqual(summary(items), ["r1", "warc.format@2", "r3"]);
    assert.match((items[1] as MarsadError).message, /does not start with a WARC\/1\.0 or WARC\/1\.1 line/);
  });

  it("reports a truncated last record", () => {
    const last = pageRecord(2);
    const items = read(join(pageRecord(1), last.subarray(0, last.length - 300)));
    assert.deepEqual(summary(items), ["r1", "warc.truncated@2"]);
    assert.match((items[1] as MarsadError).message, /the input ends \d+ bytes into its \d+-byte block/);
  });

  it("reports a header cut off by the end of the input", () => {
    assert.deepEqual(summary(read(join(pageRecord(1), "WARC/1.0\r\nWARC-Type: resp"))), [
      "r1",
      "warc.truncated@2",
    ]);
  });

  it("keeps a record whose final CRLF CRLF is missing at the end", () => {
    const last = pageRecord(2);
    assert.deepEqual(summary(read(join(pageRecord(1), last.subarray(0, last.length - 4)))), ["r1", "r2"]);
  });

  it("skips an oversized response with an error and reads on", () => {
    const big = warcRecord(httpResponse(arabicPage(2).repeat(200)));
    const items = read(join(pageRecord(1), big, pageRecord(3)), 4096, 64 * 1024);
    assert.deepEqual(summary(items), ["r1", "warc.too-large@2", "r3"]);
    assert.match((items[1] as MarsadError).message, /over the 0\.1 MB limit; skipped/);
  });

  it("does not report an oversized record it would not keep", () => {
    const big = warcRecord("x".repeat(100_000), { type: "resource", contentType: "image/png" });
    assert.deepEqual(summary(read(join(pageRecord(1), big, pageRecord(3)), 4096, 64 * 1024)), ["r1", "r3"]);
  });

  it("cuts a record off at a gzip member boundary and reads the next member's record", () => {
    const reader = readWarc("t.warc");
    const body = httpResponse(arabicPage(1));
    const long = warcRecord(body, { contentLength: body.length + 500 });
    const items = [
      ...reader.push(long),
      ...reader.boundary(),
      ...reader.push(pageRecord(2)),
      ...reader.end(),
    ];
    assert.deepEqual(summary(items), ["warc.length@1", "r2"]);
    assert.match((items[0] as MarsadError).message, /runs past the end of its gzip member/);
  });

  it("reports a failure once per record, then resyncs at the next boundary", () => {
    const reader = readWarc("t.warc");
    const record = pageRecord(1);
    const items = [
      ...reader.push(record.subarray(0, 400)),
      ...reader.fail("warc.too-large", "a gzip bomb"),
      ...reader.fail("warc.compression", "corrupt"),
      ...reader.push(new Uint8Array(1000)),
      ...reader.boundary(),
      ...reader.push(pageRecord(2)),
      ...reader.end(),
    ];
    assert.deepEqual(summary(items), ["warc.too-large@1", "r2"]);
  });

  it("gives records or MarsadErrors for any bytes, never a crash", () => {
    const good = join(pageRecord(1), pageRecord(2));
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.nat(good.length),
        fc.integer({ min: 1, max: 97 }),
        (junk, at, size) => {
          const bytes = join(good.subarray(0, at), junk, good.subarray(at));
          for (const item of read(bytes, size)) {
            if (item instanceof MarsadError) assert.match(item.input, /^t\.warc#record \d+$/);
            else assert.ok(item.block.length === item.header.contentLength);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("warcResponsePage", () => {
  function page(block: Uint8Array, contentType?: string) {
    const [record] = read(warcRecord(block, { contentType }));
    assert.ok(record && !(record instanceof MarsadError));
    return warcResponsePage(record);
  }

  it("gives a 200 HTML response with its URI, date and charset", () => {
    const result = page(
      httpResponse(arabicPage(1), { headers: { "Content-Type": "text/html; charset=Windows-1256" } }),
    );
    assert.ok(result && !(result instanceof MarsadError));
    assert.equal(result.uri, "https://example.com/");
    assert.equal(result.date, "2024-05-01T10:00:00Z");
    assert.equal(result.charset, "windows-1256");
    assert.equal(new TextDecoder().decode(result.body), arabicPage(1));
  });

  it("passes over redirects, errors, non-HTML payloads and dns records", () => {
    assert.equal(page(httpResponse("", { status: 301, headers: { Location: "/x" } })), null);
    assert.equal(page(httpResponse(arabicPage(1), { status: 404 })), null);
    assert.equal(page(httpResponse("{}", { headers: { "Content-Type": "application/json" } })), null);
    assert.equal(page(new TextEncoder().encode("example.com. 300 IN A 10.0.0.1"), "text/dns"), null);
  });

  it("sniffs HTML when the response has no Content-Type", () => {
    const result = page(join("HTTP/1.1 200 OK\r\nServer: x\r\n\r\n", "  <!doctype html><p>نص</p>"));
    assert.ok(result && !(result instanceof MarsadError));
    assert.equal(result.contentType, "text/html");
  });

  it("reassembles a chunked body and keeps a body the crawler already dechunked", () => {
    const chunked = join(
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n",
      "5;x=y\r\n<p>ab\r\n3\r\nc</\r\n2\r\np>\r\n0\r\n\r\n",
    );
    const result = page(chunked);
    assert.ok(result && !(result instanceof MarsadError));
    assert.equal(new TextDecoder().decode(result.body), "<p>abc</p>");
    const plain = page(httpResponse("<p>abc</p>", { headers: { "Transfer-Encoding": "chunked" } }));
    assert.ok(plain && !(plain instanceof MarsadError));
    assert.equal(new TextDecoder().decode(plain.body), "<p>abc</p>");
    assert.equal(decodeChunked(new TextEncoder().encode("zz\r\n")), null);
  });

  it("reports the Content-Encoding for the caller to undo", () => {
    const result = page(httpResponse("x", { headers: { "Content-Encoding": "gzip" } }));
    assert.ok(result && !(result instanceof MarsadError));
    assert.deepEqual(result.contentEncoding, ["gzip"]);
  });

  it("names a response record that holds no HTTP response", () => {
    const result = page(new TextEncoder().encode("garbage without a status line\r\n\r\n"));
    assert.ok(result instanceof MarsadError);
    assert.equal(result.code, "warc.format");
    assert.equal(result.input, "t.warc#record 1");
  });
});
