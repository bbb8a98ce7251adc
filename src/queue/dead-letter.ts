/**
 * The dead-letter list: inputs that will never ingest (bad input, or a job that failed every
 * attempt), each with the reason, so an operator can read, fix and re-enqueue them. It is a Redis
 * hash keyed by job id and item index, so a retried job that reports the same bad item again
 * overwrites its entry instead of listing it twice.
 */
import type { Redis } from "ioredis";
import { z } from "zod";
import { ingestItemSchema, type IngestItem } from "./jobs.js";

/** One input that was given up on. */
export interface DeadLetter {
  /** The job id and, for one bad item of a job, "#<index>" of the item. */
  readonly key: string;
  /** The input's name: "corpus.jsonl:12", a path, a URL. */
  readonly source: string;
  /** MarsadError code ("input.empty", …), or "job.failed" when the whole job gave up. */
  readonly code: string;
  /** Why, in the user's terms. */
  readonly reason: string;
  /** Attempts made before giving up (1 for bad input, which is never retried). */
  readonly attempts: number;
  /** ISO date-time it was listed. */
  readonly at: string;
  /** The item itself, so it can be re-enqueued once fixed; absent for a whole-job failure. */
  readonly item?: IngestItem;
}

const deadLetterSchema = z.object({
  key: z.string(),
  source: z.string(),
  code: z.string(),
  reason: z.string(),
  attempts: z.number(),
  at: z.string(),
  item: ingestItemSchema.optional(),
});

/** The Redis key of a queue's dead-letter hash. */
export function deadLetterKey(queueName: string): string {
  return `marsad:dead:${queueName}`;
}

/** Lists (or relists, idempotently) entries in one round trip. */
export async function addDeadLetters(
  redis: Redis,
  queueName: string,
  letters: readonly DeadLetter[],
): Promise<void> {
  if (letters.length === 0) return;
  const fields = letters.flatMap((letter) => [letter.key, JSON.stringify(letter)]);
  await redis.hset(deadLetterKey(queueName), ...fields);
}

/** Every dead letter of a queue, oldest first. */
export async function listDeadLetters(redis: Redis, queueName: string): Promise<DeadLetter[]> {
  const entries = await redis.hvals(deadLetterKey(queueName));
  const letters: DeadLetter[] = [];
  for (const entry of entries) {
    let value: unknown;
    try {
      value = JSON.parse(entry);
    } catch {
      continue;
    }
    const parsed = deadLetterSchema.safeParse(value);
    if (parsed.success) letters.push(parsed.data);
  }
  return letters.sort((a, b) => a.at.localeCompare(b.at) || a.key.localeCompare(b.key));
}

/** Empties a queue's dead-letter list (after re-enqueueing or giving up on its entries). */
export async function clearDeadLetters(redis: Redis, queueName: string): Promise<void> {
  await redis.del(deadLetterKey(queueName));
}
