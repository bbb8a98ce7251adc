/**
 * The `marsad` command line: arguments parsed by commander, then handed to one function per
 * command. `runCli` never exits the process and writes only through `io`, so tests call it
 * in-process; src/cli/main.ts wires it to the real process.
 */
import { Command, CommanderError } from "commander";
import { isMarsadError, MarsadError } from "../doc/index.js";
import { resolveEncoding, type JsonlFields } from "../ingest/index.js";
import { MARSAD_VERSION } from "../pipeline/version.js";
import { EXIT_OK, EXIT_USAGE, runAnalyze, type AnalyzeRequest } from "./analyze.js";
import type { CliIo } from "./io.js";
import { parseArticleUrl, parseFormat, parsePublished } from "./options.js";
import { formatError } from "./report-error.js";

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

interface AnalyzeFlags {
  readonly format: string;
  readonly published?: string;
  readonly title?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly encoding?: string;
  readonly tokens?: boolean;
  readonly debug?: boolean;
  readonly textField?: string;
  readonly titleField?: string;
  readonly dateField?: string;
  readonly urlField?: string;
  readonly allowPrivate?: boolean;
}

/** A field option: one name or several separated by commas, tried in order. */
function fieldNames(option: keyof JsonlFields, value: string | undefined): Partial<JsonlFields> {
  if (value === undefined) return {};
  const names = value
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  if (names.length === 0) {
    throw new MarsadError(
      "option.invalid",
      `--${option}-field`,
      "give a field name, or several separated by commas",
    );
  }
  return { [option]: names };
}

function toFields(flags: AnalyzeFlags): Partial<JsonlFields> | undefined {
  const fields: Partial<JsonlFields> = {
    ...fieldNames("text", flags.textField),
    ...fieldNames("title", flags.titleField),
    ...fieldNames("date", flags.dateField),
    ...fieldNames("url", flags.urlField),
  };
  return Object.keys(fields).length === 0 ? undefined : fields;
}

/** Checks the flags; throws MarsadError `option.invalid` naming the option. */
function toRequest(inputs: readonly string[], flags: AnalyzeFlags): AnalyzeRequest {
  if (inputs.filter((input) => input === "-").length > 1) {
    throw new MarsadError("option.invalid", "-", "standard input can be read only once per run");
  }
  const fields = toFields(flags);
  return {
    inputs,
    format: parseFormat(flags.format),
    meta: {
      title: flags.title ?? null,
      published: flags.published === undefined ? null : parsePublished(flags.published),
      url: flags.url === undefined ? null : parseArticleUrl(flags.url),
      outlet: flags.outlet ?? null,
    },
    ...(flags.encoding === undefined ? {} : { encoding: resolveEncoding(flags.encoding) }),
    tokens: flags.tokens ?? false,
    debug: flags.debug ?? false,
    ...(fields ? { fields } : {}),
    ...(flags.allowPrivate ? { allowPrivate: true } : {}),
  };
}

function buildProgram(io: CliIo, setStatus: (status: number) => void): Command {
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
  program
    .command("analyze")
    .description(
      "analyse news articles (plain-text or HTML files, feeds, JSONL corpora, folders, or - for standard input) into JSON records",
    )
    .argument("<inputs...>", "files or folders to analyse; - reads standard input")
    .option("-f, --format <format>", "json, jsonl or pretty", "json")
    .option("--published <date>", "publication date, YYYY-MM-DD or ISO date-time; anchors relative dates")
    .option("--title <title>", "the article's title")
    .option("--url <url>", "the article's http(s) address")
    .option("--outlet <name>", "the news outlet")
    .option(
      "--encoding <label>",
      "read the input in this encoding (utf-8, utf-16le, windows-1256, iso-8859-6, …) instead of detecting it",
    )
    .option("--text-field <names>", "JSONL: field of the article text (default text)")
    .option("--title-field <names>", "JSONL: field of the title (default title)")
    .option("--date-field <names>", "JSONL: field of the publication date (default time,date,published)")
    .option("--url-field <names>", "JSONL: field of the article's URL (default url)")
    .option("--allow-private", "fetch URLs on private, loopback and link-local addresses too")
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
  return program;
}

/** Runs `marsad` with the arguments after the program name; returns the exit status. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let status = EXIT_OK;
  const program = buildProgram(io, (value) => (status = value));
  try {
    await program.parseAsync([...args], { from: "user" });
  } catch (error) {
    // exitOverride turns help, --version and usage errors into CommanderErrors (already printed).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  return status;
}
