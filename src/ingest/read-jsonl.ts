/**
 * The JSONL corpus reader: one article per line, a JSON object whose fields hold the text, title,
 * date and URL. Lines are read one at a time from a stream of bytes (jsonl-lines.ts), so memory is
 * bounded by the longest line allowed. A bad line (not JSON, not an object, no text, too long, not
 * UTF-8) yields a MarsadError naming `corpus.jsonl:N` and reading goes on.
 */
import { MarsadError, type DocumentMeta, type Note } from "../doc/index.js";
import { cleanText } from "./clean-text.js";
import { normalizeFeedDate } from "./feed-date.js";
import type { IngestedDocument, IngestResult } from "./ingested.js";
import { splitLines } from "./jsonl-lines.js";

/** Id of the JSONL reader in notes. */
export const READ_JSONL_ID = "read-jsonl@1";

/** Lines longer than this many bytes are reported and skipped: 4 MiB, far beyond a news article. */
export const DEFAULT_MAX_LINE_BYTES = 4 * 1024 * 1024;

/** Field names to look for, in order; the first that holds a non-empty string wins. */
export interface JsonlFields {
  readonly text: readonly string[];
  readonly title: readonly string[];
  readonly date: readonly string[];
  readonly url: readonly string[];
  readonly author: readonly string[];
}

/** The fields of shared/data/news/ant-multisource (id, url, time, title, author, text, …) and common variants. */
export const DEFAULT_JSONL_FIELDS: JsonlFields = {
  text: ["text"],
  title: ["title"],
  date: ["time", "date", "published"],
  url: ["url"],
  author: ["author"],
};

export interface ReadJsonlOptions {
  readonly fields?: Partial<JsonlFields>;
  /** Per-line size cap in bytes; default DEFAULT_MAX_LINE_BYTES. */
  readonly maxLineBytes?: number;
}

const MB = 1024 * 1024;
const size = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${bytes} bytes`);

function note(code: string, message: string): Note {
  return { severity: "warning", source: READ_JSONL_ID, code, message };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The first of `names` holding a non-blank string (a number counts too, for dates given as Unix time). */
function pick(record: Record<string, unknown>, names: readonly string[]): string | null {
  for (const name of names) {
    const value = record[name];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return null;
}

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return `a ${typeof value}`;
}

/**
 * One line of a corpus (already decoded) to a document; `source` names it ("corpus.jsonl:12").
 * Throws MarsadError `input.format` (not JSON, not an object) or `input.empty` (no text).
 */
export function readJsonlLine(
  line: string,
  source: string,
  fields: JsonlFields = DEFAULT_JSONL_FIELDS,
): IngestedDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const why = error instanceof Error ? ` (${error.message})` : "";
    throw new MarsadError("input.format", source, `the line is not valid JSON${why}`, { cause: error });
  }
  if (!isObject(value)) {
    throw new MarsadError("input.format", source, `the line is ${describeJson(value)}, not a JSON object`);
  }
  const raw = pick(value, fields.text);
  if (raw === null) {
    throw new MarsadError(
      "input.empty",
      source,
      `the record has no text in ${fields.text.map((name) => `"${name}"`).join(" or ")}; name the field with --text-field`,
    );
  }
  const cleaned = cleanText(raw, source);
  const notes: Note[] = [...cleaned.notes];
  const meta: { -readonly [K in keyof DocumentMeta]?: DocumentMeta[K] } = {};
  const title = pick(value, fields.title);
  if (title !== null) meta.title = title;
  const author = pick(value, fields.author);
  if (author !== null) meta.author = author;
  const date = pick(value, fields.date);
  if (date !== null) {
    const published = normalizeFeedDate(date);
    if (published === null)
      notes.push(note("jsonl.date", `ignored a date that does not parse: "${date.slice(0, 60)}"`));
    else meta.published = published;
  }
  const url = pick(value, fields.url);
  if (url !== null) {
    if (/^https?:\/\/[^\s]+$/i.test(url)) meta.url = url;
    else notes.push(note("jsonl.url", `ignored a URL that is not absolute http(s): "${url.slice(0, 80)}"`));
  }
  return { source, text: cleaned.text, media: cleaned.media, notes, meta };
}

/**
 * Reads a JSONL corpus from a stream of bytes (UTF-8, as JSON requires), one line at a time;
 * `input` names the corpus, and line N is `${input}:${N}`. Blank lines are skipped silently.
 */
export async function* readJsonl(
  chunks: AsyncIterable<Uint8Array | string>,
  input: string,
  options: ReadJsonlOptions = {},
): AsyncGenerator<IngestResult> {
  const fields = { ...DEFAULT_JSONL_FIELDS, ...options.fields };
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  for await (const line of splitLines(chunks, maxLineBytes)) {
    const source = `${input}:${line.number}`;
    if (line.tooLong) {
      yield new MarsadError(
        "input.too-large",
        source,
        `the line is ${size(line.tooLong.size)}, over the ${size(maxLineBytes)} limit for one record`,
      );
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(line.bytes);
    } catch (error) {
      yield new MarsadError(
        "input.encoding",
        source,
        "the line is not valid UTF-8 (JSON Lines must be UTF-8)",
        {
          cause: error,
        },
      );
      continue;
    }
    if (line.number === 1) text = text.replace(/^\uFEFF/, "");
    if (text.trim() === "") continue;
    try {
      yield readJsonlLine(text, source, fields);
    } catch (error) {
      if (error instanceof MarsadError) yield error;
      else throw error;
    }
  }
}
