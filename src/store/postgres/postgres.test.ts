/**
 * What only the PostgreSQL backend has to get right (the behaviour both backends share is in
 * src/store/contract.test.ts): concurrent writers storing each article once, connection errors
 * that name the URL, and schemas written by a newer Marsad refused.
 */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { isMarsadError, type MarsadRecord } from "../../doc/index.js";
import { loadResources } from "../../node/resources.js";
import { analyzeText } from "../../pipeline/index.js";
import { toRecord } from "../../doc/index.js";
import type { Resources } from "../../resources/index.js";
import { contractCorpus, recordOf, withoutMentions } from "../contract-corpus.js";
import { openPool } from "./connect.js";
import { openPostgresStore } from "./index.js";
import { dropSchema } from "./scratch-schema.js";

const URL_ = process.env["MARSAD_TEST_POSTGRES"];
const SKIP = URL_
  ? false
  : "set MARSAD_TEST_POSTGRES=postgres://user:password@127.0.0.1:5432/db to run the PostgreSQL tests";

it("names the URL, without the password, when PostgreSQL cannot be reached", async () => {
  const resources = loadResources();
  const started = Date.now();
  await assert.rejects(
    openPostgresStore({ url: "postgres://marsad:secret@127.0.0.1:1/marsad", resources }),
    (error: unknown) => {
      assert.ok(isMarsadError(error));
      assert.equal(error.code, "store.open");
      assert.match(error.input, /127\.0\.0\.1:1/);
      assert.doesNotMatch(error.input, /secret/);
      assert.match(error.message, /refused/);
      return true;
    },
  );
  assert.ok(Date.now() - started < 6000);
});

describe("the PostgreSQL store", { skip: SKIP }, () => {
  const url = URL_ ?? "";
  let resources: Resources;
  let records: MarsadRecord[];
  const schemas: string[] = [];
  const schemaName = () => {
    const name = `marsad_test_pg_${process.pid}_${schemas.length}`;
    schemas.push(name);
    return name;
  };

  before(() => {
    resources = loadResources();
    records = Array.from({ length: 30 }, (_, i) =>
      toRecord(
        analyzeText(
          `قال وزير الخارجية العراقي فؤاد حسين في بغداد إن الجولة ${i + 1} من الحوار مع دمشق انتهت باتفاق رقم ${i + 500}.`,
          resources,
          {
            meta: { published: "2024-03-10", url: `https://example.com/a/${i}` },
          },
        ),
      ),
    );
  });
  after(async () => {
    for (const schema of schemas) await dropSchema(url, schema);
  });

  it("stores each article once when several writers put overlapping batches at the same time", async () => {
    const schema = schemaName();
    const writers = await Promise.all(
      Array.from({ length: 4 }, () => openPostgresStore({ url, resources, schema })),
    );
    try {
      // Each writer puts every record, in its own order and batches: all race for the same rows.
      const results = await Promise.all(
        writers.map(async (store, w) => {
          const order = w % 2 === 0 ? records : [...records].reverse();
          const out = [];
          for (let i = 0; i < order.length; i += 7) out.push(...(await store.put(order.slice(i, i + 7))));
          return out;
        }),
      );
      const added = results.flat().filter((result) => result.status === "added");
      assert.equal(added.length, records.length);
      assert.equal(new Set(added.map((result) => result.id)).size, records.length);
      const stats = await writers[0]!.stats();
      assert.equal(stats.articles, records.length);
      assert.deepEqual(await writers[0]!.check(), []);
    } finally {
      await Promise.all(writers.map((store) => store.close()));
    }
  });

  it("keeps stores in different schemas apart (the URL's ?schema= names one)", async () => {
    const first = schemaName();
    const second = schemaName();
    const a = await openPostgresStore({
      url: `${url}${url.includes("?") ? "&" : "?"}schema=${first}`,
      resources,
    });
    const b = await openPostgresStore({ url, resources, schema: second });
    try {
      await a.put(records.slice(0, 3));
      assert.equal((await a.stats()).articles, 3);
      assert.equal((await b.stats()).articles, 0);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("upgrades a store from before event mentions, whose events read back without them", async () => {
    const schema = schemaName();
    const corpus = contractCorpus(resources);
    const raid = recordOf(corpus, "raid");
    assert.ok(raid.events.some((event) => (event.mentions?.length ?? 0) > 0));
    const old = await openPostgresStore({ url, resources, schema });
    await old.put([raid]);
    await old.close();
    // Back to what 001-initial left: events without the column, and no record of 002.
    const pool = await openPool({ url, schema, max: 1 });
    await pool.query("ALTER TABLE events DROP COLUMN mentions");
    await pool.query("DELETE FROM marsad_migrations WHERE name = '002-event-mentions'");
    await pool.end();
    const store = await openPostgresStore({ url, resources, schema });
    try {
      const stored = await store.getArticle(raid.id);
      const oldEvents = raid.events.map(withoutMentions);
      assert.deepEqual(stored?.record.events, oldEvents);
      const mekdad = recordOf(corpus, "mekdad");
      await store.put([mekdad]);
      assert.deepEqual((await store.getArticle(mekdad.id))?.record, mekdad);
    } finally {
      await store.close();
    }
  });

  it("refuses a store written by a newer Marsad, naming the URL", async () => {
    const schema = schemaName();
    const store = await openPostgresStore({ url, resources, schema });
    await store.close();
    const pool = await openPool({ url, schema, max: 1 });
    await pool.query("INSERT INTO marsad_migrations (name, applied) VALUES ('999-future', 'now')");
    await pool.end();
    await assert.rejects(openPostgresStore({ url, resources, schema }), (error: unknown) => {
      assert.ok(isMarsadError(error));
      assert.equal(error.code, "store.schema");
      assert.match(error.message, /newer Marsad/);
      return true;
    });
  });
});
