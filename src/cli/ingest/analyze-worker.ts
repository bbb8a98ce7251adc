/**
 * Entry of one analysis worker thread: loads the lexicons once (≈ 0.8 s), then analyses each
 * document it is sent and answers with its record (no tokens: the store does not keep them).
 * Errors are answered per document so one bad article never stops the worker.
 */
import { parentPort, workerData } from "node:worker_threads";
import { isMarsadError, toRecord } from "../../doc/index.js";
import { loadResources } from "../../node/resources.js";
import { analyzeSource } from "../../pipeline/index.js";
import type { Resources } from "../../resources/index.js";
import { recordToRows } from "../../store/rows.js";
import { packText } from "../../store/sqlite/text-codec.js";
import { prepareSource } from "../prepare-source.js";
import type { PoolReply, PoolTask, PoolWorkerData } from "./pool-messages.js";

const port = parentPort;
if (!port) throw new Error("analyze-worker.js runs only as a worker thread");
const { meta, rows } = workerData as PoolWorkerData;

let resources: Resources | undefined;
let loadError: unknown;
try {
  resources = loadResources();
} catch (error) {
  loadError = error;
}

function reply(message: PoolReply): void {
  port?.postMessage(message);
}

port.on("message", (task: PoolTask) => {
  if (!resources) {
    const message = loadError instanceof Error ? loadError.message : String(loadError);
    reply({ id: task.id, failure: { fatal: true, message } });
    return;
  }
  try {
    const prepared = prepareSource(task.document, meta);
    const doc = analyzeSource(prepared.source, resources, { reference: prepared.reference });
    const record = toRecord(doc);
    // Flattening for the store here, in parallel, leaves the writing thread only the database work;
    // only the SQLite store takes rows, and compressing its text was a tenth of that thread's time.
    if (rows) {
      const flat = recordToRows(record, resources);
      // A copy of its own: zlib's buffer may be a view of a larger one, all of which a clone would copy.
      const packedText = new Uint8Array(packText(flat.article.text));
      // The store takes the packed text and its length: the text itself stays here, which halves
      // what is cloned here and rebuilt (and later collected) on the writing thread.
      const article = { ...flat.article, text: "" };
      reply({ id: task.id, rows: { ...flat, article, packedText, textLength: flat.article.text.length } });
    } else reply({ id: task.id, json: JSON.stringify(record) });
  } catch (error) {
    reply({
      id: task.id,
      failure: {
        fatal: false,
        message: error instanceof Error ? error.message : String(error),
        ...(isMarsadError(error) ? { code: error.code, input: error.input } : {}),
        ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
      },
    });
  }
});
