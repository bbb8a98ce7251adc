/**
 * The `ingest` command: arguments checked here, the work done in ingest/run-ingest.ts, or, with
 * `--queue`, handed to queue-ingest.ts (loaded only then, so a plain ingest never loads BullMQ).
 */
import { availableParallelism } from "node:os";
import { Command, Option } from "commander";
import { isMarsadError, MarsadError } from "../doc/index.js";
import { addInputOptions, toInputSettings, type InputFlags, type InputSettings } from "./input-options.js";
import { readOptionsOf, runIngest } from "./ingest/run-ingest.js";
import type { CliIo } from "./io.js";
import { DEFAULT_DB, EXIT_FAILED, EXIT_OK, EXIT_USAGE, reportCommandError } from "./open-store.js";
import { formatError } from "./report-error.js";

interface IngestFlags extends InputFlags {
  readonly db: string;
  readonly workers?: string;
  readonly queue?: string;
  readonly reanalyze?: boolean;
  readonly batchSize?: string;
  readonly debug?: boolean;
}

const NOTES = `
Each article is stored once, whatever the number of runs: the store recognises the same text
(content hash) and the same canonical URL. A document whose source (corpus.jsonl:12, a path, a
URL) was already ingested is skipped before analysis, so a killed run resumes where its last
committed batch ended when the same command is run again.

On a terminal a progress bar shows articles, rate and ETA; otherwise a line every few seconds.
The last line sums up: added, duplicates, already ingested, failed. Each bad input, item or line
gets one line on standard error ("marsad: corpus.jsonl:12: …") and the rest is still ingested.
Exit status: 0 all ingested, 1 something failed, 2 bad usage.

Examples:
  marsad ingest corpus.jsonl
  marsad ingest --db news.db articles/ feed.xml https://example.com/news/1
  zcat corpus.jsonl.gz | marsad ingest --db news.db -
  marsad ingest --queue redis://127.0.0.1:6379 corpus.jsonl   (workers: marsad worker)
`;

function parseWorkers(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(n) || n > 64) {
    throw new MarsadError(
      "option.invalid",
      "--workers",
      `"${value}" is not a whole number from 0 to 64 (0 analyses on the main thread)`,
    );
  }
  return n;
}

function parseBatchSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw new MarsadError(
      "option.invalid",
      "--batch-size",
      `"${value}" is not a whole number from 1 to 10000`,
    );
  return n;
}

/** `--queue`: reads and enqueues; `marsad worker` processes do the analysis. */
async function runQueued(
  inputs: readonly string[],
  queue: string,
  settings: InputSettings,
  io: CliIo,
  debug: boolean,
): Promise<number> {
  const { enqueueInputs } = await import("./queue-ingest.js");
  try {
    const result = await enqueueInputs(inputs, {
      queue,
      read: readOptionsOf(settings, io),
      meta: settings.meta,
      onError: (input, error) => io.stderr(formatError(input, error, debug)),
    });
    io.stderr(
      `marsad: ingest: enqueued ${result.enqueued} documents on ${queue}; ${result.skipped} failed\n`,
    );
    return result.skipped > 0 ? EXIT_FAILED : EXIT_OK;
  } catch (error) {
    return reportCommandError(error, io, debug);
  }
}

/** The `ingest` command for the `marsad` program; `setStatus` receives its exit status. */
export function ingestCommand(io: CliIo, setStatus: (status: number) => void): Command {
  const command = new Command("ingest")
    .description(
      "analyse news (files, folders, feeds, JSONL corpora, WARC archives, URLs, - for standard input) into the store",
    )
    .argument("<inputs...>", "files, folders or URLs to ingest; - reads standard input")
    .option("--db <target>", "the store: a SQLite file or a postgres:// URL", DEFAULT_DB)
    .option("--workers <n>", "analysis threads (default: the number of cores; 0: the main thread)")
    .option("--queue <url>", "enqueue on this Redis queue (redis://…) for `marsad worker` instead")
    .option("--reanalyze", "analyse documents already ingested again (each article is still stored once)")
    // Records per transaction: for tests (many commits on a small input) and tuning.
    .addOption(new Option("--batch-size <n>").hideHelp());
  return addInputOptions(command)
    .option("--debug", "print stack traces and causes of errors")
    .addHelpText("after", NOTES)
    .action(async (inputs: string[], flags: IngestFlags) => {
      const debug = flags.debug ?? false;
      let settings: InputSettings;
      let workers: number;
      let batchSize: number | undefined;
      try {
        settings = toInputSettings(inputs, flags);
        workers = parseWorkers(flags.workers);
        batchSize = parseBatchSize(flags.batchSize);
        if (flags.queue !== undefined && !/^rediss?:\/\//i.test(flags.queue))
          throw new MarsadError("option.invalid", "--queue", `"${flags.queue}" is not a redis:// URL`);
      } catch (error) {
        if (!isMarsadError(error)) throw error;
        io.stderr(formatError(error.input, error, debug));
        setStatus(EXIT_USAGE);
        return;
      }
      if (flags.queue !== undefined) {
        setStatus(await runQueued(inputs, flags.queue, settings, io, debug));
        return;
      }
      const reanalyze = flags.reanalyze ?? false;
      const request = {
        inputs,
        db: flags.db,
        workers,
        settings,
        debug,
        reanalyze,
        ...(batchSize ? { batchSize } : {}),
      };
      setStatus(await runIngest(request, io));
    });
}
