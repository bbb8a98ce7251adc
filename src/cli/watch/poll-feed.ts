/**
 * One poll of one feed for `marsad watch`: a conditional GET (If-None-Match / If-Modified-Since
 * from the last answer, RFC 9110 §13) through the safe fetcher, the items read, and those whose
 * link the store does not hold yet handed to the ingest session. A failing feed waits longer
 * after each failure (exponential backoff, per feed, capped), so one dead site costs little and
 * the others keep their pace. Returns the poll's log line.
 */
import { isMarsadError } from "../../doc/index.js";
import { readFeed } from "../../ingest/index.js";
import type { FetchedUrl, FetchUrlOptions } from "../../node/fetch-url.js";
import type { IngestCounts, IngestSession } from "../ingest/ingest-session.js";
import { formatDuration } from "./duration.js";

export interface FeedState {
  readonly url: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
  /** Failures in a row; 0 after a good poll. */
  failures: number;
  /** When the feed is next due, in ms since the epoch. */
  due: number;
}

export interface PollContext {
  readonly session: IngestSession;
  readonly fetch: (url: string, options: FetchUrlOptions) => Promise<FetchedUrl>;
  readonly allowPrivate: boolean;
  /** Time between polls of a healthy feed, in ms. */
  readonly everyMs: number;
  readonly now: () => number;
  readonly signal?: AbortSignal;
}

export interface PollResult {
  readonly line: string;
  readonly ok: boolean;
}

/** The longest wait after failures: 6 hours, or the poll interval if that is longer. */
const MAX_BACKOFF_MS = 6 * 3_600_000;

/** Wait after the n-th failure in a row: every × 2^n, capped. */
export function backoffMs(everyMs: number, failures: number): number {
  return Math.min(Math.max(everyMs, MAX_BACKOFF_MS), everyMs * 2 ** Math.min(failures, 30));
}

function since(before: Readonly<IngestCounts>, after: Readonly<IngestCounts>): IngestCounts {
  return {
    read: after.read - before.read,
    added: after.added - before.added,
    duplicates: after.duplicates - before.duplicates,
    skipped: after.skipped - before.skipped,
    failed: after.failed - before.failed,
  };
}

export async function pollFeed(feed: FeedState, context: PollContext): Promise<PollResult> {
  const started = context.now();
  const stamp = new Date(started).toISOString().replace(/\.\d+Z$/, "Z");
  const took = () => `${((context.now() - started) / 1000).toFixed(1)} s`;
  const before = { ...context.session.counts };
  try {
    const fetched = await context.fetch(feed.url, {
      allowPrivate: context.allowPrivate,
      conditional: { etag: feed.etag, lastModified: feed.lastModified },
      ...(context.signal ? { signal: context.signal } : {}),
    });
    feed.etag = fetched.etag ?? feed.etag;
    feed.lastModified = fetched.lastModified ?? feed.lastModified;
    let text = `${fetched.status} not modified`;
    if (fetched.status !== 304) {
      const items = readFeed(fetched.bytes, feed.url, { url: fetched.finalUrl });
      for (const item of items) await context.session.add(item);
      await context.session.drain();
      const c = since(before, context.session.counts);
      text =
        `${fetched.status}, ${c.read + c.failed} items, ${c.read - c.skipped} new: ` +
        `${c.added} added, ${c.duplicates} duplicates, ${c.failed} failed`;
    }
    feed.failures = 0;
    feed.due = started + context.everyMs;
    return { line: `${stamp} ${feed.url}: ${text} (${took()})\n`, ok: true };
  } catch (error) {
    if (!isMarsadError(error)) throw error;
    // Items taken before the feed failed (a truncated feed) are still stored.
    await context.session.drain();
    feed.failures++;
    const wait = backoffMs(context.everyMs, feed.failures);
    feed.due = started + wait;
    return {
      line:
        `${stamp} ${feed.url}: failed: ${error.message}; ` +
        `next try in ${formatDuration(wait)} (failure ${feed.failures} in a row) (${took()})\n`,
      ok: false,
    };
  }
}
