/**
 * The command-line shells of the queue: `marsad ingest --queue` (enqueueInputs) and `marsad worker`
 * (runWorkerCommand), end to end on real servers; and the one line a worker prints for a queue
 * it cannot reach.
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { enqueueInputs } from "../cli/queue-ingest.js";
import { runWorkerCommand } from "../cli/worker.js";
import type { MarsadError } from "../doc/index.js";
import { loadResources } from "../node/resources.js";
import { openPostgresStore } from "../store/postgres/index.js";
import { dropSchema } from "../store/postgres/scratch-schema.js";
import { POSTGRES_URL, REDIS_URL, removeQueue, SKIP_SERVERS, uniqueName, waitFor } from "./test-support.js";

it("prints one line naming the queue when Redis cannot be reached, and exits 1", async () => {
  const lines: string[] = [];
  const status = await runWorkerCommand(
    { queue: "redis://127.0.0.1:1", db: ":memory:", concurrency: 1, queueName: "unused", debug: false },
    { stderr: (text) => lines.push(text) },
    { signal: AbortSignal.abort() },
  );
  assert.equal(status, 1);
  assert.equal(lines.length, 1);
  assert.match(lines[0] ?? "", /^marsad: redis:\/\/127\.0\.0\.1:1: cannot reach Redis: connection refused/);
});

describe("marsad ingest --queue and marsad worker", { skip: SKIP_SERVERS }, () => {
  it("enqueues a corpus here and stores it through a worker process there, reporting bad lines", async () => {
    const folder = mkdtempSync(join(tmpdir(), "marsad-queue-"));
    const corpus = join(folder, "corpus.jsonl");
    const article = (n: number) =>
      JSON.stringify({
        text: `أعلنت وزارة الصحة في بغداد اليوم تسجيل ${n} إصابة جديدة في المحافظة رقم ${n + 40}.`,
        url: `https://example.com/health/${n}`,
        date: "2024-05-01",
      });
    writeFileSync(corpus, [article(1), "{broken", article(2), article(3)].join("\n") + "\n");
    const queueName = uniqueName("marsad_test_cli");
    const schema = uniqueName("marsad_test_cli");
    const db = `${POSTGRES_URL}${POSTGRES_URL?.includes("?") ? "&" : "?"}schema=${schema}`;
    const controller = new AbortController();
    const log: string[] = [];
    const errors: MarsadError[] = [];
    try {
      const enqueued = await enqueueInputs([corpus], {
        queue: REDIS_URL ?? "",
        queueName,
        meta: { outlet: "وكالة الاختبار" },
        onError: (_, error) => errors.push(error),
      });
      assert.deepEqual(enqueued, { enqueued: 3, skipped: 1 });
      assert.equal(errors[0]?.input, `${corpus}:2`);
      const worker = runWorkerCommand(
        { queue: REDIS_URL ?? "", db, concurrency: 2, queueName, debug: false },
        { stderr: (text) => log.push(text) },
        { signal: controller.signal },
      );
      await waitFor("a job line", async () => log.some((line) => /3 analysed, 3 added/.test(line)), 60_000);
      controller.abort();
      assert.equal(await worker, 0);
      const store = await openPostgresStore({ url: db, resources: loadResources() });
      try {
        const stats = await store.stats();
        assert.equal(stats.articles, 3);
        const listed = await store.search({ text: "إصابة", limit: 5 });
        assert.equal(listed.total, 3);
        assert.ok(listed.hits.every((hit) => hit.article.outlet === "وكالة الاختبار"));
      } finally {
        await store.close();
      }
    } finally {
      controller.abort();
      rmSync(folder, { recursive: true, force: true });
      await removeQueue(queueName);
      await dropSchema(POSTGRES_URL ?? "", schema);
    }
  });
});
