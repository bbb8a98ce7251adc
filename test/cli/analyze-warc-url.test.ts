import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { gzipSync } from "node:zlib";
import type { CliIo } from "../../src/cli/io.js";
import { MarsadError } from "../../src/doc/index.js";
import { join as joinBytes, pageRecord, warcinfo, warcRecord } from "../ingest/warc-build.js";
import { runJsonl } from "../helpers/cli.js";

const run = runJsonl;

const dir = mkdtempSync(join(tmpdir(), "marsad-warc-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("a WARC.gz gives one record per HTML response, names a broken record, and goes on", async () => {
  // Each record its own gzip member, as Common Crawl writes them; the name says nothing of WARC.
  const members = [
    warcinfo(),
    pageRecord(1),
    warcRecord("HTTP/1.1 200 OK\r\n\r\nx", { contentLength: 999 }),
    pageRecord(2),
  ];
  const path = join(dir, "crawl.bin");
  writeFileSync(path, joinBytes(...members.map((member) => gzipSync(member))));
  const { status, records, stderr } = await run(["analyze", "--format", "jsonl", path]);
  assert.deepEqual(
    records.map((record) => record.meta.url),
    ["https://example.com/1", "https://example.com/2"],
  );
  assert.ok(records.every((record) => record.text.length > 0 && record.meta.published !== null));
  assert.equal(stderr.length, 1);
  assert.match(stderr[0]!, new RegExp(`^marsad: ${path}#record 3: `));
  assert.equal(status, 1);
});

test("a URL input is fetched with private addresses refused unless --allow-private is given", async () => {
  const seen: boolean[] = [];
  const fetchUrl: CliIo["fetchUrl"] = async (url, options) => {
    seen.push(options.allowPrivate ?? false);
    if (!options.allowPrivate)
      throw new MarsadError("url.refused", url, "the host resolves to a loopback address");
    const html =
      "<html><head><title>عنوان</title></head><body><article><p>قال الوزير إن الاجتماع انتهى.</p></article></body></html>";
    return {
      url,
      finalUrl: url,
      status: 200,
      bytes: new TextEncoder().encode(html),
      contentType: "text/html; charset=utf-8",
      date: undefined,
      lastModified: undefined,
      redirects: [],
    };
  };
  const refused = await run(["analyze", "--format", "jsonl", "http://127.0.0.1:9/a"], { fetchUrl });
  assert.equal(refused.status, 1);
  assert.deepEqual(refused.stderr, ["marsad: http://127.0.0.1:9/a: the host resolves to a loopback address"]);
  const allowed = await run(["analyze", "--format", "jsonl", "--allow-private", "http://127.0.0.1:9/a"], {
    fetchUrl,
  });
  assert.equal(allowed.status, 0);
  assert.equal(allowed.records[0]?.meta.title, "عنوان");
  assert.deepEqual(seen, [false, true]);
});
