/**
 * Reads the bytes of one command-line input: a file path, or "-" for standard input. Refuses what
 * cannot be an article before reading it (missing, too large by its size). `openInput` shows the
 * first bytes before the rest is read, so a corpus can be streamed and everything else read whole;
 * `listFolder` names the files of a directory.
 */
import { open, opendir, readFile, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { createReadStream } from "node:fs";
import { join } from "node:path";
import { MarsadError } from "../doc/index.js";

/** Inputs larger than this many bytes are refused: 50 MiB, far beyond any news article. */
export const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface ReadInputOptions {
  /** Size cap in bytes; default DEFAULT_MAX_INPUT_BYTES. */
  readonly maxBytes?: number;
  /** Where "-" reads from; default process.stdin. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

export interface InputBytes {
  /** The input as the user named it: a path, or "-". */
  readonly name: string;
  readonly bytes: Uint8Array;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

function tooLarge(name: string, size: number | null, maxBytes: number): MarsadError {
  const what = name === "-" ? "standard input" : "the file";
  const actual = size === null ? "more than" : `${megabytes(size)}, over`;
  return new MarsadError("input.too-large", name, `${what} is ${actual} the ${megabytes(maxBytes)} limit`);
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/** Turns an fs error into the MarsadError a user can act on; anything unexpected is rethrown. */
function fromFsError(name: string, error: unknown): MarsadError {
  switch (errorCode(error)) {
    case "ENOENT":
    case "ENOTDIR":
      return new MarsadError("input.missing", name, "no such file", { cause: error });
    case "EISDIR":
      return new MarsadError("input.directory", name, "is a directory; pass the files inside it", {
        cause: error,
      });
    case "EACCES":
    case "EPERM":
      return new MarsadError("input.unreadable", name, "permission denied", { cause: error });
    case "ELOOP":
      return new MarsadError("input.unreadable", name, "too many symbolic links", { cause: error });
    case "ENAMETOOLONG":
      return new MarsadError("input.missing", name, "the path is too long", { cause: error });
    case "EIO":
      return new MarsadError("input.unreadable", name, "input/output error while reading", { cause: error });
    default:
      return new MarsadError("input.unreadable", name, "cannot be read", { cause: error });
  }
}

/** Reads a stream into one buffer, failing as soon as it passes `maxBytes`. */
async function readCapped(
  name: string,
  chunks: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    const part = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    total += part.length;
    if (total > maxBytes) throw tooLarge(name, null, maxBytes);
    parts.push(part);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/**
 * Reads one input. Throws MarsadError `input.missing`, `input.directory`, `input.too-large` or
 * `input.unreadable`; decoding and emptiness are the reader's business (src/ingest).
 */
export async function readInput(arg: string, options: ReadInputOptions = {}): Promise<InputBytes> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (arg === "-") {
    const bytes = await readCapped(arg, options.stdin ?? process.stdin, maxBytes);
    return { name: arg, bytes };
  }
  let info: Stats;
  try {
    info = await stat(arg);
  } catch (error) {
    throw fromFsError(arg, error);
  }
  if (info.isDirectory()) {
    throw new MarsadError(
      "input.directory",
      arg,
      "is a directory; pass the files inside it (directories are not read yet)",
    );
  }
  try {
    if (!info.isFile()) {
      // A pipe or device (/dev/stdin, <(…)): its size is unknown until read, so read it capped.
      return { name: arg, bytes: await readCapped(arg, createReadStream(arg), maxBytes) };
    }
    if (info.size > maxBytes) throw tooLarge(arg, info.size, maxBytes);
    const bytes = await readFile(arg);
    // The file may have grown since stat.
    if (bytes.length > maxBytes) throw tooLarge(arg, bytes.length, maxBytes);
    return { name: arg, bytes };
  } catch (error) {
    if (error instanceof MarsadError) throw error;
    throw fromFsError(arg, error);
  }
}

/** An input opened for a look at its first bytes, then read once: whole or as a stream. */
export interface OpenedInput {
  /** The input as the user named it: a path, or "-". */
  readonly name: string;
  /** True for a directory: nothing is read; list it with listFolder. */
  readonly isDirectory: boolean;
  /** The first bytes, up to `headBytes` (all of them for a shorter input). */
  readonly head: Uint8Array;
  /** Every byte from the start (the head included), as chunks: for inputs of any size. */
  stream(): AsyncIterable<Uint8Array>;
  /** Every byte in one buffer, capped at `maxBytes`: throws MarsadError `input.too-large`. */
  readAll(): Promise<Uint8Array>;
}

export interface OpenInputOptions extends ReadInputOptions {
  /** How many bytes `head` holds at most. */
  readonly headBytes: number;
}

async function readHead(path: string, headBytes: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(headBytes);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, headBytes - filled, null);
      filled += bytesRead;
      if (bytesRead === 0 || filled === headBytes) return buffer.subarray(0, filled);
    }
  } finally {
    await handle.close();
  }
}

