import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { MarsadRecord } from "../../src/doc/index.js";
import { openStore } from "../../src/store/index.js";
import { testResources } from "../helpers/resources.js";
import { runMarsad } from "./store-cli.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SHORT = join(ROOT, "examples/short-article.txt");
const SAMPLE = join(ROOT, "examples/sample-article.txt");
const CORPUS = join(ROOT, "test/fixtures/jsonl/corpus.jsonl");
const RSS = join(ROOT, "test/fixtures/feeds/rss2.xml");

const dir = mkdtempSync(join(tmpdir(), "marsad-ingest-"));
const db = join(dir, "news.db");
after(() => rmSync(dir, { recursive: true, force: true }));

async function stats() {
  const store = await openStore(db, testResources());
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
}

/** The last line of a run: the summary. */
const summary = (stderr: readonly string[]) => stderr.at(-1) ?? "";
/** The lines naming bad inputs, without the progress lines a slow machine adds every few seconds. */
const problems = (stderr: readonly string[]) => stderr.filter((line) => !line.startsWith("marsad: ingest: "));

describe("marsad ingest", () => {
  let first: Awaited<ReturnType<typeof runMarsad>>;
  before(async () => {
    const short = await runMarsad(["ingest", "--db", db, "--published", "2024-03-10", SHORT]);
    assert.equal(short.status, 0, short.stderr.join("\n"));
    // One worker thread: the pool's real path, under tsx as in production under node.
    first = await runMarsad([
      "ingest",
      "--db",
      db,
      "--workers",
      "1",
      SAMPLE,
      CORPUS,
      RSS,
      join(dir, "missing.txt"),
    ]);
  });

  test("stores every good document, names each bad input on one line, and exits 1", async () => {
    assert.equal(first.status, 1);
    assert.deepEqual(problems(first.stderr), [
      `marsad: ${CORPUS}:3: the line is not valid JSON (Unterminated string in JSON at position 53)`,
      `marsad: ${CORPUS}:6: the line is an array, not a JSON object`,
      `marsad: ${CORPUS}:7: the record has no text in "text"; name the field with --text-field`,
      `marsad: ${RSS}#3: the item has no body text (no description or content:encoded)`,
      `marsad: ${join(dir, "missing.txt")}: no such file`,
    ]);
    // sample 1 + corpus lines 1, 2, 4, 8 + feed items 1, 2, 4; the short article came before.
    assert.match(
      summary(first.stderr),
      /^marsad: ingest: 8 added, 0 duplicates, 0 already ingested, 5 failed in [\d.]+ s \(\d+ articles\/s analysed and stored\)$/,
    );
    assert.equal((await stats()).articles, 9);
  });

  test("a rerun analyses nothing: every source is already ingested", async () => {
    const again = await runMarsad(["ingest", "--db", db, "--workers", "0", SAMPLE, CORPUS, RSS]);
    assert.equal(again.status, 1, "the bad lines are still bad");
    assert.match(summary(again.stderr), /: 0 added, 0 duplicates, 8 already ingested, 4 failed in /);
    assert.equal((await stats()).articles, 9);
  });

  test("--reanalyze analyses again and the store keeps each article once", async () => {
    const again = await runMarsad(["ingest", "--db", db, "--workers", "0", "--reanalyze", SAMPLE, SHORT]);
    assert.equal(again.status, 0, again.stderr.join("\n"));
    assert.match(summary(again.stderr), /: 0 added, 2 duplicates, 0 already ingested, 0 failed in /);
    assert.equal((await stats()).articles, 9);
  });

  test("stores what analyze prints, without the token layer", async () => {
    const analyzed = await runMarsad(["analyze", "--format", "json", "--published", "2024-03-10", SHORT]);
    const expected = JSON.parse(analyzed.stdout) as MarsadRecord;
    const store = await openStore(db, testResources());
    try {
      const stored = await store.getArticle(expected.id);
      assert.ok(stored, "the short article is stored under its record id");
      assert.equal(stored.record.tokens, undefined);
      assert.deepEqual(stored.record.quotes, expected.quotes);
      assert.deepEqual(stored.record.entities, expected.entities);
      assert.equal(stored.record.meta.published, "2024-03-10");
      assert.deepEqual(await store.check(), []);
    } finally {
      await store.close();
    }
  });

  test("stops at once, with one line, when the lexicons cannot be loaded", async () => {
    const run = await runMarsad(["ingest", "--db", join(dir, "other.db"), "--workers", "0", SAMPLE, CORPUS], {
      loadAnalyzer: () => {
        throw new Error("data/ is missing");
      },
    });
    assert.equal(run.status, 1);
    assert.ok(
      run.stderr.includes(
        "marsad: cannot analyse: the lexicons could not be loaded (run with --debug for details)",
      ),
      run.stderr.join("\n"),
    );
  });

  test("refuses bad options with one line and exit status 2", async () => {
    for (const [args, option] of [
      [["--workers", "many"], "--workers"],
      [["--published", "2024-02-30"], "--published"],
      [["--queue", "http://localhost"], "--queue"],
      [["--batch-size", "0"], "--batch-size"],
    ] as const) {
      const run = await runMarsad(["ingest", "--db", db, ...args, SHORT]);
      assert.equal(run.status, 2, args.join(" "));
      assert.equal(run.stderr.length, 1);
      assert.ok(run.stderr[0]!.startsWith(`marsad: ${option}: `), run.stderr[0]);
    }
  });
});
