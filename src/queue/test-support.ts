/**
 * Helpers for the queue tests: real Redis and PostgreSQL servers named by environment variables,
 * a queue name and a store schema of their own per test, removed afterwards.
 */
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { openPostgresStore } from "../store/postgres/index.js";
import { dropSchema } from "../store/postgres/scratch-schema.js";
import type { Resources } from "../resources/index.js";
import type { Store } from "../store/types.js";
import { connectRedis } from "./connection.js";
import { clearDeadLetters } from "./dead-letter.js";

export const REDIS_URL = process.env["MARSAD_TEST_REDIS"];
export const POSTGRES_URL = process.env["MARSAD_TEST_POSTGRES"];

/** The reason the server tests are skipped, or false when both servers are named. */
export const SKIP_SERVERS =
  REDIS_URL && POSTGRES_URL
    ? false
    : "set MARSAD_TEST_REDIS=redis://127.0.0.1:6379 and MARSAD_TEST_POSTGRES=postgres://… to run the queue tests against real servers";

let counter = 0;

/** A name no other test run uses, valid as a queue name and a schema name. */
export function uniqueName(prefix: string): string {
  counter++;
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter}`;
}

/** A PostgreSQL store in a schema of its own; `dispose` closes it and drops the schema. */
export async function scratchStore(
  resources: Resources,
): Promise<{ store: Store; dispose: () => Promise<void> }> {
  const schema = uniqueName("marsad_test_queue");
  const store = await openPostgresStore({ url: POSTGRES_URL ?? "", resources, schema });
  return {
    store,
    dispose: async () => {
      await store.close();
      await dropSchema(POSTGRES_URL ?? "", schema);
    },
  };
}

/** Removes a test queue's jobs, keys and dead letters. */
export async function removeQueue(queueName: string): Promise<void> {
  const redis: Redis = await connectRedis(REDIS_URL ?? "");
  const queue = new Queue(queueName, { connection: redis });
  try {
    await queue.obliterate({ force: true });
    await clearDeadLetters(redis, queueName);
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

/** Polls `check` every 50 ms until it holds; fails after `timeoutMs`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
