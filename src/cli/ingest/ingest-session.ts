/**
 * The ingest loop shared by `ingest` and `watch`: documents in, records in the store out.
 * Each document whose source key or URL the store already holds is skipped before analysis (so a
 * rerun over the same corpus is cheap); the rest go to the analyser, at most `maxInFlight` at a
 * time so memory stays flat however large the input; records are written in batches, one
 * transaction each, in input order. A kill loses at most the batch being built: it was never
 * committed, and the rerun analyses it again.
 */
import { isMarsadError, type MarsadRecord } from "../../doc/index.js";
import type { IngestedDocument, IngestResult } from "../../ingest/index.js";
import type { ArticleRows } from "../../store/rows.js";
import type { PutResult, Store } from "../../store/types.js";
import { AnalyzerUnavailable, type Analyzed, type RecordAnalyzer } from "./analyze-pool.js";

export interface IngestCounts {
  /** Documents read (skipped ones included), bad records not. */
  read: number;
  added: number;
  duplicates: number;
  /** Already in the store by source key or URL: not analysed again. */
  skipped: number;
  /** Bad inputs, items or lines, and documents whose analysis failed. */
  failed: number;
}

export interface SessionOptions {
  readonly store: Store;
  readonly analyzer: RecordAnalyzer;
  /** Records per transaction. */
  readonly batchSize: number;
  /** Documents handed to the analyser and not yet taken back. */
  readonly maxInFlight: number;
  /** A batch older than this is written even if not full (slow inputs, feeds), in ms. */
  readonly maxBatchAgeMs?: number;
  /** Analyse documents whose source was already ingested too (the store still keeps one copy). */
  readonly reanalyze?: boolean;
  /**
   * Skip by source key as well as by URL (default true). `watch` turns it off: a feed item's key
   * (`feed#3`) is its position in this poll, which another item takes in the next.
   */
  readonly skipBySource?: boolean;
  readonly onFailure: (input: string, error: unknown) => void;
  readonly onProgress?: (counts: Readonly<IngestCounts>) => void;
}

interface InFlight {
  readonly source: string;
  readonly outcome: Promise<{ analyzed: Analyzed } | { error: unknown }>;
  done: boolean;
}

/** Standard input is "-" (and its lines "-:12"): the same name every run, so never a resume key. */
function isStdinSource(source: string): boolean {
  return source === "-" || /^-[:#]\d+$/.test(source);
}

export class IngestSession {
  readonly counts: IngestCounts = { read: 0, added: 0, duplicates: 0, skipped: 0, failed: 0 };
  private readonly queue: InFlight[] = [];
  private batch: Analyzed[] = [];
  private batchStarted = 0;

  constructor(private readonly options: SessionOptions) {}

  /** Takes one document or bad record; waits while too many are in flight. */
  async add(result: IngestResult): Promise<void> {
    if (isMarsadError(result)) {
      this.fail(result.input, result);
      return;
    }
    this.counts.read++;
    if (!this.options.reanalyze && (await this.isKnown(result))) {
      this.counts.skipped++;
      this.progress();
      return;
    }
    const entry: InFlight = {
      source: result.source,
      done: false,
      outcome: this.options.analyzer.analyze(result).then(
        (analyzed) => ({ analyzed }),
        (error: unknown) => ({ error }),
      ),
    };
    void entry.outcome.then(() => (entry.done = true));
    this.queue.push(entry);
    // Take back what is finished without waiting, so batches and progress keep up with a slow input.
    while (this.queue.length >= this.options.maxInFlight || this.queue[0]?.done) await this.takeOne();
    if (this.batch.length > 0 && Date.now() - this.batchStarted > (this.options.maxBatchAgeMs ?? 2000))
      await this.flush();
  }

  /** Counts one bad input, item or line. */
  fail(input: string, error: unknown): void {
    this.counts.failed++;
    this.options.onFailure(input, error);
    this.progress();
  }

  /** Waits for every document in flight and writes the last batch. */
  async drain(): Promise<void> {
    while (this.queue.length > 0) await this.takeOne();
    await this.flush();
  }

  private async isKnown(document: IngestedDocument): Promise<boolean> {
    const { store } = this.options;
    const bySource = this.options.skipBySource !== false && !isStdinSource(document.source);
    if (bySource && (await store.hasSource(document.source))) return true;
    const url = document.meta.url;
    return typeof url === "string" && url !== "" && (await store.hasSource(url));
  }

  private async takeOne(): Promise<void> {
    const entry = this.queue.shift();
    if (!entry) return;
    const outcome = await entry.outcome;
    if ("error" in outcome) {
      // Without lexicons nothing can be analysed: stop the run rather than fail every article.
      if (outcome.error instanceof AnalyzerUnavailable) throw outcome.error;
      this.fail(entry.source, outcome.error);
      return;
    }
    if (this.batch.length === 0) this.batchStarted = Date.now();
    this.batch.push(outcome.analyzed);
    if (this.batch.length >= this.options.batchSize) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const items = this.batch;
    this.batch = [];
    let results: readonly PutResult[];
    try {
      results = await this.put(items);
    } catch (error) {
      if (isMarsadError(error) || items.length === 1) throw error;
      results = await this.putOneByOne(items, error);
    }
    for (const result of results) {
      if (result.status === "added") this.counts.added++;
      else this.counts.duplicates++;
    }
    this.progress();
  }

  /**
   * A batch the store refused for a reason of its own (not busy, not unopenable): one record may
   * be at fault, so each goes alone and only the ones that fail are reported. When none goes in,
   * the store itself is failing (a full disk) and the run stops on the batch's error.
   */
  private async putOneByOne(items: readonly Analyzed[], batchError: unknown): Promise<PutResult[]> {
    const results: PutResult[] = [];
    for (const item of items) {
      try {
        results.push(...(await this.put([item])));
      } catch (error) {
        if (isMarsadError(error)) throw error;
        const [source, id] =
          "record" in item
            ? [item.record.meta.source, item.record.id]
            : [item.rows.article.source, item.rows.article.id];
        this.fail(source ?? id, error);
      }
    }
    if (results.length === 0) throw batchError;
    return results;
  }

  /** One transaction per kind: rows (flattened in the workers) through `putRows`, records through `put`. */
  private async put(items: readonly Analyzed[]): Promise<readonly PutResult[]> {
    const { store } = this.options;
    const rows: ArticleRows[] = [];
    const records: MarsadRecord[] = [];
    for (const item of items) {
      if ("rows" in item) rows.push(item.rows);
      else records.push(item.record);
    }
    if (rows.length > 0 && !store.putRows)
      throw new Error("the analyser made rows for a store without putRows");
    const fromRows = rows.length > 0 && store.putRows ? await store.putRows(rows) : [];
    const fromRecords = records.length > 0 ? await store.put(records) : [];
    return [...fromRows, ...fromRecords];
  }

  private progress(): void {
    this.options.onProgress?.(this.counts);
  }
}
