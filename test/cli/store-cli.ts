/**
 * Helpers for the store command tests: `marsad` run in process with the real analyser and
 * lexicons (loaded once per test process), output captured; and a small RFC 4180 CSV reader to
 * check what `export` writes.
 */
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/program.js";
import { analyzeSource } from "../../src/pipeline/index.js";
import { testResources } from "../helpers/resources.js";

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: readonly string[];
}

/** Runs `marsad args…` in process; analysis on the main thread unless the args say --workers. */
export async function runMarsad(args: readonly string[], io: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const status = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    loadAnalyzer: () => (source, options) => analyzeSource(source, testResources(), options),
    loadResources: testResources,
    ...io,
  });
  return { status, stdout, stderr: stderr.split("\n").filter((line) => line !== "") };
}

/** JSON Lines to values. */
export function jsonLines<T>(text: string): T[] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as T);
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) throw new Error("the CSV does not end with CRLF");
  return rows;
}

/** CSV rows as objects keyed by the header. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ""])));
}
