/**
 * `marsad watch <feeds.txt|feeds.opml>`: a monitor. Polls every feed of the list each `--every`
 * (conditional GET, per-feed backoff on errors: watch/poll-feed.ts), ingests the items it has not
 * seen, and logs one line per poll on standard error, until stopped (Ctrl-C, SIGTERM) or, with
 * `--once`, after one round. The list is read again before each round, so feeds can be added or
 * removed without a restart.
 */
import { readFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { Command } from "commander";
import { isMarsadError, MarsadError } from "../doc/index.js";
import { fetchUrl } from "../node/fetch-url.js";
import type { Store } from "../store/types.js";
import { analyzerFor, reportRunError } from "./ingest/run-ingest.js";
import { IngestSession } from "./ingest/ingest-session.js";
import { stopSignal } from "./ingest/stop-signal.js";
import type { CliIo } from "./io.js";
import { NO_RUN_META } from "./prepare-source.js";
import { DEFAULT_DB, EXIT_FAILED, EXIT_OK, openCliStore, reportCommandError } from "./open-store.js";
import { formatError } from "./report-error.js";
import { formatDuration, parseDuration } from "./watch/duration.js";
import { parseFeedList } from "./watch/feed-list.js";
import { pollFeed, type FeedState } from "./watch/poll-feed.js";

interface WatchFlags {
  readonly every: string;
  readonly db: string;
  readonly once?: boolean;
  readonly workers: string;
  readonly allowPrivate?: boolean;
  readonly debug?: boolean;
}

interface WatchRequest {
  readonly list: string;
  readonly db: string;
  readonly everyMs: number;
  readonly once: boolean;
  readonly workers: number;
  readonly allowPrivate: boolean;
  readonly debug: boolean;
}

const NOTES = `
The list is a text file with one feed URL per line (# starts a comment) or an OPML export of a
feed reader. Each poll sends the ETag and Last-Modified of the last answer, so an unchanged feed
costs one short request; a feed that fails waits twice as long after each failure in a row (up to
6 hours). Items already stored (by link) are not analysed again. Exit status with --once: 0 every
feed polled, 1 a feed or the list failed, 2 bad usage.

Examples:
  marsad watch feeds.txt --every 10m --db news.db
  marsad watch subscriptions.opml --once
`;

async function readList(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new MarsadError("input.missing", path, "cannot read the feed list", { cause: error });
  }
}

/** The feeds of the list, keeping the state (validators, backoff) of those already watched. */
function merge(states: Map<string, FeedState>, urls: readonly string[], now: number): FeedState[] {
  return urls.map((url) => {
    const state = states.get(url) ?? { url, failures: 0, due: now };
    states.set(url, state);
    return state;
  });
}

async function watchLoop(
  request: WatchRequest,
  store: Store,
  io: CliIo,
  signal: AbortSignal,
): Promise<number> {
  const analyzer = analyzerFor(request.workers, { meta: NO_RUN_META }, io, store);
  const session = new IngestSession({
    store,
    analyzer,
    batchSize: 256,
    maxInFlight: Math.max(1, request.workers) * 16,
    skipBySource: false,
    onFailure: (input, error) => io.stderr(formatError(input, error, request.debug)),
  });
  const context = {
    session,
    fetch: io.fetchUrl ?? fetchUrl,
    allowPrivate: request.allowPrivate,
    everyMs: request.everyMs,
    now: Date.now,
    signal,
  };
  const states = new Map<string, FeedState>();
  let failed = 0;
  let feeds: FeedState[] = [];
  try {
    for (let round = 0; !signal.aborted; round++) {
      try {
        const list = parseFeedList(await readList(request.list), request.list);
        for (const problem of list.problems) io.stderr(formatError(problem.input, problem, request.debug));
        failed += list.problems.length;
        feeds = merge(states, list.urls, Date.now());
      } catch (error) {
        // A list broken while watching: keep the feeds of the last good reading.
        if (!isMarsadError(error) || feeds.length === 0) throw error;
        io.stderr(formatError(error.input, error, request.debug));
      }
      if (round === 0)
        io.stderr(
          `marsad: watch: ${feeds.length} feeds every ${formatDuration(request.everyMs)} into ${request.db}\n`,
        );
      for (const feed of feeds) {
        if (signal.aborted) break;
        if (feed.due > Date.now()) continue;
        const result = await pollFeed(feed, context);
        if (!result.ok) failed++;
        io.stderr(result.line);
      }
      if (request.once) break;
      const next = Math.min(...feeds.map((feed) => feed.due));
      await sleep(Math.max(1000, next - Date.now()), undefined, { signal }).catch(() => {});
    }
  } finally {
    await session.drain().catch(() => {});
    await analyzer.close();
  }
  return request.once && failed > 0 ? EXIT_FAILED : EXIT_OK;
}

async function runWatch(request: WatchRequest, io: CliIo): Promise<number> {
  const stop = stopSignal(io.signal);
  let store: Store | undefined;
  try {
    store = await openCliStore(request.db, io, { mustExist: false });
    return await watchLoop(request, store, io, stop.signal);
  } catch (error) {
    return reportRunError(error, io, request.debug);
  } finally {
    stop.dispose();
    await store?.close();
  }
}

function parseWorkers(value: string): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(n) || n > 16)
    throw new MarsadError("option.invalid", "--workers", `"${value}" is not a whole number from 0 to 16`);
  return n;
}

/** The `watch` command for the `marsad` program; `setStatus` receives its exit status. */
export function watchCommand(io: CliIo, setStatus: (status: number) => void): Command {
  return new Command("watch")
    .description("poll news feeds and ingest new items, one log line per poll (a monitor that keeps running)")
    .argument("<feeds>", "a list of feed URLs (one per line) or an OPML file")
    .option("--every <duration>", "time between polls of a feed: 30s, 10m, 1h", "10m")
    .option("--once", "poll every feed once, then exit")
    .option("--db <target>", "the store: a SQLite file or a postgres:// URL", DEFAULT_DB)
    .option("--workers <n>", "analysis threads (0: the main thread)", "1")
    .option("--allow-private", "fetch feeds on private, loopback and link-local addresses too")
    .option("--debug", "print stack traces and causes of errors")
    .addHelpText("after", NOTES)
    .action(async (list: string, flags: WatchFlags) => {
      const debug = flags.debug ?? false;
      let request: WatchRequest;
      try {
        request = {
          list,
          db: flags.db,
          everyMs: parseDuration("--every", flags.every, 1000),
          once: flags.once ?? false,
          workers: parseWorkers(flags.workers),
          allowPrivate: flags.allowPrivate ?? false,
          debug,
        };
      } catch (error) {
        setStatus(reportCommandError(error, io, debug));
        return;
      }
      setStatus(await runWatch(request, io));
    });
}
