/**
 * Where `export` writes: a file (`--out`) or standard output, in chunks of about 64 KiB, waiting
 * when the stream is full so a 100,000-article export never piles up in memory behind a slow
 * reader (a pipe to gzip, a network disk).
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { MarsadError } from "../../doc/index.js";
import type { CliIo } from "../io.js";

export interface Sink {
  write(text: string): Promise<void>;
  /** Writes what is buffered and closes a file; throws MarsadError when the file cannot be written. */
  close(): Promise<void>;
}

const CHUNK_CHARS = 64 * 1024;

function writeError(name: string, cause: unknown): MarsadError {
  const code = cause instanceof Error && "code" in cause ? cause.code : undefined;
  const why =
    code === "ENOENT"
      ? "no such folder"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "ENOSPC"
          ? "the disk is full"
          : code === "EISDIR"
            ? "is a directory"
            : "cannot be written";
  return new MarsadError("input.unreadable", name, `cannot write the export: ${why}`, { cause });
}

function streamSink(stream: NodeJS.WritableStream, name: string, closeStream: boolean): Sink {
  let buffered = "";
  let failure: unknown;
  stream.on("error", (error) => (failure ??= error));
  const check = () => {
    if (failure !== undefined) throw writeError(name, failure);
  };
  const push = async () => {
    check();
    const text = buffered;
    buffered = "";
    if (!stream.write(text)) await Promise.race([once(stream, "drain"), once(stream, "error")]);
    check();
  };
  return {
    async write(text) {
      check();
      buffered += text;
      if (buffered.length >= CHUNK_CHARS) await push();
    },
    async close() {
      if (buffered !== "") await push();
      if (!closeStream) return;
      const finished = Promise.race([once(stream, "finish"), once(stream, "error")]);
      stream.end();
      await finished.catch(() => {});
      check();
    },
  };
}

/** A sink for `--out path`, or for standard output when `out` is undefined. */
export async function openSink(out: string | undefined, io: CliIo): Promise<Sink> {
  if (out !== undefined) {
    const stream = createWriteStream(out);
    const sink = streamSink(stream, out, true);
    // Fail on a bad path (no such folder, permission) before reading the store.
    await Promise.race([once(stream, "open"), once(stream, "error")]).catch(() => {});
    await sink.write("");
    return sink;
  }
  if (io.stdoutStream) return streamSink(io.stdoutStream, "-", false);
  return {
    write: async (text) => io.stdout(text),
    close: async () => {},
  };
}
