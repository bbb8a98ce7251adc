import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { MarsadRecord } from "../../src/doc/index.js";
import type { EntitySummary, QuoteRow, SearchHit, SearchResult } from "../../src/store/types.js";
import { schemaErrors } from "../helpers/schema.js";
import { csvObjects, jsonLines, runMarsad } from "./store-cli.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SHORT = join(ROOT, "examples/short-article.txt");
const SAMPLE = join(ROOT, "examples/sample-article.txt");
const CORPUS = join(ROOT, "test/fixtures/jsonl/corpus.jsonl");
const RSS = join(ROOT, "test/fixtures/feeds/rss2.xml");
/** The id of examples/short-article.txt's record (README, "What a run gives you"). */
const SHORT_ID = "ebde94a63e1a4ef4";

const dir = mkdtempSync(join(tmpdir(), "marsad-query-"));
const db = join(dir, "news.db");
after(() => rmSync(dir, { recursive: true, force: true }));

before(async () => {
  await runMarsad(["ingest", "--db", db, "--workers", "0", "--published", "2024-03-10", SHORT]);
  await runMarsad(["ingest", "--db", db, "--workers", "0", SAMPLE, CORPUS, RSS]);
});

const q = (...args: string[]) => runMarsad([...args, "--db", db]);

describe("marsad search", () => {
  test("finds a word, with the offsets of each match in the article", async () => {
    const run = await q("search", "دمشق", "--format", "json");
    assert.equal(run.status, 0, run.stderr.join("\n"));
    const result = JSON.parse(run.stdout) as SearchResult;
    const hit = result.hits.find((h) => h.article.id === SHORT_ID);
    assert.ok(hit, "the short article mentions دمشق");
    for (const h of hit.snippet.highlights) assert.equal(hit.snippet.text.slice(h.start, h.end), "دمشق");
    // دمشق is at [66,70) of the short article's text (README).
    assert.ok(hit.snippet.highlights.some((h) => hit.snippet.start + h.start === 66));
  });

  test("prints one fact per line for people, offsets first", async () => {
    const run = await q("search", "دمشق");
    assert.equal(run.status, 0);
    const lines = run.stdout.split("\n");
    assert.match(lines[0]!, /^\d+ articles? match \(1–\d+ shown\)$/);
    assert.ok(lines.includes("   match     [66,70) دمشق"), run.stdout);
  });

  test("filters by date, and an empty answer is not an error", async () => {
    const inMarch = jsonLines<SearchHit>(
      (await q("search", "بغداد", "--from", "2024-03", "--to", "2024-03-31", "--format", "jsonl")).stdout,
    );
    assert.deepEqual(
      inMarch.map((hit) => hit.article.id),
      [SHORT_ID],
    );
    const run = await q("search", "بغداد", "--from", "2018", "--to", "2018", "--format", "jsonl");
    assert.equal(run.status, 0);
    assert.equal(run.stdout, "");
    assert.equal(
      (await q("search", "بغداد", "--from", "2018", "--to", "2018")).stdout,
      "no articles match\n",
    );
  });

  test("filters by entity and by speaker", async () => {
    const byEntity = jsonLines<SearchHit>(
      (await q("search", "--entity", "per:سامر_الخطيب", "--format", "jsonl")).stdout,
    );
    assert.ok(byEntity.length >= 1);
    const bySpeaker = jsonLines<SearchHit>(
      (await q("search", "--speaker", "فؤاد حسين", "--format", "jsonl")).stdout,
    );
    assert.deepEqual(
      bySpeaker.map((hit) => hit.article.id),
      [SHORT_ID],
    );
  });
});

describe("marsad quotes and entities", () => {
  test("quotes --speaker lists what the speaker said, with offsets", async () => {
    const run = await q("quotes", "--speaker", "فؤاد حسين", "--format", "jsonl");
    assert.equal(run.status, 0, run.stderr.join("\n"));
    const quotes = jsonLines<QuoteRow>(run.stdout);
    // The two quotes of the README's record: [56,76) direct and [93,142) indirect.
    assert.deepEqual(
      quotes.map((quote) => [quote.article, quote.content.start, quote.content.end, quote.kind]).sort(),
      [
        [SHORT_ID, 56, 76, "direct"],
        [SHORT_ID, 93, 142, "indirect"],
      ],
    );
    assert.equal(quotes.find((quote) => quote.kind === "direct")?.content.text, "الحوار مع دمشق مستمر");
    const pretty = await q("quotes", "--speaker", "فؤاد حسين");
    assert.ok(pretty.stdout.includes("   quote     [56,76) الحوار مع دمشق مستمر\n"), pretty.stdout);
  });

  test("entities --type PER lists people only, most mentioned first", async () => {
    const run = await q("entities", "--type", "per", "--format", "jsonl");
    assert.equal(run.status, 0, run.stderr.join("\n"));
    const entities = jsonLines<EntitySummary>(run.stdout);
    assert.ok(entities.every((entity) => entity.type === "PER"));
    const ids = entities.map((entity) => entity.id);
    assert.ok(ids.includes("per:فؤاد_حسين") && ids.includes("per:سامر_الخطيب"), ids.join(" "));
    const mentions = entities.map((entity) => entity.mentions);
    assert.deepEqual(
      mentions,
      [...mentions].sort((a, b) => b - a),
    );
  });
});

