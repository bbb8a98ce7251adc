/**
 * How many documents the inputs hold, for the progress bar's ETA, counted beside the ingest: a
 * JSONL corpus's lines (newlines counted in a stream, ≈ 1 GB/s), one per plain file, a folder's
 * files counted the same way. Feeds, WARC archives, standard input and URLs hold an unknown number,
 * and then so does the run (null: no ETA rather than a wrong one).
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { listFolder } from "../../node/read-input.js";

const NEWLINE = 0x0a;

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = NEWLINE;
  for await (const chunk of createReadStream(path)) {
    const bytes = chunk as Buffer;
    for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) lines++;
    if (bytes.length > 0) last = bytes[bytes.length - 1]!;
  }
  return last === NEWLINE ? lines : lines + 1;
}

async function estimateFile(path: string): Promise<number | null> {
  if (/\.(?:jsonl|ndjson)$/i.test(path)) return countLines(path);
  if (/\.(?:xml|rss|atom|rdf|opml|warc|gz)$/i.test(path)) return null;
  return 1;
}

async function estimateInput(input: string): Promise<number | null> {
  if (input === "-" || /^https?:\/\//i.test(input)) return null;
  // A path that cannot be read counts once: the run will count it once, as failed.
  const info = await stat(input).catch(() => null);
  if (info === null) return 1;
  if (!info.isDirectory()) return estimateFile(input);
  let total = 0;
  for await (const file of listFolder(input)) {
    const n = await estimateFile(file);
    if (n === null) return null;
    total += n;
  }
  return total;
}

/** The documents `inputs` hold, or null when that cannot be known cheaply. */
export async function estimateTotal(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  try {
    for (const input of inputs) {
      const n = await estimateInput(input);
      if (n === null) return null;
      total += n;
    }
  } catch {
    return null;
  }
  return total;
}
