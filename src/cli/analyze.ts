/**
 * `marsad analyze <inputs...>`: for each input, read → decode → clean → analyse → print, one
 * document at a time. An input is a plain-text article, an HTML page, a feed, a JSONL corpus
 * (streamed line by line) or a folder of them, told apart by content (input-records.ts); what a
 * page, item or line says about itself fills what the command-line options leave unset. A bad
 * input, item or line gets one line on standard error and the others go on; the exit status says
 * whether all went well (0), something failed (1), or the command was misused (2).
 */
import { isMarsadError, toRecord } from "../doc/index.js";
import type { JsonlFields } from "../ingest/index.js";
import { formatRecord } from "./format-record.js";
import { inputRecords } from "./input-records.js";
import type { Analyzer, CliIo } from "./io.js";
import type { OutputFormat } from "./options.js";
import { prepareSource, type RunMeta } from "./prepare-source.js";
import { formatError, formatFatal } from "./report-error.js";

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

/** One `marsad analyze` run, options already checked. */
export interface AnalyzeRequest {
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  /** Applied to every document of the run. */
  readonly meta: RunMeta;
  readonly encoding?: string;
  readonly tokens: boolean;
  readonly debug: boolean;
  /** Size cap per input read whole, in bytes; default that of readInput (50 MB). */
  readonly maxBytes?: number;
  /** JSONL field names, where the defaults (text, title, time|date|published, url) do not fit. */
  readonly fields?: Partial<JsonlFields>;
  /** Size cap per JSONL line in bytes; default that of readJsonl (4 MB). */
  readonly maxLineBytes?: number;
  /** Fetch URLs on private, loopback and link-local addresses too. */
  readonly allowPrivate?: boolean;
}

/** Raised when the lexicons cannot be loaded: no input can be analysed, so the run stops. */
class AnalyzerUnavailable extends Error {
  override readonly name = "AnalyzerUnavailable";
}

/** Runs the command; returns the exit status. Writes only through `io`. */
export async function runAnalyze(request: AnalyzeRequest, io: CliIo): Promise<number> {
  let analyzer: Analyzer | undefined;
  const getAnalyzer = (): Analyzer => {
    if (analyzer) return analyzer;
    try {
      analyzer = io.loadAnalyzer();
      return analyzer;
    } catch (error) {
      throw new AnalyzerUnavailable("the lexicons could not be loaded", { cause: error });
    }
  };
  const readOptions = {
    ...(request.encoding === undefined ? {} : { encoding: request.encoding }),
    ...(request.maxBytes ? { maxBytes: request.maxBytes } : {}),
    ...(request.fields ? { fields: request.fields } : {}),
    ...(request.maxLineBytes ? { maxLineBytes: request.maxLineBytes } : {}),
    ...(io.stdin ? { stdin: io.stdin } : {}),
    ...(io.openInput ? { openInput: io.openInput } : {}),
    ...(io.fetchUrl ? { fetchUrl: io.fetchUrl } : {}),
    ...(request.allowPrivate ? { allowPrivate: true } : {}),
  };
  let failed = 0;
  /** Reports one failure; returns an exit status when the run must stop. */
  const report = (name: string, error: unknown): number | null => {
    if (error instanceof AnalyzerUnavailable) {
      io.stderr(
        formatFatal(
          "cannot load the lexicons in data/; the installation looks incomplete",
          error.cause,
          request.debug,
        ),
      );
      return EXIT_INPUT_FAILED;
    }
    // An option error (a forced --encoding unknown to the decoder) is misuse, not a bad input.
    if (isMarsadError(error) && error.code === "option.invalid") {
      io.stderr(formatError(error.input, error, request.debug));
      return EXIT_USAGE;
    }
    failed++;
    io.stderr(formatError(isMarsadError(error) ? error.input : name, error, request.debug));
    return null;
  };
  for (const input of request.inputs) {
    try {
      for await (const result of inputRecords(input, readOptions)) {
        if (isMarsadError(result)) {
          const stop = report(result.input, result);
          if (stop !== null) return stop;
          continue;
        }
        try {
          const prepared = prepareSource(result, request.meta);
          const doc = getAnalyzer()(prepared.source, { reference: prepared.reference });
          io.stdout(formatRecord(toRecord(doc, { tokens: request.tokens }), request.format));
        } catch (error) {
          const stop = report(result.source, error);
          if (stop !== null) return stop;
        }
      }
    } catch (error) {
      const stop = report(input, error);
      if (stop !== null) return stop;
    }
  }
  return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
