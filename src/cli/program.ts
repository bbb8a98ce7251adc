/**
 * The `marsad` command line: arguments parsed by commander, then handed to one function per
 * command. `runCli` never exits the process and writes only through `io`, so tests call it
 * in-process; src/cli/main.ts wires it to the real process.
 */
import { Command, CommanderError } from "commander";
import { isMarsadError } from "../doc/index.js";
import { MARSAD_VERSION } from "../pipeline/version.js";
import { EXIT_OK, EXIT_USAGE, runAnalyze, type AnalyzeRequest } from "./analyze.js";
import type { CliIo } from "./io.js";
import { addInputOptions, toInputSettings, type InputFlags } from "./input-options.js";
import { parseFormat } from "./options.js";
import { formatError } from "./report-error.js";
import { entitiesCommand } from "./entities.js";
import { exportCommand } from "./export.js";
import { ingestCommand } from "./ingest.js";
import { quotesCommand } from "./quotes.js";
import { searchCommand } from "./search.js";
import { watchCommand } from "./watch.js";

const EXAMPLES = `
Examples:
  marsad analyze examples/sample-article.txt
  marsad analyze --format pretty article.txt
  marsad analyze --published 2024-03-09 --outlet "الحرة" --url https://example.com/news/1 article.txt
  cat article.txt | marsad analyze -
  marsad analyze --format jsonl *.txt > records.jsonl
  marsad analyze --encoding windows-1256 old-article.txt
  marsad analyze page.html          (HTML is recognised by its content, whatever the name)
  marsad analyze --format jsonl feed.xml corpus.jsonl articles/
  marsad analyze --text-field body --date-field pubdate,date corpus.jsonl
  zcat corpus.jsonl.gz | marsad analyze --format jsonl -
  marsad ingest corpus.jsonl articles/ && marsad search "مجلس الأمن" --from 2018-05
  marsad quotes --speaker "باركر"          marsad entities --type PER
  marsad export --format acled --out events.csv
  marsad watch feeds.txt --every 10m
`;

const ANALYZE_NOTES = `
Output (standard output):
  json    each record as an indented JSON document (one input: one document; several: one after
          another, as jq reads them)
  jsonl   one record per line
  pretty  a short summary for people

Records follow schema/record.schema.json; offsets are UTF-16 code units of the record's text.
Inputs: a plain-text article, an HTML page, an RSS 2.0, Atom or RDF feed (one record per item),
a JSONL corpus (one article per line, read as a stream), or a folder (every file inside, sorted,
hidden files skipped). The kind is told from the content, not the name.

Each bad input, feed item or corpus line gets one line on standard error ("marsad: <input>:
<problem>", "marsad: corpus.jsonl:12: …", "marsad: feed.xml#3: …") and the rest is still
analysed. Exit status: 0 all analysed, 1 something failed, 2 bad usage.
${EXAMPLES}`;

interface AnalyzeFlags extends InputFlags {
  readonly format: string;
  readonly tokens?: boolean;
  readonly debug?: boolean;
}

/** Checks the flags; throws MarsadError `option.invalid` naming the option. */
function toRequest(inputs: readonly string[], flags: AnalyzeFlags): AnalyzeRequest {
  const settings = toInputSettings(inputs, flags);
  return {
    inputs,
    ...settings,
    format: parseFormat(flags.format),
    tokens: flags.tokens ?? false,
    debug: flags.debug ?? false,
  };
}

type CommandFactory = (io: CliIo, setStatus: (status: number) => void) => Command;

/** The commands built in their own files, in the order help lists them. */
const COMMANDS: Readonly<Record<string, CommandFactory>> = {
  ingest: ingestCommand,
  search: searchCommand,
  entities: entitiesCommand,
  quotes: quotesCommand,
  export: exportCommand,
  watch: watchCommand,
};

/**
 * `worker` loads BullMQ and ioredis, `serve` the HTTP server and the store (together ≈ 1 s of CPU),
 * so each is imported only when the arguments may need it: its own name, or help and anything
 * commander must list or reject.
 */
async function lazyCommands(args: readonly string[]): Promise<CommandFactory[]> {
  const first = args[0];
  if (first === "analyze" || (first !== undefined && first in COMMANDS)) return [];
  const worker = async () => (await import("./worker.js")).workerCommand;
  const serve = async () => (await import("./serve.js")).serveCommand;
  if (first === "worker") return [await worker()];
  if (first === "serve") return [await serve()];
  return [await serve(), await worker()];
}

function buildProgram(
  io: CliIo,
  setStatus: (status: number) => void,
  lazy: readonly CommandFactory[],
): Command {
  const program = new Command("marsad")
    .description(
      "Reads Arabic news and records who said what, about whom, where and when, every fact pointing to its exact characters.",
    )
    .version(MARSAD_VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .addHelpText("after", EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(`marsad: ${text.replace(/^error: /, "")}`),
    });
  const analyze = program
    .command("analyze")
    .description(
      "analyse news articles (plain-text or HTML files, feeds, JSONL corpora, folders, or - for standard input) into JSON records",
    )
    .argument("<inputs...>", "files or folders to analyse; - reads standard input")
    .option("-f, --format <format>", "json, jsonl or pretty", "json");
  addInputOptions(analyze)
    .option("--tokens", "include the token layer in the record")
    .option("--debug", "print stack traces and causes of errors")
    .addHelpText("after", ANALYZE_NOTES)
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      let request: AnalyzeRequest;
      try {
        request = toRequest(inputs, flags);
      } catch (error) {
        if (!isMarsadError(error)) throw error;
        io.stderr(formatError(error.input, error, flags.debug ?? false));
        setStatus(EXIT_USAGE);
        return;
      }
      setStatus(await runAnalyze(request, io));
    });
  // Each command takes the program's output and error handling.
  for (const command of [...Object.values(COMMANDS), ...lazy])
    program.addCommand(command(io, setStatus).copyInheritedSettings(program));
  return program;
}

/** Runs `marsad` with the arguments after the program name; returns the exit status. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let status = EXIT_OK;
  const program = buildProgram(io, (value) => (status = value), await lazyCommands(args));
  try {
    await program.parseAsync([...args], { from: "user" });
  } catch (error) {
    // exitOverride turns help, --version and usage errors into CommanderErrors (already printed).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  return status;
}
