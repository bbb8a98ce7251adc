import type { Analyzer, CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/program.js";
import type { MarsadRecord } from "../../src/doc/index.js";
import { createDocument } from "../../src/pipeline/create-document.js";
import { MARSAD_VERSION } from "../../src/pipeline/version.js";

/** An analyser that builds the document and leaves every layer empty: CLI tests need no lexicons. */
export const stubAnalyzer: Analyzer = (source) => {
  const doc = createDocument(source, MARSAD_VERSION);
  return {
    ...doc,
    layers: { ...doc.layers, sentences: [], tokens: [], entities: [], quotes: [], times: [], events: [] },
  };
};

/** Runs `marsad` in process with the stub analyser; stdout is read as JSON Lines records. */
export async function runJsonl(args: readonly string[], io: Partial<CliIo> = {}) {
  let stdout = "";
  let stderr = "";
  const status = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    loadAnalyzer: () => stubAnalyzer,
    ...io,
  });
  const records = stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as MarsadRecord);
  return { status, records, stderr: stderr.split("\n").filter((line) => line !== "") };
}
