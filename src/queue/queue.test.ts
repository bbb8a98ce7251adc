import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { isMarsadError } from "../doc/index.js";
import { loadResources } from "../node/resources.js";
import type { Resources } from "../resources/index.js";
import type { Store } from "../store/types.js";
import { connectRedis } from "./connection.js";
import { openIngestQueue, type IngestQueue } from "./enqueue.js";
import type { IngestItem } from "./jobs.js";
import { REDIS_URL, removeQueue, scratchStore, SKIP_SERVERS, uniqueName, waitFor } from "./test-support.js";
import { runWorker, type IngestWorker } from "./worker.js";

/** Distinct short articles: the numbers differ, so no two share a content hash. */
function articles(count: number, first = 1): IngestItem[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: "raw" as const,
    source: `test:${first + i}`,
    text: `بغداد – قال وزير الخارجية العراقي فؤاد حسين إن الجولة ${first + i} من الحوار مع دمشق ستعقد في الشهر ${first + i + 100}.`,
    meta: { published: "2024-03-10", url: `https://example.com/news/${first + i}` },
  }));
}

it("names the URL when Redis cannot be reached, without hanging", async () => {
  const started = Date.now();
  await assert.rejects(connectRedis("redis://127.0.0.1:1"), (error: unknown) => {
    assert.ok(isMarsadError(error));
    assert.equal(error.code, "queue.connection");
    assert.match(error.input, /127\.0\.0\.1:1/);
    assert.match(error.message, /refused/);
    return true;
  });
  assert.ok(Date.now() - started < 6000);
  await assert.rejects(connectRedis("http://127.0.0.1:6379"), /redis:\/\//);
});

describe("the ingestion queue on Redis into PostgreSQL", { skip: SKIP_SERVERS }, () => {
  let resources: Resources;
  before(() => {
    resources = loadResources();
  });

  /** A queue, a store and workers of this test's own, removed at the end. */
  async function setUp(options: { attempts?: number } = {}) {
    const queueName = uniqueName("marsad_test");
    const queue = await openIngestQueue(REDIS_URL ?? "", {
      queueName,
      batchSize: 3,
      backoffMs: 20,
      ...options,
    });
    const scratch = await scratchStore(resources);
    const workers: IngestWorker[] = [];
    return {
      queueName,
      queue,
      store: scratch.store,
      start: async (store: Store = scratch.store) => {
        workers.push(
          await runWorker({ queueUrl: REDIS_URL ?? "", queueName, store, resources, concurrency: 2 }),
        );
      },
      tearDown: async () => {
        await Promise.all(workers.map((worker) => worker.close()));
        await queue.close();
        await removeQueue(queueName);
        await scratch.dispose();
      },
    };
  }

  async function drained(queue: IngestQueue): Promise<boolean> {
    const counts = await queue.counts();
    return counts.waiting + counts.active + counts.delayed === 0;
  }

  it("stores every article exactly once with two workers on one queue", async () => {
    const test = await setUp();
    try {
      // The first five again at the end: duplicates of articles another job may hold at that moment.
      const items = [
        ...articles(25),
        ...articles(5).map((item) => ({ ...item, source: `${item.source}-again` })),
      ];
      await test.queue.add(items);
      await Promise.all([test.start(), test.start()]);
      await waitFor("the queue to drain", () => drained(test.queue));
      await waitFor("25 articles", async () => (await test.store.stats()).articles === 25);
      const stats = await test.store.stats();
      assert.equal(stats.articles, 25);
      assert.equal(stats.duplicates, 5);
      const ids = new Set<string>();
      for await (const stored of test.store.records()) ids.add(stored.record.id);
      assert.equal(ids.size, 25);
      assert.deepEqual(await test.store.check(), []);
      assert.deepEqual(await test.queue.deadLetters(), []);
    } finally {
      await test.tearDown();
    }
  });

  it("dead-letters bad input with its reason and stores the good items of the same job", async () => {
    const test = await setUp();
    try {
      await test.queue.add([
        ...articles(1),
        { kind: "jsonl", source: "corpus.jsonl:7", line: "{not json" },
        { kind: "raw", source: "empty.txt", text: "   \n  " },
      ]);
      await test.start();
      await waitFor("two dead letters", async () => (await test.queue.deadLetters()).length === 2);
      const letters = await test.queue.deadLetters();
      const bySource = new Map(letters.map((letter) => [letter.source, letter]));
      assert.equal(bySource.get("corpus.jsonl:7")?.code, "input.format");
      assert.equal(bySource.get("empty.txt")?.code, "input.empty");
      assert.ok(letters.every((letter) => letter.reason.length > 0 && letter.item !== undefined));
      await waitFor("the good article", async () => (await test.store.stats()).articles === 1);
    } finally {
      await test.tearDown();
    }
  });

  it("stores a job once when it is retried after its first put committed and then failed", async () => {
    const test = await setUp();
    try {
      let calls = 0;
      // Commits, then fails as a dropped connection would after COMMIT: the queue must retry.
      const flaky: Store = Object.assign(Object.create(test.store) as Store, {
        put: async (records: Parameters<Store["put"]>[0]) => {
          const results = await test.store.put(records);
          calls++;
          if (calls === 1) throw new Error("connection lost after commit");
          return results;
        },
      });
      await test.queue.add(articles(3));
      await test.start(flaky);
      await waitFor("the retry", async () => calls >= 2 && (await drained(test.queue)));
      const stats = await test.store.stats();
      assert.equal(stats.articles, 3);
      assert.deepEqual(await test.queue.deadLetters(), []);
    } finally {
      await test.tearDown();
    }
  });

  it("dead-letters a job that fails every attempt, with the last reason", async () => {
    const test = await setUp({ attempts: 2 });
    try {
      const broken: Store = Object.assign(Object.create(test.store) as Store, {
        put: async () => {
          throw new Error("the database is read-only");
        },
      });
      await test.queue.add(articles(2));
      await test.start(broken);
      await waitFor("a dead letter", async () => (await test.queue.deadLetters()).length === 1);
      const [letter] = await test.queue.deadLetters();
      assert.equal(letter?.code, "job.failed");
      assert.equal(letter?.attempts, 2);
      assert.match(letter?.reason ?? "", /read-only/);
      assert.match(letter?.source ?? "", /test:1/);
    } finally {
      await test.tearDown();
    }
  });
});
