/**
 * @module queue
 * Scale-out ingestion over a Redis-backed BullMQ queue: `enqueueIngest` / `openIngestQueue` on the
 * producing side, `runWorker` on any number of machines, a dead-letter list for what never ingests.
 */
export { analyzeJob, type AnalyzedJob, type ReadPath, type RejectedItem } from "./analyze-job.js";
export { connectRedis, redactUrl, DEFAULT_QUEUE_NAME, CONNECT_TIMEOUT_MS } from "./connection.js";
export {
  addDeadLetters,
  clearDeadLetters,
  deadLetterKey,
  listDeadLetters,
  type DeadLetter,
} from "./dead-letter.js";
export {
  enqueueIngest,
  openIngestQueue,
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  type EnqueueOptions,
  type EnqueueResult,
  type IngestQueue,
} from "./enqueue.js";
export {
  batchItems,
  ingestItemSchema,
  jobIdOf,
  parseIngestJob,
  DEFAULT_BATCH_SIZE,
  type IngestItem,
  type IngestJob,
} from "./jobs.js";
export { runWorker, type BatchReport, type IngestWorker, type WorkerOptions } from "./worker.js";