function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
}

/** A stream that can be read only once (standard input, a pipe): its head is buffered, the rest streamed. */
async function openStream(
  name: string,
  source: AsyncIterable<Uint8Array | string>,
  options: OpenInputOptions,
): Promise<OpenedInput> {
  const iterator = source[Symbol.asyncIterator]();
  const buffered: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < options.headBytes) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const bytes = toBytes(next.value);
    buffered.push(bytes);
    size += bytes.length;
  }
  let taken = false;
  const stream = async function* (): AsyncGenerator<Uint8Array> {
    if (taken) throw new Error(`${name} can be read only once`);
    taken = true;
    yield* buffered.splice(0);
    while (!done) {
      const next = await iterator.next();
      if (next.done) break;
      yield toBytes(next.value);
    }
  };
  const head = concatBytes(buffered, size).subarray(0, options.headBytes);
  return {
    name,
    isDirectory: false,
    head,
    stream,
    readAll: () => readCapped(name, stream(), options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES),
  };
}

function concatBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/**
 * Opens one input: stats it (a directory is flagged, not read) and reads its first bytes. Throws
 * MarsadError `input.missing` or `input.unreadable`; `readAll` also `input.too-large`.
 */
export async function openInput(arg: string, options: OpenInputOptions): Promise<OpenedInput> {
  if (arg === "-") return openStream(arg, options.stdin ?? process.stdin, options);
  let info: Stats;
  try {
    info = await stat(arg);
  } catch (error) {
    throw fromFsError(arg, error);
  }
  const empty = new Uint8Array(0);
  if (info.isDirectory()) {
    const nothing = async function* (): AsyncGenerator<Uint8Array> {};
    return { name: arg, isDirectory: true, head: empty, stream: nothing, readAll: async () => empty };
  }
  try {
    // A pipe or device (/dev/stdin, <(…)) can be read only once.
    if (!info.isFile()) return await openStream(arg, createReadStream(arg), options);
    const head = await readHead(arg, options.headBytes);
    const stream = async function* (): AsyncGenerator<Uint8Array> {
      try {
        yield* createReadStream(arg) as AsyncIterable<Uint8Array>;
      } catch (error) {
        throw fromFsError(arg, error);
      }
    };
    return {
      name: arg,
      isDirectory: false,
      head,
      stream,
      readAll: async () => (await readInput(arg, options)).bytes,
    };
  } catch (error) {
    if (error instanceof MarsadError) throw error;
    throw fromFsError(arg, error);
  }
}

/**
 * The files inside a directory and its subdirectories, sorted by name at each level (directories
 * among files, by code unit), skipping hidden entries (".git", ".DS_Store"). Symbolic links to
 * files are listed; links to directories are not followed, so a cycle cannot trap the walk.
 */
export async function* listFolder(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    const handle = await opendir(dir);
    entries = [];
    for await (const entry of handle) entries.push(entry);
  } catch (error) {
    throw fromFsError(dir, error);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* listFolder(path);
    else if (entry.isFile()) yield path;
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (target?.isFile()) yield path;
    }
  }
}

/** An OpenedInput over bytes already in memory (a fetched page, a test's fixture). */
export function bytesInput(name: string, bytes: Uint8Array, headBytes = bytes.length): OpenedInput {
  return {
    name,
    isDirectory: false,
    head: bytes.subarray(0, headBytes),
    stream: async function* () {
      yield bytes;
    },
    readAll: async () => bytes,
  };
}
