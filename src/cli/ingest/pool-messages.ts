/** The messages between the analysis pool (main thread) and its workers, cloned structurally. */
import type { ErrorCode } from "../../doc/index.js";
import type { IngestedDocument } from "../../ingest/index.js";
import type { ArticleRows } from "../../store/rows.js";
import type { RunMeta } from "../prepare-source.js";

export interface PoolWorkerData {
  readonly meta: RunMeta;
  /** Answer with the store's rows (`recordToRows`) instead of the record, for `Store.putRows`. */
  readonly rows: boolean;
}

export interface PoolTask {
  readonly id: number;
  readonly document: IngestedDocument;
}

/** Why a document was not analysed; `fatal` when the worker cannot analyse anything (no lexicons). */
export interface PoolFailure {
  readonly fatal: boolean;
  readonly message: string;
  readonly code?: ErrorCode;
  readonly input?: string;
  readonly stack?: string;
}

/**
 * A record travels as JSON text: a string is copied in one piece, where the structured clone of a
 * record's many small objects costs the worker (the busy side) about twice as much. Rows hold a
 * typed array (the MinHash signature), which JSON would not keep: they are cloned.
 */
export type PoolReply =
  | { readonly id: number; readonly json: string }
  | { readonly id: number; readonly rows: ArticleRows }
  | { readonly id: number; readonly failure: PoolFailure };
