/**
 * Analysis off the main thread. Analysis is CPU-bound (≈ 630 articles/s on one core) while reading
 * inputs and writing the store are not, so `ingest` hands each document to one of N worker threads,
 * each loading the lexicons once, and the main thread keeps reading and writing. Workers start on
 * the first document, so a rerun whose articles are all already stored never pays for loading.
 * The caller bounds how many documents are in flight (see ingest-session.ts).
 */
import { Worker } from "node:worker_threads";
import { MarsadError, toRecord, type MarsadRecord } from "../../doc/index.js";
import type { IngestedDocument } from "../../ingest/index.js";
import type { ArticleRows } from "../../store/rows.js";
import type { Analyzer } from "../io.js";
import { prepareSource, type RunMeta } from "../prepare-source.js";
import type { PoolFailure, PoolReply, PoolTask, PoolWorkerData } from "./pool-messages.js";

/** One analysed document: its record (without tokens), or the store's rows made from it. */
export type Analyzed = { readonly record: MarsadRecord } | { readonly rows: ArticleRows };

/** Analyses documents for the store. */
export interface RecordAnalyzer {
  analyze(document: IngestedDocument): Promise<Analyzed>;
  close(): Promise<void>;
}

/** The lexicons cannot be loaded: no document can be analysed, so the run stops. */
export class AnalyzerUnavailable extends Error {
  override readonly name = "AnalyzerUnavailable";
}

/** Analysis in the calling thread (`--workers 0`): for tests, tiny runs and one-core machines. */
export function inlineAnalyzer(load: () => Analyzer, meta: RunMeta): RecordAnalyzer {
  let analyzer: Analyzer | undefined;
  return {
    analyze: async (document) => {
      if (!analyzer) {
        try {
          analyzer = load();
        } catch (error) {
          throw new AnalyzerUnavailable("the lexicons could not be loaded", { cause: error });
        }
      }
      const prepared = prepareSource(document, meta);
      return { record: toRecord(analyzer(prepared.source, { reference: prepared.reference })) };
    },
    close: async () => {},
  };
}

interface Pending {
  readonly resolve: (analyzed: Analyzed) => void;
  readonly reject: (error: unknown) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, Pending>;
}

/** A worker whose entry is TypeScript (tests and tsx runs): register tsx inside it first. */
function startWorker(data: PoolWorkerData): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./analyze-worker.js", here), { workerData: data });
  const entry = new URL("./analyze-worker.ts", here).href;
  const tsx = import.meta.resolve("tsx/esm/api");
  const code = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(code, { eval: true, workerData: data });
}

function toError(failure: PoolFailure): Error {
  if (failure.fatal) return new AnalyzerUnavailable(failure.message);
  if (failure.code && failure.input !== undefined)
    return new MarsadError(failure.code, failure.input, failure.message);
  const error = new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

/** Crashed workers are replaced this many times in a run before the pool gives up. */
const MAX_RESTARTS = 3;

/**
 * A pool of `size` worker threads; each document goes to the worker with the fewest in flight.
 * With `rows`, workers also flatten each record for the store (for a store with `putRows`).
 */
export function workerPool(size: number, meta: RunMeta, rows = false): RecordAnalyzer {
  const slots: Slot[] = [];
  let nextId = 0;
  let restarts = 0;
  let broken: Error | undefined;
  let closing = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: startWorker({ meta, rows }), pending: new Map() };
    slot.worker.on("message", (reply: PoolReply) => {
      const pending = slot.pending.get(reply.id);
      if (!pending) return;
      slot.pending.delete(reply.id);
      if ("json" in reply) pending.resolve({ record: JSON.parse(reply.json) as MarsadRecord });
      else if ("rows" in reply) pending.resolve({ rows: reply.rows });
      else pending.reject(toError(reply.failure));
    });
    const fail = (why: string, cause?: unknown) => {
      const index = slots.indexOf(slot);
      if (index < 0) return;
      slots.splice(index, 1);
      const error = new Error(`an analysis worker stopped (${why})`, { cause });
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
      if (closing) return;
      if (restarts++ < MAX_RESTARTS) slots.push(spawn());
      else broken = new AnalyzerUnavailable("the analysis workers keep stopping", { cause });
    };
    slot.worker.on("error", (error) => fail(error.message, error));
    slot.worker.on("exit", (code) => fail(`exit code ${code}`));
    return slot;
  };

  return {
    analyze: (document) => {
      if (broken) return Promise.reject(broken);
      while (slots.length < size) slots.push(spawn());
      let slot = slots[0]!;
      for (const other of slots) if (other.pending.size < slot.pending.size) slot = other;
      const id = nextId++;
      return new Promise<Analyzed>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        const task: PoolTask = { id, document };
        slot.worker.postMessage(task);
      });
    },
    close: async () => {
      closing = true;
      const stopping = slots.splice(0).map((slot) => slot.worker.terminate());
      await Promise.all(stopping);
    },
  };
}
