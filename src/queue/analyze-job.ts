/**
 * One job's items to analysed records, the way `marsad analyze` would make them (language check,
 * the item's own metadata, its publication date as the reference for relative times). Bad input
 * is set aside with its MarsadError, never retried: reading it again gives the same answer.
 * Anything else is a bug or a transient failure and throws, so the queue retries the job.
 */
import { isMarsadError, toRecord, type MarsadRecord, type MarsadError } from "../doc/index.js";
import {
  cleanText,
  DEFAULT_JSONL_FIELDS,
  detectLanguage,
  languageNote,
  readJsonlLine,
  type IngestedDocument,
  type IngestResult,
} from "../ingest/index.js";
import { analyzeSource } from "../pipeline/index.js";
import type { Resources } from "../resources/index.js";
import type { IngestItem, IngestJob } from "./jobs.js";

/** Reads a file or folder on a shared filesystem into documents (the CLI passes its input reader). */
export type ReadPath = (path: string) => AsyncIterable<IngestResult>;

/** A bad item of a job, with the error that will never go away by retrying. */
export interface RejectedItem {
  /** Index of the item in the job. */
  readonly index: number;
  readonly source: string;
  readonly error: MarsadError;
}

export interface AnalyzedJob {
  readonly records: MarsadRecord[];
  readonly rejected: RejectedItem[];
}

/** Analyses one read document as `marsad analyze` does. */
function analyzeDocument(doc: IngestedDocument, resources: Resources): MarsadRecord {
  const { source, ...cleaned } = doc;
  // The language a page declares stands; otherwise the script of the text decides.
  const detected = detectLanguage(cleaned.text);
  const language = cleaned.meta.language ?? detected.language;
  const warning = languageNote(language, detected.arabicShare);
  const notes = warning ? [...cleaned.notes, warning] : cleaned.notes;
  const meta = { ...cleaned.meta, language, source };
  const reference = meta.published?.slice(0, 10) ?? null;
  return toRecord(analyzeSource({ ...cleaned, notes, meta }, resources, { reference }));
}

/** The documents of one item (several for a shared folder or corpus file). */
async function* documentsOf(item: IngestItem, readPath: ReadPath | undefined): AsyncGenerator<IngestResult> {
  switch (item.kind) {
    case "document":
      yield {
        source: item.source,
        text: item.text,
        meta: item.meta ?? {},
        media: item.media ?? [],
        notes: item.notes ?? [],
      };
      return;
    case "raw": {
      const cleaned = cleanText(item.text, item.source);
      yield { source: item.source, ...cleaned, meta: item.meta ?? {} };
      return;
    }
    case "jsonl":
      yield readJsonlLine(item.line, item.source, { ...DEFAULT_JSONL_FIELDS, ...item.fields });
      return;
    case "path":
      if (!readPath) throw new Error("this worker was started without a reader for shared paths");
      yield* readPath(item.path);
      return;
  }
}

/** Analyses every item of a job; bad input is returned in `rejected`, other failures throw. */
export async function analyzeJob(
  job: IngestJob,
  resources: Resources,
  readPath?: ReadPath,
): Promise<AnalyzedJob> {
  const records: MarsadRecord[] = [];
  const rejected: RejectedItem[] = [];
  for (const [index, item] of job.items.entries()) {
    // Analysis is synchronous: between items, let the other job in flight take its database
    // answer and BullMQ renew its locks, rather than wait for the whole batch.
    if (index > 0) await new Promise((resolve) => setImmediate(resolve));
    const reject = (error: MarsadError) =>
      rejected.push({ index, source: error.input || item.source, error });
    try {
      for await (const result of documentsOf(item, readPath)) {
        if (isMarsadError(result)) reject(result);
        else records.push(analyzeDocument(result, resources));
      }
    } catch (error) {
      if (!isMarsadError(error)) throw error;
      reject(error);
    }
  }
  return { records, rejected };
}
