/**
 * One command-line input to the documents in it, one at a time: a file or standard input of any
 * kind (detected from its first bytes, see ingest/input-kind.ts), or a folder (every file inside,
 * sorted, each by its own kind), or an http(s) URL fetched with the safety checks of node/fetch-url.
 * A JSONL corpus and a WARC archive are streamed record by record; anything else is read whole,
 * within the size cap. A bad file or record is yielded as its MarsadError, and the walk goes on.
 */
import { gunzipSync, constants as zlibConstants } from "node:zlib";
import { MarsadError } from "../doc/index.js";
import {
  detectInputKind,
  INPUT_KIND_HEAD_BYTES,
  readFeed,
  readHtml,
  readJsonl,
  readText,
  type IngestResult,
  type InputKind,
  type JsonlFields,
} from "../ingest/index.js";
import { fetchUrl, type FetchUrlOptions, type FetchedUrl } from "../node/fetch-url.js";
import { listFolder, openInput, type OpenedInput, type OpenInputOptions } from "../node/read-input.js";
import { readWarcRecords } from "../node/warc-stream.js";

export interface InputRecordsOptions {
  readonly encoding?: string;
  /** Size cap per whole-read input in bytes; default that of readInput (50 MB). */
  readonly maxBytes?: number;
  readonly fields?: Partial<JsonlFields>;
  /** Size cap per JSONL line in bytes; default that of readJsonl. */
  readonly maxLineBytes?: number;
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  readonly openInput?: (arg: string, options: OpenInputOptions) => Promise<OpenedInput>;
  /** Fetch private, loopback and link-local addresses too (`--allow-private`). */
  readonly allowPrivate?: boolean;
  readonly fetchUrl?: (url: string, options: FetchUrlOptions) => Promise<FetchedUrl>;
}

/** A WARC archive, plain or gzipped (Common Crawl gzips each record as its own member). */
function isWarc(head: Uint8Array, name: string): boolean {
  const startsWarc = (bytes: Uint8Array) =>
    new TextDecoder("latin1").decode(bytes.subarray(0, 7)) === "WARC/1.";
  if (startsWarc(head)) return true;
  if (head[0] !== 0x1f || head[1] !== 0x8b) return false;
  if (/\.warc\.gz$/i.test(name)) return true;
  try {
    // The head is a cut-off member: a sync flush inflates what it holds without asking for the rest.
    return startsWarc(gunzipSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH }));
  } catch {
    return false;
  }
}

async function* warcRecords(opened: OpenedInput, encoding: string | undefined): AsyncGenerator<IngestResult> {
  for await (const page of readWarcRecords(opened.stream(), { name: opened.name })) {
    if (page instanceof MarsadError) {
      yield page;
      continue;
    }
    yield* guarded(page.input, async function* () {
      const html = readHtml(page.body, page.input, {
        contentType: page.contentType,
        ...(encoding === undefined ? {} : { encoding }),
      });
      const meta = {
        ...html.meta,
        url: html.meta.url ?? page.uri,
        published: html.meta.published ?? page.date,
      };
      yield { source: page.input, text: html.text, media: html.media, notes: html.notes, meta };
    });
  }
}

/** An http(s) URL as an opened input: fetched whole, within the caps, refusing private addresses. */
async function openUrl(
  url: string,
  options: InputRecordsOptions,
): Promise<OpenedInput & { contentType: string | undefined }> {
  const fetch = options.fetchUrl ?? fetchUrl;
  const fetched = await fetch(url, { allowPrivate: options.allowPrivate ?? false });
  const bytes = fetched.bytes;
  return {
    name: url,
    isDirectory: false,
    head: bytes.subarray(0, INPUT_KIND_HEAD_BYTES),
    stream: async function* () {
      yield bytes;
    },
    readAll: async () => bytes,
    contentType: fetched.contentType,
  };
}

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * The kind of an input: its content decides, and the name only breaks a tie the content leaves
 * open, so a feed URL saved as feed.xml that holds an HTML error page is read as a feed and
 * reported as one, and corpus.jsonl whose first line is broken is still read line by line.
 */
function kindOf(head: Uint8Array, name: string): InputKind {
  const kind = detectInputKind(head);
  if (kind === "text" && /\.(?:jsonl|ndjson)$/i.test(name)) return "jsonl";
  if ((kind === "text" || kind === "html") && /\.(?:rss|atom|rdf|xml)$/i.test(name)) return "feed";
  return kind;
}

async function* recordsOfOpened(
  opened: OpenedInput,
  options: InputRecordsOptions,
): AsyncGenerator<IngestResult> {
  const { name } = opened;
  const decodeOptions = options.encoding === undefined ? {} : { encoding: options.encoding };
  if (isWarc(opened.head, name)) {
    yield* warcRecords(opened, options.encoding);
    return;
  }
  switch (kindOf(opened.head, name)) {
    case "jsonl":
      yield* readJsonl(opened.stream(), name, {
        ...(options.fields ? { fields: options.fields } : {}),
        ...(options.maxLineBytes ? { maxLineBytes: options.maxLineBytes } : {}),
      });
      return;
    case "feed":
      yield* readFeed(await opened.readAll(), name, decodeOptions);
      return;
    case "html": {
      // A fetched page's Content-Type header may declare its charset.
      const contentType =
        "contentType" in opened && typeof opened.contentType === "string" ? opened.contentType : null;
      const page = readHtml(await opened.readAll(), name, {
        ...decodeOptions,
        ...(contentType === null ? {} : { contentType }),
      });
      yield { source: name, text: page.text, media: page.media, notes: page.notes, meta: page.meta };
      return;
    }
    case "text": {
      const text = readText(await opened.readAll(), name, decodeOptions);
      yield { source: name, text: text.text, media: text.media, notes: text.notes, meta: {} };
      return;
    }
  }
}

/** Yields a MarsadError thrown while reading instead of ending the walk; other errors are bugs and throw. */
async function* guarded(
  input: string,
  records: () => AsyncGenerator<IngestResult>,
): AsyncGenerator<IngestResult> {
  try {
    yield* records();
  } catch (error) {
    if (error instanceof MarsadError && error.code !== "option.invalid") yield error;
    else throw error;
  }
}

/** The documents of one input, or the errors of its bad parts (see the module comment). */
export async function* inputRecords(
  input: string,
  options: InputRecordsOptions = {},
): AsyncGenerator<IngestResult> {
  const open = options.openInput ?? openInput;
  const openOptions: OpenInputOptions = {
    headBytes: INPUT_KIND_HEAD_BYTES,
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(options.stdin ? { stdin: options.stdin } : {}),
  };
  const opened = isUrl(input) ? await openUrl(input, options) : await open(input, openOptions);
  if (!opened.isDirectory) {
    yield* recordsOfOpened(opened, options);
    return;
  }
  let files = 0;
  for await (const file of listFolder(input)) {
    files++;
    yield* guarded(file, async function* () {
      yield* recordsOfOpened(await open(file, openOptions), options);
    });
  }
  if (files === 0)
    yield new MarsadError("input.empty", input, "the folder holds no files (hidden files are skipped)");
}
