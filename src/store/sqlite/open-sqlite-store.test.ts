import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import Database from "better-sqlite3";
import { isMarsadError } from "../../doc/index.js";
import { testResources } from "../../../test/helpers/resources.js";
import { contractCorpus, withoutMentions } from "../contract-corpus.js";
import { openSqliteStore } from "./index.js";

const dir = mkdtempSync(join(tmpdir(), "marsad-sqlite-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const resources = testResources();

function fails(code: string, path: string) {
  return (error: unknown) => isMarsadError(error) && error.code === code && error.input === path;
}

test("refuses a file that is not a database, naming it", async () => {
  const path = join(dir, "notes.txt");
  writeFileSync(path, "هذا ليس قاعدة بيانات ".repeat(200));
  await assert.rejects(openSqliteStore({ path, resources }), fails("store.open", path));
});

test("refuses a SQLite database Marsad did not make", async () => {
  const path = join(dir, "other.db");
  const db = new Database(path);
  db.exec("CREATE TABLE things (id INTEGER)");
  db.close();
  await assert.rejects(openSqliteStore({ path, resources }), fails("store.schema", path));
});

test("refuses a database written by a newer Marsad", async () => {
  const path = join(dir, "newer.db");
  await (await openSqliteStore({ path, resources })).close();
  const db = new Database(path);
  db.prepare("INSERT INTO marsad_migrations (name, applied) VALUES ('999-future', 'now')").run();
  db.close();
  await assert.rejects(openSqliteStore({ path, resources }), fails("store.schema", path));
});

test("refuses to open a missing file read-only, and to write through a read-only store", async () => {
  const missing = join(dir, "missing.db");
  await assert.rejects(
    openSqliteStore({ path: missing, resources, readonly: true }),
    fails("store.open", missing),
  );
  const path = join(dir, "readonly.db");
  await (await openSqliteStore({ path, resources })).close();
  const store = await openSqliteStore({ path, resources, readonly: true });
  await assert.rejects(store.put([contractCorpus(resources)[0]!.record]), fails("store.open", path));
  assert.equal((await store.stats()).articles, 0);
  await store.close();
});

test("keeps what was put across close and reopen, in WAL mode", async () => {
  const path = join(dir, "reopen.db");
  const record = contractCorpus(resources)[0]!.record;
  const first = await openSqliteStore({ path, resources });
  await first.put([record]);
  await first.close();
  await first.close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
  db.close();
  const second = await openSqliteStore({ path, resources, readonly: true });
  assert.deepEqual((await second.getArticle(record.id))?.record, record);
  await second.close();
});

test("refuses a bad page or date with query.invalid", async () => {
  const store = await openSqliteStore({ path: ":memory:", resources });
  await assert.rejects(
    store.search({ limit: -1 }),
    (error: unknown) => isMarsadError(error) && error.code === "query.invalid",
  );
  await assert.rejects(
    store.search({ from: "March" }),
    (error: unknown) => isMarsadError(error) && error.code === "query.invalid",
  );
  await store.close();
});

test("a connection left open checks sound after another one rewrote the full-text index", async () => {
  const path = join(dir, "long-open.db");
  const server = await openSqliteStore({ path, resources });
  await server.put([contractCorpus(resources)[0]!.record]);
  await server.search({ text: "سوريا" });
  // Enough FTS5 segment merges that the pages the server's connection last saw are deleted.
  const writer = new Database(path);
  const add = writer.prepare("INSERT INTO article_fts (rowid, terms, latin) VALUES (?, ?, '')");
  const words = Array.from({ length: 60 }, (_, i) => `w${i}`);
  for (let batch = 0; batch < 150; batch++) {
    writer.transaction(() => {
      for (let i = 0; i < 100; i++)
        add.run(1000 + batch * 100 + i, words.map((w) => w + ((batch + i) % 50)).join(" "));
    })();
  }
  writer.close();
  const problems = await server.check();
  assert.deepEqual(
    problems.filter((line) => line.startsWith("SQLite:")),
    [],
  );
  await server.close();
});

test("a writer finds the story of an article another connection stored after its own first write", async () => {
  const path = join(dir, "two-writers.db");
  const corpus = contractCorpus(resources);
  const record = (name: string) => corpus.find((article) => article.name === name)!.record;
  const first = await openSqliteStore({ path, resources });
  const second = await openSqliteStore({ path, resources });
  try {
    // The first store builds its in-memory LSH index here, before the second writes the raid.
    await first.put([record("economy")]);
    const [raid] = await second.put([record("raid")]);
    const [rewrite] = await first.put([record("raidRewrite")]);
    assert.equal(rewrite!.status, "added");
    assert.equal(rewrite!.story, raid!.story);
  } finally {
    await first.close();
    await second.close();
  }
});

test("a store of the first schema loses its LSH table and still groups stories", async () => {
  const path = join(dir, "schema-001.db");
  const corpus = contractCorpus(resources);
  const record = (name: string) => corpus.find((article) => article.name === name)!.record;
  const old = await openSqliteStore({ path, resources });
  const [raid] = await old.put([record("raid")]);
  await old.close();
  // Back to what 001-initial left: the table, and no record of 002.
  const db = new Database(path);
  db.exec(
    "CREATE TABLE lsh (band INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (band, article)) WITHOUT ROWID",
  );
  db.prepare("DELETE FROM marsad_migrations WHERE name = '002-lsh-in-memory'").run();
  db.close();
  const store = await openSqliteStore({ path, resources });
  try {
    const [rewrite] = await store.put([record("raidRewrite")]);
    assert.equal(rewrite!.story, raid!.story);
    assert.deepEqual(await store.check(), []);
  } finally {
    await store.close();
  }
  const after = new Database(path, { readonly: true });
  const tables = after.prepare("SELECT name FROM sqlite_schema WHERE name = 'lsh'").all();
  after.close();
  assert.deepEqual(tables, []);
});

test("a store from before event mentions gains the column and reads its old events without them", async () => {
  const path = join(dir, "schema-002.db");
  const corpus = contractCorpus(resources);
  const record = (name: string) => corpus.find((article) => article.name === name)!.record;
  const raid = record("raid");
  assert.ok(raid.events.some((event) => (event.mentions?.length ?? 0) > 0));
  const old = await openSqliteStore({ path, resources });
  await old.put([raid]);
  await old.close();
  // Back to what 002 left: events without the column, and no record of 003.
  const db = new Database(path);
  db.exec("ALTER TABLE events DROP COLUMN mentions");
  db.prepare("DELETE FROM marsad_migrations WHERE name = '003-event-mentions'").run();
  db.close();
  const store = await openSqliteStore({ path, resources });
  try {
    const stored = await store.getArticle(raid.id);
    const oldEvents = raid.events.map(withoutMentions);
    assert.deepEqual(stored?.record.events, oldEvents);
    // New puts keep them.
    const mekdad = record("mekdad");
    await store.put([mekdad]);
    assert.deepEqual((await store.getArticle(mekdad.id))?.record, mekdad);
  } finally {
    await store.close();
  }
});
