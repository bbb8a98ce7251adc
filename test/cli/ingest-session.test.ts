import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { inlineAnalyzer, type RecordAnalyzer } from "../../src/cli/ingest/analyze-pool.js";
import { IngestSession } from "../../src/cli/ingest/ingest-session.js";
import { NO_RUN_META } from "../../src/cli/prepare-source.js";
import { toRecord } from "../../src/doc/index.js";
import type { IngestedDocument } from "../../src/ingest/index.js";
import { openStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/types.js";
import { stubAnalyzer } from "../helpers/cli.js";
import { testResources } from "../helpers/resources.js";

function doc(n: number, text = `خبر رقم ${n} عن افتتاح مدرسة جديدة في المدينة.`): IngestedDocument {
  return {
    source: `corpus.jsonl:${n}`,
    text,
    media: [],
    notes: [],
    meta: { url: `https://news.example/${n}` },
  };
}

/** The store with another `put`: the session under faults the real store does not make. */
function withPut(store: Store, put: Store["put"]): Store {
  return new Proxy(store, {
    get: (target, key, receiver) => (key === "put" ? put : Reflect.get(target, key, receiver)),
  });
}

describe("the ingest session", () => {
  test("never has more documents in flight than allowed, and keeps input order", async () => {
    const store = await openStore(":memory:", testResources());
    let inFlight = 0;
    let most = 0;
    const analyzer: RecordAnalyzer = {
      analyze: async (document) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight--;
        const source = { ...document, meta: { ...document.meta, source: document.source } };
        return { record: toRecord(stubAnalyzer(source, { reference: null })) };
      },
      close: async () => {},
    };
    const order: string[] = [];
    const session = new IngestSession({
      store: withPut(store, (records) => {
        order.push(...records.map((record) => record.meta.source ?? ""));
        return store.put(records);
      }),
      analyzer,
      batchSize: 7,
      maxInFlight: 5,
      onFailure: (input) => assert.fail(input),
    });
    for (let n = 1; n <= 40; n++) await session.add(doc(n));
    await session.drain();
    assert.ok(most <= 5, `at most 5 in flight, saw ${most}`);
    assert.deepEqual(
      order,
      Array.from({ length: 40 }, (_, i) => `corpus.jsonl:${i + 1}`),
    );
    assert.equal(session.counts.added, 40);
    await store.close();
  });

  test("skips documents whose source or URL is stored, before analysing them", async () => {
    const store = await openStore(":memory:", testResources());
    const first = new IngestSession({
      store,
      analyzer: inlineAnalyzer(() => stubAnalyzer, NO_RUN_META),
      batchSize: 10,
      maxInFlight: 4,
      onFailure: (input) => assert.fail(input),
    });
    for (const n of [1, 2, 3]) await first.add(doc(n));
    await first.drain();
    let analysed = 0;
    const counting = inlineAnalyzer(
      () => (source, options) => (analysed++, stubAnalyzer(source, options)),
      NO_RUN_META,
    );
    const second = new IngestSession({
      store,
      analyzer: counting,
      batchSize: 10,
      maxInFlight: 4,
      onFailure: (i) => assert.fail(i),
    });
    await second.add(doc(2));
    await second.add({ ...doc(9, "نص آخر مختلف تماما."), meta: { url: "https://news.example/3" } });
    await second.add(doc(4));
    await second.drain();
    assert.equal(analysed, 1, "only the new document is analysed");
    assert.deepEqual(second.counts, { read: 3, added: 1, duplicates: 0, skipped: 2, failed: 0 });
    await store.close();
  });

  test("a record the store refuses fails alone; the rest of its batch is stored", async () => {
    const store = await openStore(":memory:", testResources());
    const failures: string[] = [];
    const session = new IngestSession({
      store: withPut(store, (records) =>
        records.some((record) => record.text.includes("سيء"))
          ? Promise.reject(new Error("bad row"))
          : store.put(records),
      ),
      analyzer: inlineAnalyzer(() => stubAnalyzer, NO_RUN_META),
      batchSize: 10,
      maxInFlight: 4,
      onFailure: (input) => failures.push(input),
    });
    for (const n of [1, 2, 3, 4]) await session.add(doc(n, n === 3 ? "خبر سيء الترميز." : undefined));
    await session.drain();
    assert.deepEqual(failures, ["corpus.jsonl:3"]);
    assert.deepEqual(session.counts, { read: 4, added: 3, duplicates: 0, skipped: 0, failed: 1 });
    await store.close();
  });
});
