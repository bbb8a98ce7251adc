/**
 * `marsad worker --queue redis://… --db postgres://…`: takes ingestion jobs from the queue until
 * stopped (SIGTERM or SIGINT: the jobs in flight finish, then it exits 0). Start as many as there
 * are cores, on as many machines as there are; one line on standard error per job processed.
 * `--dead-letters` prints the inputs given up on, one JSON object per line, and exits.
 */
import { Command, InvalidArgumentError } from "commander";
import { isMarsadError, MarsadError } from "../doc/index.js";
import { loadResources } from "../node/resources.js";
import {
  connectRedis,
  DEFAULT_QUEUE_NAME,
  listDeadLetters,
  runWorker,
  type BatchReport,
} from "../queue/index.js";
import type { Resources } from "../resources/index.js";
import { inputRecords } from "./input-records.js";
import type { CliIo } from "./io.js";
import { formatError, formatFatal } from "./report-error.js";

export interface WorkerRequest {
  readonly queue: string;
  readonly db: string;
  readonly concurrency: number;
  readonly queueName: string;
  readonly debug: boolean;
}

export interface WorkerRunOptions {
  /** Aborted to stop the worker gracefully; default: SIGTERM or SIGINT. */
  readonly signal?: AbortSignal;
  /** Default: the committed lexicons, loaded once. */
  readonly loadResources?: () => Resources;
}

function describe(report: BatchReport): string {
  return (
    `marsad worker: job ${report.job.slice(0, 12)}: ${report.records} analysed, ${report.added} added, ` +
    `${report.duplicates} duplicates, ${report.rejected} rejected in ${report.ms} ms\n`
  );
}

/** A signal aborted by the first SIGTERM or SIGINT (a second one falls back to the default: exit). */
function processSignal(): AbortSignal {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  return controller.signal;
}

/** Runs a worker until the signal; returns the exit status (1 when the queue or store cannot be opened). */
export async function runWorkerCommand(
  request: WorkerRequest,
  io: Pick<CliIo, "stderr">,
  options: WorkerRunOptions = {},
): Promise<number> {
  const signal = options.signal ?? processSignal();
  let resources: Resources;
  try {
    resources = (options.loadResources ?? loadResources)();
  } catch (error) {
    io.stderr(
      formatFatal(
        "cannot load the lexicons in data/; the installation looks incomplete",
        error,
        request.debug,
      ),
    );
    return 1;
  }
  try {
    // Loaded here, not on import: `marsad --help` never loads the database drivers.
    const { openStore } = await import("../store/index.js");
    const store = await openStore(request.db, resources);
    try {
      const worker = await runWorker({
        queueUrl: request.queue,
        queueName: request.queueName,
        store,
        resources,
        concurrency: request.concurrency,
        readPath: (path) => inputRecords(path),
        onBatch: (report) => io.stderr(describe(report)),
        onDeadLetter: (letter) =>
          io.stderr(
            `marsad worker: gave up on ${letter.source} after ${letter.attempts} attempts: ${letter.reason}\n`,
          ),
      });
      io.stderr(
        `marsad worker: waiting for jobs on ${request.queueName} (concurrency ${request.concurrency})\n`,
      );
      if (!signal.aborted)
        await new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
      io.stderr("marsad worker: stopping after the jobs in flight\n");
      await worker.close();
    } finally {
      await store.close();
    }
    return 0;
  } catch (error) {
    if (!isMarsadError(error)) throw error;
    io.stderr(formatError(error.input, error, request.debug));
    return 1;
  }
}

/** Prints the dead-letter list as JSON lines; returns the exit status. */
export async function printDeadLetters(
  request: WorkerRequest,
  io: Pick<CliIo, "stdout" | "stderr">,
): Promise<number> {
  try {
    const redis = await connectRedis(request.queue);
    try {
      for (const letter of await listDeadLetters(redis, request.queueName))
        io.stdout(`${JSON.stringify(letter)}\n`);
    } finally {
      redis.disconnect();
    }
    return 0;
  } catch (error) {
    if (!isMarsadError(error)) throw error;
    io.stderr(formatError(error.input, error, request.debug));
    return 1;
  }
}

function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InvalidArgumentError("give a whole number from 1 to 64");
  return n;
}

interface WorkerFlags {
  readonly queue: string;
  readonly db?: string;
  readonly concurrency: number;
  readonly queueName: string;
  readonly deadLetters?: boolean;
  readonly debug?: boolean;
}

/** The `worker` command for the `marsad` program; `setStatus` receives its exit status. */
export function workerCommand(
  io: CliIo,
  setStatus: (status: number) => void,
  options: WorkerRunOptions = {},
): Command {
  return new Command("worker")
    .description(
      "take ingestion jobs from a Redis queue, analyse them and store the records (run one per core, on any machine)",
    )
    .requiredOption("--queue <url>", "the Redis queue, redis://host:6379")
    .option("--db <target>", "the store: postgres://user:password@host/database, or a SQLite file path")
    .option("--concurrency <n>", "jobs in flight in this process", parseConcurrency, 2)
    .option("--queue-name <name>", "the BullMQ queue's name", DEFAULT_QUEUE_NAME)
    .option("--dead-letters", "print the inputs given up on, one JSON object per line, and exit")
    .option("--debug", "print stack traces and causes of errors")
    .addHelpText(
      "after",
      "\nExamples:\n  marsad worker --queue redis://127.0.0.1:6379 --db postgres://marsad:marsad@127.0.0.1/marsad\n" +
        "  marsad worker --queue redis://127.0.0.1:6379 --dead-letters\n",
    )
    .action(async (flags: WorkerFlags) => {
      const request = {
        queue: flags.queue,
        db: flags.db ?? "",
        concurrency: flags.concurrency,
        queueName: flags.queueName,
        debug: flags.debug ?? false,
      };
      if (flags.deadLetters) {
        setStatus(await printDeadLetters(request, io));
        return;
      }
      if (!flags.db) {
        const error = new MarsadError("option.invalid", "--db", "give the store to write to with --db");
        io.stderr(formatError(error.input, error, request.debug));
        setStatus(2);
        return;
      }
      setStatus(await runWorkerCommand(request, io, options));
    });
}
