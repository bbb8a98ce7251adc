/**
 * `marsad ingest --queue redis://…`: read the inputs here and enqueue them instead of analysing.
 * Reading (decoding, HTML extraction, JSONL parsing, cleaning) is cheap next to analysis, and the
 * workers may run on machines that cannot see this one's files, so each document travels in its
 * job, already cleaned. With `shared`, inputs that are files or folders on a filesystem every
 * worker mounts at the same path are enqueued by path instead, and the workers read them.
 */
import { isMarsadError, type DocumentMeta, type MarsadError } from "../doc/index.js";
import { openIngestQueue, type EnqueueOptions, type IngestItem } from "../queue/index.js";
import { inputRecords, type InputRecordsOptions } from "./input-records.js";

/** Items sent to Redis per round trip while a corpus streams in. */
const CHUNK_ITEMS = 500;

export interface EnqueueInputsOptions extends EnqueueOptions {
  /** redis:// URL of the queue. */
  readonly queue: string;
  /** How inputs are read (encoding, JSONL fields, caps, …), as for `marsad analyze`. */
  readonly read?: InputRecordsOptions;
  /** Metadata given on the command line; it wins over what a page, item or line says about itself. */
  readonly meta?: Partial<Pick<DocumentMeta, "title" | "published" | "url" | "outlet">>;
  /** Inputs are paths every worker can read at the same place: enqueue the paths, not the contents. */
  readonly shared?: boolean;
  /** Called for each bad input, item or line (it is skipped and the others go on). */
  readonly onError?: (input: string, error: MarsadError) => void;
}

export interface EnqueueInputsResult {
  /** Documents (or shared paths) enqueued. */
  readonly enqueued: number;
  /** Bad inputs, items or lines skipped, each reported through `onError`. */
  readonly skipped: number;
}

function isSharedPath(input: string): boolean {
  return input !== "-" && !/^https?:\/\//i.test(input);
}

/**
 * Reads `inputs` and enqueues their documents in jobs. Throws MarsadError `queue.connection`
 * naming the URL when Redis cannot be reached (before reading anything).
 */
export async function enqueueInputs(
  inputs: readonly string[],
  options: EnqueueInputsOptions,
): Promise<EnqueueInputsResult> {
  const queue = await openIngestQueue(options.queue, options);
  const given = Object.fromEntries(
    Object.entries(options.meta ?? {}).filter(([, value]) => value !== null && value !== undefined),
  );
  let pending: IngestItem[] = [];
  let enqueued = 0;
  let skipped = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = pending;
    pending = [];
    await queue.add(chunk);
    enqueued += chunk.length;
  };
  const skip = (input: string, error: MarsadError) => {
    skipped++;
    options.onError?.(input, error);
  };
  try {
    for (const input of inputs) {
      if (options.shared && isSharedPath(input)) {
        pending.push({ kind: "path", source: input, path: input, shared: true });
        continue;
      }
      try {
        for await (const result of inputRecords(input, options.read ?? {})) {
          if (isMarsadError(result)) {
            skip(result.input, result);
            continue;
          }
          const { source, text, media, notes } = result;
          pending.push({
            kind: "document",
            source,
            text,
            media: [...media],
            notes: [...notes],
            meta: { ...result.meta, ...given },
          });
          if (pending.length >= CHUNK_ITEMS) await flush();
        }
      } catch (error) {
        if (!isMarsadError(error)) throw error;
        skip(error.input || input, error);
      }
    }
    await flush();
  } finally {
    await queue.close();
  }
  return { enqueued, skipped };
}
