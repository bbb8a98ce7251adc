import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { Readable } from "node:stream";
import { after, describe, it } from "node:test";
import { deflateRawSync, gzipSync } from "node:zlib";
import { MarsadError } from "../../src/doc/index.js";
import { inflateMembers } from "../../src/node/gzip-members.js";
import { readWarcRecords, type WarcPage } from "../../src/node/warc-stream.js";
import { arabicPage, httpResponse, join, pageRecord, warcRecord, warcinfo } from "../ingest/warc-build.js";

const dir = mkdtempSync(joinPath(tmpdir(), "marsad-warc-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = joinPath(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function collect(source: Parameters<typeof readWarcRecords>[0], options = {}) {
  const items: (WarcPage | MarsadError)[] = [];
  for await (const item of readWarcRecords(source, options)) items.push(item);
  return items;
}

/** "p3" for a page from record 3, "warc.length@2" for an error naming record 2. */
function summary(items: readonly (WarcPage | MarsadError)[]): string[] {
  return items.map((item) =>
    item instanceof MarsadError ? `${item.code}@${item.input.replace(/^.*#record /, "")}` : `p${item.record}`,
  );
}

/** The records of the bad-input case, in order: 1 warcinfo, 2 page, 3 JSON, 4 request, 5 page,
 * 6 wrong Content-Length, 7 page, 8 truncated page. */
function crawlRecords(): Uint8Array[] {
  const wrong = httpResponse(arabicPage(6));
  const last = pageRecord(8);
  return [
    warcinfo(),
    pageRecord(2),
    warcRecord(httpResponse("{}", { headers: { "Content-Type": "application/json" } })),
    warcRecord("GET /5 HTTP/1.1\r\nHost: example.com\r\n\r\n", { type: "request" }),
    pageRecord(5),
    warcRecord(wrong, { contentLength: wrong.length - 40 }),
    pageRecord(7),
    last.subarray(0, last.length - 200),
  ];
}

describe("readWarcRecords", () => {
  it("streams the HTML pages of a plain WARC, naming each broken record and reading on", async () => {
    const path = file("crawl.warc", join(...crawlRecords()));
    const items = await collect(path);
    assert.deepEqual(summary(items), ["p2", "p5", "warc.length@6", "p7", "warc.truncated@8"]);
    const page = items[0] as WarcPage;
    assert.equal(page.uri, "https://example.com/2");
    assert.equal(page.date, "2024-05-01T10:00:00Z");
    assert.equal(page.charset, "utf-8");
    assert.equal(new TextDecoder().decode(page.body), arabicPage(2));
    assert.equal((items[2] as MarsadError).input, `${path}#record 6`);
  });

  it("reads a WARC.gz with one gzip member per record the same way", async () => {
    const records = crawlRecords();
    // The truncated record is cut inside its gzip member, as a download cut short would be.
    const members = records.slice(0, -1).map((r) => gzipSync(r));
    const last = gzipSync(pageRecord(8));
    const path = file("crawl.warc.gz", join(...members, last.subarray(0, last.length - 30)));
    const items = await collect(path);
    assert.deepEqual(summary(items), ["p2", "p5", "warc.length@6", "p7", "warc.truncated@8"]);
  });

  it("reads a WARC.gz compressed whole as one member", async () => {
    const path = file("whole.warc.gz", gzipSync(join(pageRecord(1), pageRecord(2), pageRecord(3))));
    assert.deepEqual(summary(await collect(path)), ["p1", "p2", "p3"]);
  });

  it("refuses a gzip bomb without inflating it and reads the records around it", async () => {
    // 8 MiB of zeros in a page body: about 8 KB compressed, a ratio near 1000.
    const bomb = gzipSync(warcRecord(httpResponse(new Uint8Array(8 * 1024 * 1024))));
    assert.ok(bomb.length < 64 * 1024);
    const path = file("bomb.warc.gz", join(gzipSync(pageRecord(1)), bomb, gzipSync(pageRecord(3))));
    const items = await collect(path);
    assert.deepEqual(summary(items), ["p1", "warc.too-large@2", "p3"]);
    assert.match((items[1] as MarsadError).message, /gzip bomb/);
  });

  it("stops inflating a bomb soon after the ratio floor", async () => {
    const bomb = gzipSync(new Uint8Array(16 * 1024 * 1024));
    let inflated = 0;
    const kinds: string[] = [];
    for await (const event of inflateMembers(Readable.from([bomb, gzipSync("after")]))) {
      if (event.kind === "data") inflated += event.bytes.length;
      else kinds.push(event.kind);
    }
    assert.deepEqual(kinds, ["member", "bomb", "member"]);
    assert.ok(inflated < 2 * 1024 * 1024, `inflated ${inflated} bytes`);
  });

  it("names a corrupt gzip member and reads the next member", async () => {
    const broken = gzipSync(pageRecord(2));
    broken.fill(0x55, 20, 60);
    const path = file("corrupt.warc.gz", join(gzipSync(pageRecord(1)), broken, gzipSync(pageRecord(3))));
    const items = await collect(path);
    assert.deepEqual(summary(items), ["p1", "warc.compression@2", "p3"]);
    assert.ok(items.some((item) => item instanceof MarsadError && item.code === "warc.compression"));
  });

  it("skips bytes between members that are not gzip", async () => {
    const path = file("junk.warc.gz", join(gzipSync(pageRecord(1)), "junk bytes", gzipSync(pageRecord(3))));
    const items = await collect(path);
    assert.deepEqual(summary(items), ["p1", "warc.compression@2", "p3"]);
  });

  it("skips an oversized page with an error, without keeping it", async () => {
    const big = warcRecord(httpResponse(`<html><body>${"<p>نص طويل جدا</p>".repeat(20_000)}</body></html>`));
    const path = file("big.warc.gz", join(...[pageRecord(1), big, pageRecord(3)].map((r) => gzipSync(r))));
    const items = await collect(path, { maxRecordBytes: 128 * 1024 });
    assert.deepEqual(summary(items), ["p1", "warc.too-large@2", "p3"]);
  });

  it("undoes a gzip or deflate Content-Encoding and caps what it inflates", async () => {
    const html = arabicPage(1);
    const gz = warcRecord(httpResponse(gzipSync(html), { headers: { "Content-Encoding": "gzip" } }));
    const raw = warcRecord(
      httpResponse(deflateRawSync(html), { headers: { "Content-Encoding": "deflate" } }),
    );
    const zeros = gzipSync(new Uint8Array(1024 * 1024));
    const bomb = warcRecord(httpResponse(zeros, { headers: { "Content-Encoding": "gzip" } }));
    const items = await collect(Readable.from([join(gz, raw, bomb)]), {
      name: "enc.warc",
      maxRecordBytes: 256 * 1024,
    });
    assert.deepEqual(summary(items), ["p1", "p2", "warc.too-large@3"]);
    assert.equal(new TextDecoder().decode((items[0] as WarcPage).body), html);
    assert.equal(new TextDecoder().decode((items[1] as WarcPage).body), html);
    assert.equal((items[2] as MarsadError).input, "enc.warc#record 3");
  });

  it("throws input.missing for a file that does not exist", async () => {
    await assert.rejects(collect(joinPath(dir, "nope.warc.gz")), (error: unknown) => {
      return error instanceof MarsadError && error.code === "input.missing";
    });
  });

  it("names an empty input", async () => {
    assert.deepEqual(summary(await collect(file("empty.warc", new Uint8Array(0)))), [
      "input.empty@" + joinPath(dir, "empty.warc"),
    ]);
  });
});
