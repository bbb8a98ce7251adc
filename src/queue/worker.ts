/**
 * An ingestion worker: takes jobs from the BullMQ queue, analyses their items and stores the
 * records with one `put` per job. Any number of workers on any number of machines can share a
 * queue and a PostgreSQL store: BullMQ hands each job to one worker at a time, and the store's
 * put is idempotent (content hash and canonical URL are unique), so a job run twice (a retry after
 * a transient failure, a worker that died after committing) still stores each article once.
 */
import { UnrecoverableError, Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import type { Resources } from "../resources/index.js";
import type { Store } from "../store/types.js";
import { analyzeJob, type ReadPath } from "./analyze-job.js";
import { connectRedis, DEFAULT_QUEUE_NAME } from "./connection.js";
import { addDeadLetters, type DeadLetter } from "./dead-letter.js";
import { parseIngestJob } from "./jobs.js";

/** What one processed job did, for the worker's log line. */
export interface BatchReport {
  readonly job: string;
  /** Records analysed and handed to the store. */
  readonly records: number;
  readonly added: number;
  readonly duplicates: number;
  /** Bad items sent to the dead-letter list. */
  readonly rejected: number;
  /** Wall-clock time of the job, analysis and store, in ms. */
  readonly ms: number;
}

export interface WorkerOptions {
  readonly queueUrl: string;
  readonly store: Store;
  readonly resources: Resources;
  /**
   * Jobs in flight per worker, default 2: analysis is synchronous, so more than one only helps
   * by overlapping one job's database round trip with the next job's analysis.
   */
  readonly concurrency?: number;
  readonly queueName?: string;
  /** Reads items flagged as shared paths; without it such items fail. */
  readonly readPath?: ReadPath;
  /** Called after each job with what it did. */
  readonly onBatch?: (report: BatchReport) => void;
  /** Called when a job gives up for good (after its last attempt, or unrecoverable). */
  readonly onDeadLetter?: (letter: DeadLetter) => void;
}

/** A running worker. */
export interface IngestWorker {
  /** Stops taking jobs, lets the ones in flight finish, and closes the Redis connection. */
  close(): Promise<void>;
}

type IngestJobResult = Omit<BatchReport, "job" | "ms">;

function processor(options: WorkerOptions, redis: Redis, queueName: string) {
  return async (job: Job): Promise<IngestJobResult> => {
    const started = Date.now();
    const parsed = parseIngestJob(job.data);
    // Data that is not a job will not become one by retrying.
    if ("reason" in parsed) throw new UnrecoverableError(parsed.reason);
    const { records, rejected } = await analyzeJob(parsed.job, options.resources, options.readPath);
    const results = records.length > 0 ? await options.store.put(records) : [];
    const at = new Date().toISOString();
    // Listed after the put: a put that fails retries the whole job, which relists the same keys.
    await addDeadLetters(
      redis,
      queueName,
      rejected.map(({ index, source, error }) => ({
        key: `${job.id ?? "?"}#${index}#${source}`,
        source,
        code: error.code,
        reason: error.message,
        attempts: 1,
        at,
        item: parsed.job.items[index],
      })),
    );
    const added = results.filter((result) => result.status === "added").length;
    const report: IngestJobResult = {
      records: records.length,
      added,
      duplicates: results.length - added,
      rejected: rejected.length,
    };
    options.onBatch?.({ job: job.id ?? "?", ms: Date.now() - started, ...report });
    return report;
  };
}

/** The source names of a job's items, for a whole-job dead letter. */
function sourcesOf(data: unknown): string {
  const parsed = parseIngestJob(data);
  if ("reason" in parsed) return "(unreadable job)";
  const sources = parsed.job.items.map((item) => item.source);
  return sources.length <= 3
    ? sources.join(", ")
    : `${sources.slice(0, 3).join(", ")} and ${sources.length - 3} more`;
}

/**
 * Starts a worker on the queue at `queueUrl`; resolves once connected. Throws MarsadError
 * `queue.connection` naming the URL when Redis cannot be reached.
 */
export async function runWorker(options: WorkerOptions): Promise<IngestWorker> {
  const queueName = options.queueName ?? DEFAULT_QUEUE_NAME;
  const redis = await connectRedis(options.queueUrl);
  const worker = new Worker(queueName, processor(options, redis, queueName), {
    connection: redis,
    concurrency: options.concurrency ?? 2,
    // A job is a batch of ~50 articles analysed synchronously: well under a second of lock time.
    lockDuration: 60_000,
  });
  worker.on("error", () => undefined); // connection trouble: ioredis reconnects; the jobs retry.
  worker.on("failed", (job, error) => {
    if (!job) return;
    const isFinal = error.name === "UnrecoverableError" || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!isFinal) return;
    const letter: DeadLetter = {
      key: job.id ?? "?",
      source: sourcesOf(job.data),
      code: "job.failed",
      reason: error.message,
      attempts: job.attemptsMade,
      at: new Date().toISOString(),
    };
    options.onDeadLetter?.(letter);
    addDeadLetters(redis, queueName, [letter]).catch(() => undefined);
  });
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      redis.disconnect();
    },
  };
}
