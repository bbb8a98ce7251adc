import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { describe, test } from "node:test";
import { estimateTotal } from "../../src/cli/ingest/estimate-total.js";
import type { IngestCounts } from "../../src/cli/ingest/ingest-session.js";
import { createProgress } from "../../src/cli/ingest/progress.js";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const counts = (read: number, added: number, failed = 0): IngestCounts => ({
  read,
  added,
  duplicates: 0,
  skipped: 0,
  failed,
});

describe("ingest progress", () => {
  test("without a terminal: a plain line every interval, then the summary", () => {
    let time = 0;
    const lines: string[] = [];
    const progress = createProgress({
      terminal: null,
      write: (t) => lines.push(t),
      intervalMs: 5000,
      now: () => time,
    });
    progress.setTotal(1000);
    time = 1000;
    progress.update(counts(100, 90));
    assert.deepEqual(lines, [], "no line before the interval");
    time = 5000;
    progress.update(counts(500, 450, 2));
    assert.deepEqual(lines, [
      "marsad: ingest: 502/1,000 articles | 90/s | ETA 5s | 450 added, 0 duplicates, 0 already ingested, 2 failed\n",
    ]);
    time = 10_000;
    progress.finish(counts(998, 996, 2));
    assert.equal(
      lines.at(-1),
      "marsad: ingest: 996 added, 0 duplicates, 0 already ingested, 2 failed in 10.0 s (100 articles/s analysed and stored)\n",
    );
  });

  test("on a terminal: a bar with the rate and ETA, and error lines printed above it", async () => {
    let drawn = "";
    const terminal = Object.assign(
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          drawn += chunk.toString("utf8");
          done();
        },
      }),
      { isTTY: true, columns: 160 },
    );
    let time = 0;
    const written: string[] = [];
    const progress = createProgress({ terminal, write: (t) => written.push(t), now: () => time });
    progress.setTotal(200);
    time = 2000;
    progress.update(counts(100, 100));
    progress.log("marsad: bad.txt: the file is empty\n");
    await new Promise((resolve) => setTimeout(resolve, 250));
    progress.finish(counts(200, 200));
    assert.match(drawn, /ingest \[█{12}░{12}\] 100\/200 articles \| 50\/s \| ETA 2s \| 100 added/);
    assert.ok(drawn.includes("marsad: bad.txt: the file is empty\n"));
    assert.deepEqual(written.length, 1, "only the summary goes through the plain writer");
  });
});

describe("the total for the ETA", () => {
  test("counts JSONL lines and plain files; a feed or standard input makes it unknown", async () => {
    const dir = mkdtempSync(join(tmpdir(), "marsad-estimate-"));
    try {
      writeFileSync(join(dir, "a.jsonl"), '{"text":"x"}\n{"text":"y"}\n{"text":"z"}');
      mkdirSync(join(dir, "folder"));
      writeFileSync(join(dir, "folder", "one.txt"), "نص");
      writeFileSync(join(dir, "folder", "two.html"), "<p>نص</p>");
      writeFileSync(join(dir, "feed.xml"), "<rss/>");
      assert.equal(await estimateTotal([join(dir, "a.jsonl"), join(dir, "folder")]), 5);
      assert.equal(await estimateTotal([join(dir, "a.jsonl"), join(dir, "feed.xml")]), null);
      assert.equal(await estimateTotal(["-"]), null);
      assert.equal(await estimateTotal([join(dir, "missing.jsonl"), join(dir, "a.jsonl")]), 4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
