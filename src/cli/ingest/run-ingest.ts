/**
 * `marsad ingest`: reads every input (as `analyze` does), analyses in worker threads, and writes
 * the records to the store in batches, one transaction each. Idempotent and resumable: the store
 * keeps each article once (content hash, canonical URL), and a document whose source key
 * (`corpus.jsonl:12`) or URL is already stored is skipped before analysis, so rerunning a killed
 * run only analyses what was not committed. Bad inputs get one line each and exit status 1.
 */
import { isMarsadError } from "../../doc/index.js";
import type { IngestResult } from "../../ingest/index.js";
import { inputRecords, type InputRecordsOptions } from "../input-records.js";
import type { InputSettings } from "../input-options.js";
import type { CliIo } from "../io.js";
import { EXIT_FAILED, EXIT_OK, openCliStore, reportCommandError } from "../open-store.js";
import { formatError, formatFatal } from "../report-error.js";
import type { Store } from "../../store/types.js";
import { AnalyzerUnavailable, inlineAnalyzer, workerPool, type RecordAnalyzer } from "./analyze-pool.js";
import { estimateTotal } from "./estimate-total.js";
import { IngestSession } from "./ingest-session.js";
import { createProgress } from "./progress.js";
import { stopSignal } from "./stop-signal.js";

export interface IngestRequest {
  readonly inputs: readonly string[];
  readonly db: string;
  /** Analysis threads; 0 analyses on the main thread. */
  readonly workers: number;
  readonly settings: InputSettings;
  readonly debug: boolean;
  readonly reanalyze: boolean;
  /** Records per transaction (default 1024, see DEFAULT_BATCH). */
  readonly batchSize?: number;
}

/**
 * Records per transaction. Each commit rewrites every index page its inserts touched, and on a large
 * store the entity, hash and story indexes take their inserts at random places: at 50,000 articles
 * a batch of 256 wrote 62 KB (WAL and checkpoints) per article stored, one of 1024 35 KB (the database
 * grows 5.6 KB an article). A kill loses at most one batch of analysis, never a committed article.
 */
const DEFAULT_BATCH = 1024;
/** Long enough for a full batch at a few hundred articles/s; a slow input still commits this often. */
const MAX_BATCH_AGE_MS = 5000;

/** Reading options for inputRecords from the request and the io. */
export function readOptionsOf(settings: InputSettings, io: CliIo): InputRecordsOptions {
  return {
    ...(settings.encoding === undefined ? {} : { encoding: settings.encoding }),
    ...(settings.fields ? { fields: settings.fields } : {}),
    ...(settings.allowPrivate ? { allowPrivate: true } : {}),
    ...(io.stdin ? { stdin: io.stdin } : {}),
    ...(io.openInput ? { openInput: io.openInput } : {}),
    ...(io.fetchUrl ? { fetchUrl: io.fetchUrl } : {}),
  };
}

/**
 * The analyser of a run: worker threads, or the calling thread for `--workers 0`. Workers flatten
 * records into the store's rows too when the store takes rows, so that work is parallel as well.
 */
export function analyzerFor(
  workers: number,
  settings: InputSettings,
  io: CliIo,
  store: Store,
): RecordAnalyzer {
  if (workers === 0) return inlineAnalyzer(io.loadAnalyzer, settings.meta);
  return workerPool(workers, settings.meta, store.putRows !== undefined);
}

/** Prints what stopped a run (see reportCommandError); analysers that cannot start are one more case. */
export function reportRunError(error: unknown, io: CliIo, debug: boolean): number {
  if (!(error instanceof AnalyzerUnavailable)) return reportCommandError(error, io, debug);
  io.stderr(formatFatal(`cannot analyse: ${error.message}`, error.cause ?? error, debug));
  return EXIT_FAILED;
}

/** Runs the command; returns the exit status. */
export async function runIngest(request: IngestRequest, io: CliIo): Promise<number> {
  let store;
  try {
    store = await openCliStore(request.db, io, { mustExist: false });
  } catch (error) {
    return reportCommandError(error, io, request.debug);
  }
  const terminal = io.stderrStream?.isTTY ? io.stderrStream : null;
  const progress = createProgress({ terminal, write: io.stderr });
  void estimateTotal(request.inputs).then((total) => progress.setTotal(total));
  const analyzer = analyzerFor(request.workers, request.settings, io, store);
  const workers = Math.max(1, request.workers);
  const session = new IngestSession({
    store,
    analyzer,
    batchSize: request.batchSize ?? DEFAULT_BATCH,
    maxBatchAgeMs: MAX_BATCH_AGE_MS,
    // Enough to keep every worker busy while the main thread writes a batch, and no more.
    maxInFlight: workers * 32,
    reanalyze: request.reanalyze,
    onFailure: (input, error) => progress.log(formatError(input, error, request.debug)),
    onProgress: (counts) => progress.update(counts),
  });
  const stop = stopSignal(io.signal);
  const readOptions = readOptionsOf(request.settings, io);
  let status = EXIT_OK;
  try {
    for (const input of request.inputs) {
      if (stop.signal.aborted) break;
      const records = inputRecords(input, readOptions);
      for (;;) {
        let next: IteratorResult<IngestResult>;
        try {
          next = await records.next();
        } catch (error) {
          // A bad input is one line and the run goes on; a bad option or a bug stops it.
          if (!isMarsadError(error) || error.code === "option.invalid") throw error;
          session.fail(error.input || input, error);
          break;
        }
        if (next.done) break;
        // What the session throws (the store failing, no lexicons) stops the run.
        await session.add(next.value);
        if (stop.signal.aborted) break;
      }
    }
    await session.drain();
  } catch (error) {
    status = reportRunError(error, io, request.debug);
  } finally {
    stop.dispose();
    progress.finish(session.counts);
    await analyzer.close();
    await store.close();
  }
  if (stop.signal.aborted) {
    io.stderr("marsad: ingest: stopped; what was read is stored, run the same command again to resume\n");
    return EXIT_FAILED;
  }
  if (status !== EXIT_OK) return status;
  return session.counts.failed > 0 ? EXIT_FAILED : EXIT_OK;
}
