/**
 * Kill -9 in the middle of `marsad ingest`, a few times at random points, then run it to the end:
 * every article must be stored exactly once and the index consistent. Nothing committed may be lost
 * and nothing half-written may survive; the reruns resume from the committed batches.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { testResources } from "../helpers/resources.js";
import { marsadArgs, ROOT } from "./spawn-cli.js";

const ARTICLES = 200;
const KILLS = 3;

const dir = mkdtempSync(join(tmpdir(), "marsad-kill-"));
const corpus = join(dir, "corpus.jsonl");
const db = join(dir, "news.db");
after(() => rmSync(dir, { recursive: true, force: true }));

/** Hundreds of distinct articles from the repository's own article texts: rotated sentences, a numbered dateline. */
function writeCorpus(): void {
  const folder = join(ROOT, "test/fixtures/html");
  const texts = readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => readFileSync(join(folder, name), "utf8").trim())
    .filter((text) => /[\u0600-\u06FF]/.test(text));
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const sentences = texts[i % texts.length]!.split(/(?<=[.!؟])\s+/);
    const turn = Math.floor(i / texts.length) % sentences.length;
    const text = `عمّان (${i + 1}) – ${[...sentences.slice(turn), ...sentences.slice(0, turn)].join(" ")}`;
    const day = String(1 + (i % 28)).padStart(2, "0");
    lines.push(JSON.stringify({ text, title: `خبر ${i + 1}`, time: `2024-03-${day}T10:00:00Z` }));
  }
  writeFileSync(corpus, `${lines.join("\n")}\n`);
}

function startIngest(): ChildProcess {
  const args = [...marsadArgs(), "ingest", corpus, "--db", db, "--batch-size", "16", "--workers", "1"];
  return spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
}

/**
 * Reads the database with a connection of its own each time: a connection kept open across a kill
 * can keep a stale full-text index structure in its cache and report corruption that a fresh one
 * does not see (SQLite FTS5; the file itself is sound).
 */
async function withReader<T>(read: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db, testResources());
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

async function committed(): Promise<number> {
  return existsSync(db) ? withReader(async (store) => (await store.stats()).articles) : 0;
}

test(
  "kill -9 at random points, rerun: every article exactly once, the index consistent",
  { timeout: 300_000 },
  async () => {
    writeCorpus();
    for (let kill = 0; kill < KILLS; kill++) {
      const before = await committed();
      // Somewhere between the next commit and the end of the corpus.
      const target = before + 1 + Math.floor(Math.random() * Math.max(1, (ARTICLES - before) * 0.6));
      const child = startIngest();
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      let done = false;
      void exited.then(() => (done = true));
      while (!done && (await committed()) < target) await sleep(30);
      child.kill("SIGKILL");
      await exited;
      const now = await committed();
      assert.ok(now >= before && now <= ARTICLES, `after kill ${kill + 1}: ${now} articles`);
      assert.deepEqual(await withReader((store) => store.check()), [], `consistent after kill ${kill + 1}`);
    }
    const resumedFrom = await committed();
    const child = startIngest();
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    assert.equal(code, 0, stderr);
    const expected = `: ${ARTICLES - resumedFrom} added, 0 duplicates, ${resumedFrom} already ingested, 0 failed in `;
    assert.ok(stderr.includes(expected), `${stderr}\nexpected ${expected}`);
    await withReader(async (store) => {
      assert.equal((await store.stats()).articles, ARTICLES);
      const ids = new Set<string>();
      const sources = new Set<string>();
      for await (const article of store.records()) {
        ids.add(article.record.id);
        sources.add(article.record.meta.source ?? "");
      }
      assert.equal(ids.size, ARTICLES, "each article once");
      assert.equal(sources.size, ARTICLES, "each line once");
      for (let line = 1; line <= ARTICLES; line++)
        assert.ok(await store.hasSource(`${corpus}:${line}`), `line ${line}`);
      assert.deepEqual(await store.check(), []);
    });
  },
);
