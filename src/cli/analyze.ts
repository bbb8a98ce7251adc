/**
 * `marsad analyze <inputs...>`: for each input, read → decode → clean → analyse → print. An input
 * whose bytes are an HTML page (whatever its name) goes through the HTML reader, whose metadata
 * fills what the command-line options leave unset. A bad
 * input gets one line on standard error and the others go on; the exit status says whether all
 * went well (0), some input failed (1), or the command was misused (2).
 */
import { isMarsadError, toRecord, type DocumentMeta } from "../doc/index.js";
import { detectInputKind, readHtml, readText } from "../ingest/index.js";
import { readInput } from "../node/read-input.js";
import { formatRecord } from "./format-record.js";
import type { Analyzer, CliIo } from "./io.js";
import type { OutputFormat } from "./options.js";
import { formatError, formatFatal } from "./report-error.js";

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

/** One `marsad analyze` run, options already checked. */
export interface AnalyzeRequest {
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  /** Applied to every input of the run. */
  readonly meta: Pick<DocumentMeta, "title" | "published" | "url" | "outlet">;
  readonly encoding?: string;
  readonly tokens: boolean;
  readonly debug: boolean;
  /** Size cap per input in bytes; default that of readInput (50 MB). */
  readonly maxBytes?: number;
}

/** Raised when the lexicons cannot be loaded: no input can be analysed, so the run stops. */
class AnalyzerUnavailable extends Error {
  override readonly name = "AnalyzerUnavailable";
}

/** Runs the command; returns the exit status. Writes only through `io`. */
export async function runAnalyze(request: AnalyzeRequest, io: CliIo): Promise<number> {
  const read = io.readInput ?? readInput;
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
  // Options given on the command line win over what a page says about itself.
  const given = Object.fromEntries(Object.entries(request.meta).filter(([, value]) => value !== null));
  let failed = 0;
  for (const input of request.inputs) {
    try {
      const { bytes } = await read(input, {
        ...(request.maxBytes ? { maxBytes: request.maxBytes } : {}),
        ...(io.stdin ? { stdin: io.stdin } : {}),
      });
      const decodeOptions = request.encoding === undefined ? {} : { encoding: request.encoding };
      const source =
        detectInputKind(bytes) === "html"
          ? readHtml(bytes, input, decodeOptions)
          : { ...readText(bytes, input, decodeOptions), meta: {} };
      const meta = { ...request.meta, ...source.meta, ...given, source: input };
      const reference = meta.published?.slice(0, 10) ?? null;
      const doc = getAnalyzer()({ ...source, meta }, { reference });
      io.stdout(formatRecord(toRecord(doc, { tokens: request.tokens }), request.format));
    } catch (error) {
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
      io.stderr(formatError(input, error, request.debug));
    }
  }
  return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
