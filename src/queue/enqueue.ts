/**
 * Producing side of the queue: items are grouped into jobs and added in bulk. Each job retries
 * with exponential backoff (a database restart, a deadlock, a worker killed mid-job), and its id
 * is a hash of its content so enqueueing the same batch twice while the first is known adds nothing.
 */
import { Queue, type JobsOptions } from "bullmq";
import type { Redis } from "ioredis";
import { connectRedis, DEFAULT_QUEUE_NAME } from "./connection.js";
import { listDeadLetters, type DeadLetter } from "./dead-letter.js";
import { batchItems, DEFAULT_BATCH_SIZE, jobIdOf, type IngestItem } from "./jobs.js";

/** Attempts per job before it is dead-lettered. */
export const DEFAULT_ATTEMPTS = 3;
/** First retry delay in ms; doubled on each further attempt. */
export const DEFAULT_BACKOFF_MS = 1000;

export interface EnqueueOptions {
  readonly queueName?: string;
  /** Items per job; default DEFAULT_BATCH_SIZE. */
  readonly batchSize?: number;
  readonly attempts?: number;
  readonly backoffMs?: number;
}

export interface EnqueueResult {
  /** Items handed to the queue. */
  readonly items: number;
  /** Jobs handed to the queue (BullMQ ignores one whose id it already holds). */
  readonly jobs: number;
}

function jobOptions(options: EnqueueOptions): JobsOptions {
  return {
    attempts: options.attempts ?? DEFAULT_ATTEMPTS,
    backoff: { type: "exponential", delay: options.backoffMs ?? DEFAULT_BACKOFF_MS },
    // A finished job holds its articles' text: keep only the last few so Redis does not grow with
    // the corpus. The store keeps what matters, and failures stay in the dead-letter list.
    removeOnComplete: { count: 100 },
    removeOnFail: { count: 1000 },
  };
}

/** A queue on an open connection: several enqueues share it (the CLI streams a corpus in chunks). */
export interface IngestQueue {
  add(items: readonly IngestItem[]): Promise<EnqueueResult>;
  /** Items given up on, with the reason. */
  deadLetters(): Promise<DeadLetter[]>;
  /** Stops handing jobs to workers (jobs can still be added), until `resume`. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Jobs waiting, running, delayed (awaiting a retry) and failed. */
  counts(): Promise<{ waiting: number; active: number; delayed: number; failed: number }>;
  close(): Promise<void>;
}

/** Opens the queue at `queueUrl`; throws MarsadError `queue.connection` naming the URL when Redis is unreachable. */
export async function openIngestQueue(queueUrl: string, options: EnqueueOptions = {}): Promise<IngestQueue> {
  const queueName = options.queueName ?? DEFAULT_QUEUE_NAME;
  const redis: Redis = await connectRedis(queueUrl);
  const queue = new Queue(queueName, { connection: redis, defaultJobOptions: jobOptions(options) });
  queue.on("error", () => undefined); // surfaced by the failing call instead
  return {
    async add(items) {
      const jobs = batchItems(items, options.batchSize ?? DEFAULT_BATCH_SIZE);
      if (jobs.length === 0) return { items: 0, jobs: 0 };
      await queue.addBulk(jobs.map((data) => ({ name: "ingest", data, opts: { jobId: jobIdOf(data) } })));
      return { items: items.length, jobs: jobs.length };
    },
    deadLetters: () => listDeadLetters(redis, queueName),
    pause: () => queue.pause(),
    resume: () => queue.resume(),
    async counts() {
      const counts = await queue.getJobCounts("waiting", "active", "delayed", "failed");
      return {
        waiting: counts["waiting"] ?? 0,
        active: counts["active"] ?? 0,
        delayed: counts["delayed"] ?? 0,
        failed: counts["failed"] ?? 0,
      };
    },
    async close() {
      await queue.close();
      redis.disconnect();
    },
  };
}

/** Enqueues items for ingestion in one go and closes the connection. */
export async function enqueueIngest(
  queueUrl: string,
  items: readonly IngestItem[],
  options: EnqueueOptions = {},
): Promise<EnqueueResult> {
  const queue = await openIngestQueue(queueUrl, options);
  try {
    return await queue.add(items);
  } finally {
    await queue.close();
  }
}
