/**
 * Streams the HTML pages out of a WARC or WARC.gz file (a crawl such as Common Crawl News), one
 * record at a time and never the whole file: memory stays within a record's cap whatever the file's
 * size. A broken record (bad Content-Length, truncated, oversized, a gzip bomb) is yielded as a
 * MarsadError naming `file.warc.gz#record N`, and reading goes on with the next record.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { MarsadError, type ErrorCode } from "../doc/index.js";
import {
  DEFAULT_MAX_WARC_RECORD_BYTES,
  readWarc,
  type WarcReader,
  type WarcRecord,
} from "../ingest/read-warc.js";
import { warcResponsePage, type WarcPage } from "../ingest/warc-page.js";
import { decodeContent } from "./content-encoding.js";
import { inflateMembers, type GzipMemberOptions } from "./gzip-members.js";

export type { WarcPage } from "../ingest/warc-page.js";

export interface WarcStreamOptions extends GzipMemberOptions {
  /** Names a stream in errors (a path names itself); default "-". */
  readonly name?: string;
  /** Largest record block and decoded page, in bytes; default 16 MiB. */
  readonly maxRecordBytes?: number;
}

/** Bytes read from the file at a time. */
const READ_BYTES = 64 * 1024;

function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

function fromFsError(name: string, error: unknown): MarsadError {
  const code = errnoCode(error);
  if (code === "ENOENT" || code === "ENOTDIR")
    return new MarsadError("input.missing", name, "no such file", { cause: error });
  if (code === "EISDIR")
    return new MarsadError("input.directory", name, "is a directory; pass the files inside it");
  return new MarsadError("input.unreadable", name, "cannot be read", { cause: error });
}

async function* openFile(path: string): AsyncGenerator<Uint8Array> {
  try {
    if ((await stat(path)).isDirectory()) throw new MarsadError("input.directory", path, "is a directory");
    for await (const chunk of createReadStream(path, { highWaterMark: READ_BYTES }))
      yield chunk as Uint8Array;
  } catch (error) {
    throw error instanceof MarsadError ? error : fromFsError(path, error);
  }
}

/** Re-yields the first chunk after peeking at it. */
async function* prepend(
  first: Uint8Array,
  rest: AsyncIterator<Uint8Array | string>,
): AsyncGenerator<Uint8Array | string> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** The WARC reader's output, fed from plain or gzip-compressed bytes. */
async function* warcRecords(
  chunks: AsyncIterable<Uint8Array | string>,
  reader: WarcReader,
  name: string,
  options: GzipMemberOptions,
): AsyncGenerator<WarcRecord | MarsadError> {
  const iterator = chunks[Symbol.asyncIterator]();
  let first = await iterator.next();
  while (!first.done && first.value.length === 0) first = await iterator.next();
  if (first.done) {
    yield new MarsadError("input.empty", name, "the file is empty");
    return;
  }
  const head = typeof first.value === "string" ? new TextEncoder().encode(first.value) : first.value;
  const all = prepend(head, iterator);
  if (!(head[0] === 0x1f && head[1] === 0x8b)) {
    for await (const chunk of all)
      yield* reader.push(typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk);
    yield* reader.end();
    return;
  }
  const fail = (code: ErrorCode, message: string) => reader.fail(code, message);
  for await (const event of inflateMembers(all, options)) {
    if (event.kind === "member") yield* reader.boundary();
    else if (event.kind === "data") yield* reader.push(event.bytes);
    else if (event.kind === "bomb") yield* fail("warc.too-large", event.message);
    else if (event.kind === "corrupt") yield* fail("warc.compression", event.message);
    else {
      const ended = reader.end();
      yield* ended;
      if (!ended.some((item) => item instanceof MarsadError))
        yield new MarsadError("warc.truncated", name, event.message);
      return;
    }
  }
  yield* reader.end();
}

/**
 * The 200 HTML responses of a WARC or WARC.gz (plain or one gzip member per record, detected from
 * the bytes), in file order, each with its record number; broken records come as MarsadErrors
 * (`warc.format`, `warc.length`, `warc.truncated`, `warc.too-large`, `warc.compression`) in their
 * place. Throws MarsadError only when the input cannot be opened at all (`input.missing`, …).
 */
export async function* readWarcRecords(
  source: string | AsyncIterable<Uint8Array | string>,
  options: WarcStreamOptions = {},
): AsyncGenerator<WarcPage | MarsadError> {
  const name = typeof source === "string" ? source : (options.name ?? "-");
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_WARC_RECORD_BYTES;
  const chunks = typeof source === "string" ? openFile(source) : source;
  const reader = readWarc(name, { maxRecordBytes });
  for await (const item of warcRecords(chunks, reader, name, options)) {
    if (item instanceof MarsadError) {
      yield item;
      continue;
    }
    const page = warcResponsePage(item);
    if (page === null || page instanceof MarsadError) {
      if (page) yield page;
      continue;
    }
    const { contentEncoding, ...rest } = page;
    if (contentEncoding.length === 0) {
      yield rest;
      continue;
    }
    const decoded = decodeContent(page.body, contentEncoding, maxRecordBytes);
    if ("bytes" in decoded) yield { ...rest, body: decoded.bytes };
    else {
      const code = decoded.problem === "too-large" ? "warc.too-large" : "warc.compression";
      yield new MarsadError(code, page.input, decoded.message);
    }
  }
}
