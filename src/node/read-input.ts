/**
 * Reads the bytes of one command-line input: a file path, or "-" for standard input. Refuses what
 * cannot be an article before reading it (missing, a directory, too large by its size).
 */
import { readFile, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { createReadStream } from "node:fs";
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
