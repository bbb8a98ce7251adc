/**
 * What a CLI command needs from the outside world, passed in so tests run commands in-process with
 * captured output, a fake standard input and a stub analyser.
 */
import type { Document, LayerName } from "../doc/index.js";
import type { FetchedUrl, FetchUrlOptions } from "../node/fetch-url.js";
import type { OpenedInput, OpenInputOptions } from "../node/read-input.js";
import type { CleanedSource } from "../pipeline/create-document.js";
import type { Resources } from "../resources/index.js";
import type { Store } from "../store/types.js";

export interface AnalyzerOptions {
  /** ISO date anchoring relative times, or null. */
  readonly reference: string | null;
}

/** Runs every stage over one cleaned source (resources already loaded). */
export type Analyzer = (source: CleanedSource, options: AnalyzerOptions) => Document<LayerName>;

export interface CliIo {
  /** Writes to standard output (records). */
  readonly stdout: (text: string) => void;
  /** Writes to standard error (one line per bad input, usage errors, help on misuse). */
  readonly stderr: (text: string) => void;
  /** Where "-" reads from; default process.stdin. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Opens one input or folder entry; default `openInput` from src/node. */
  readonly openInput?: (arg: string, options: OpenInputOptions) => Promise<OpenedInput>;
  /** Fetches an http(s) input; default `fetchUrl` from src/node (tests serve pages in process). */
  readonly fetchUrl?: (url: string, options: FetchUrlOptions) => Promise<FetchedUrl>;
  /**
   * Loads the lexicons and returns the analyser. Called at most once per run, and only when an
   * input got as far as analysis, so a run of bad inputs never pays for loading.
   */
  readonly loadAnalyzer: () => Analyzer;
  /** Standard error as a stream: `ingest` draws its progress bar there when it is a terminal. */
  readonly stderrStream?: NodeJS.WritableStream & { readonly isTTY?: boolean };
  /** Standard output as a stream: `export` waits on it when it is full; pretty output may use colour. */
  readonly stdoutStream?: NodeJS.WritableStream & { readonly isTTY?: boolean };
  /** Loads the lexicons for the store's folding; default `loadResources` from src/node. */
  readonly loadResources?: () => Resources;
  /** Opens the store at a path or postgres:// URL; default `openStore` from src/store. */
  readonly openStore?: (target: string, resources: Resources) => Promise<Store>;
  /** Aborted to stop a long-running command (`ingest`, `watch`) cleanly; main.ts aborts it on SIGINT/SIGTERM. */
  readonly signal?: AbortSignal;
}