describe("marsad export", () => {
  test("jsonl: every stored record once, valid against the schema", async () => {
    const run = await q("export");
    assert.equal(run.status, 0, run.stderr.join("\n"));
    const records = jsonLines<MarsadRecord>(run.stdout);
    assert.equal(records.length, 9);
    assert.equal(new Set(records.map((record) => record.id)).size, 9);
    for (const record of records) assert.deepEqual(schemaErrors(record), []);
    assert.deepEqual(run.stderr, ["marsad: export: wrote 9 rows (articles) from 9 stored articles"]);
  });

  test("csv quotes: RFC 4180, each row citing its article's characters", async () => {
    const records = jsonLines<MarsadRecord>((await q("export")).stdout);
    const out = join(dir, "quotes.csv");
    const run = await q("export", "--format", "csv", "--layer", "quotes", "--out", out);
    assert.equal(run.status, 0, run.stderr.join("\n"));
    const rows = csvObjects(readFileSync(out, "utf8"));
    assert.equal(
      rows.length,
      records.reduce((n, record) => n + record.quotes.length, 0),
    );
    const texts = new Map(records.map((record) => [record.id, record.text]));
    for (const row of rows) {
      const text = texts.get(row.article!)!;
      assert.equal(text.slice(Number(row.start), Number(row.end)), row.text);
      assert.ok(
        Number(row.sentence_start) <= Number(row.start) && Number(row.end) <= Number(row.sentence_end),
      );
    }
    // The direct quote holds a comma inside Arabic text: it must come back whole.
    assert.ok(rows.some((row) => row.text!.includes("،")));
  });

  test("acled: one row per event, the sentence as notes, the trigger inside it", async () => {
    const records = jsonLines<MarsadRecord>((await q("export")).stdout);
    const run = await q("export", "--format", "acled");
    assert.equal(run.status, 0, run.stderr.join("\n"));
    const rows = csvObjects(run.stdout);
    assert.equal(
      rows.length,
      records.reduce((n, record) => n + record.events.length, 0),
    );
    const agree = rows.find((row) => row.event_type === "AGREE");
    assert.ok(agree, "the sample article's AGREE event");
    assert.equal(agree.event_date, "2024-02-12");
    assert.equal(agree.time_precision, "1");
    const text = records.find((record) => record.id === agree.article_id)!.text;
    assert.equal(text.slice(Number(agree.notes_start), Number(agree.notes_end)), agree.notes);
    assert.equal(text.slice(Number(agree.trigger_start), Number(agree.trigger_end)), "وقّعت");
  });
});

describe("store command usage", () => {
  test("bad options get one line naming the option and exit status 2", async () => {
    for (const [args, option] of [
      [["search", "x", "--from", "2024-13"], "--from"],
      [["search", "x", "--from", "2024-05", "--to", "2024-04"], "--from"],
      [["search", "x", "--limit", "0"], "--limit"],
      [["search", "x", "--limit", "201"], "--limit"],
      [["search", "x", "--offset", "1.5"], "--offset"],
      [["search", "x", "--format", "xml"], "--format"],
      [["entities", "--type", "PERSON"], "--type"],
      [["quotes", "--to", "yesterday"], "--to"],
      [["export", "--format", "acled", "--layer", "quotes"], "--layer"],
      [["export", "--format", "tsv"], "--format"],
    ] as const) {
      const run = await q(...args);
      assert.equal(run.status, 2, args.join(" "));
      assert.equal(run.stderr.length, 1, run.stderr.join("\n"));
      assert.ok(run.stderr[0]!.startsWith(`marsad: ${option}: `), run.stderr[0]);
    }
  });

  test("a database that does not exist is named, not created", async () => {
    const missing = join(dir, "nothing.db");
    const run = await runMarsad(["search", "x", "--db", missing]);
    assert.equal(run.status, 1);
    assert.deepEqual(run.stderr, [
      `marsad: ${missing}: no such database; fill it first with marsad ingest --db ${missing} <inputs>`,
    ]);
  });
});
