/**
 * The input options `analyze` and `ingest` share (--published, --title, --url, --outlet,
 * --encoding, the JSONL field names, --allow-private), declared once and checked once, so the two
 * commands read the same inputs the same way.
 */
import type { Command } from "commander";
import { MarsadError } from "../doc/index.js";
import { resolveEncoding, type JsonlFields } from "../ingest/index.js";
import { parseArticleUrl, parsePublished } from "./options.js";
import type { RunMeta } from "./prepare-source.js";

export interface InputFlags {
  readonly published?: string;
  readonly title?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly encoding?: string;
  readonly textField?: string;
  readonly titleField?: string;
  readonly dateField?: string;
  readonly urlField?: string;
  readonly allowPrivate?: boolean;
}

/** The checked input options of a run. */
export interface InputSettings {
  readonly meta: RunMeta;
  readonly encoding?: string;
  readonly fields?: Partial<JsonlFields>;
  readonly allowPrivate?: boolean;
}

/** Declares the shared input options on `command`. */
export function addInputOptions(command: Command): Command {
  return command
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
    .option("--allow-private", "fetch URLs on private, loopback and link-local addresses too");
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

function toFields(flags: InputFlags): Partial<JsonlFields> | undefined {
  const fields: Partial<JsonlFields> = {
    ...fieldNames("text", flags.textField),
    ...fieldNames("title", flags.titleField),
    ...fieldNames("date", flags.dateField),
    ...fieldNames("url", flags.urlField),
  };
  return Object.keys(fields).length === 0 ? undefined : fields;
}

/** Checks the inputs and shared flags; throws MarsadError `option.invalid` naming the option. */
export function toInputSettings(inputs: readonly string[], flags: InputFlags): InputSettings {
  if (inputs.filter((input) => input === "-").length > 1) {
    throw new MarsadError("option.invalid", "-", "standard input can be read only once per run");
  }
  const fields = toFields(flags);
  return {
    meta: {
      title: flags.title ?? null,
      published: flags.published === undefined ? null : parsePublished(flags.published),
      url: flags.url === undefined ? null : parseArticleUrl(flags.url),
      outlet: flags.outlet ?? null,
    },
    ...(flags.encoding === undefined ? {} : { encoding: resolveEncoding(flags.encoding) }),
    ...(fields ? { fields } : {}),
    ...(flags.allowPrivate ? { allowPrivate: true } : {}),
  };
}
