/**
 * Inflates a multi-member gzip stream (RFC 1952) one member at a time, as events: where each member
 * starts, its bytes, and what went wrong. A WARC.gz holds one member per record (ISO 28500 annex D),
 * so member starts are record starts for the WARC reader, and a bad member costs only its record.
 *
 * Node's own gunzip reads every member as one stream and cannot say where one ends or refuse one,
 * so the 10-byte member header is read here and the deflate data goes to zlib's raw inflater; the
 * inflater stops at the end of the deflate data and reports how many input bytes it used.
 *
 * A gzip bomb (a small member that inflates enormously: deflate reaches ~1000:1 on a run of zeros,
 * HTML rarely 20:1) is refused once it has given `ratioFloor` bytes at more than `maxRatio` times the
 * compressed bytes read, before it is inflated further.
 */
import { createInflateRaw, type InflateRaw } from "node:zlib";

/** A member whose output passes this many times its input is refused. */
export const DEFAULT_MAX_GZIP_RATIO = 200;
/** The ratio is checked once a member has given this many bytes (1 MiB), so small members pass. */
export const DEFAULT_GZIP_RATIO_FLOOR = 1024 * 1024;

export interface GzipMemberOptions {
  readonly maxRatio?: number;
  readonly ratioFloor?: number;
}

export type GzipEvent =
  /** A member starts at this compressed offset (bytes). */
  | { readonly kind: "member"; readonly offset: number }
  | { readonly kind: "data"; readonly bytes: Uint8Array }
  /** The member was refused; reading goes on at the next member. */
  | { readonly kind: "bomb"; readonly message: string }
  /** Bytes that are not gzip, or a member zlib cannot inflate; reading goes on at the next member. */
  | { readonly kind: "corrupt"; readonly offset: number; readonly message: string }
  /** The input ends inside a member. */
  | { readonly kind: "truncated"; readonly message: string };

/** Compressed bytes handed to the inflater at a time: bounds the output of one write. */
const FEED_BYTES = 16 * 1024;
const MAX_GZIP_HEADER_BYTES = 64 * 1024;
const EMPTY = new Uint8Array(0);

/** Pull-side buffer over the compressed chunks. */
class CompressedInput {
  private buffer: Uint8Array = EMPTY;
  /** Offset in the input of buffer[0]. */
  offset = 0;
  private isDone = false;
  private readonly iterator: AsyncIterator<Uint8Array | string>;

  constructor(chunks: AsyncIterable<Uint8Array | string>) {
    this.iterator = chunks[Symbol.asyncIterator]();
  }

  get bytes(): Uint8Array {
    return this.buffer;
  }

  /** Reads until at least `n` bytes are buffered; false when the input ends first. */
  async fill(n: number): Promise<boolean> {
    while (this.buffer.length < n && !this.isDone) {
      const next = await this.iterator.next();
      if (next.done) {
        this.isDone = true;
        break;
      }
      const chunk = typeof next.value === "string" ? new TextEncoder().encode(next.value) : next.value;
      if (this.buffer.length === 0) this.buffer = chunk;
      else {
        const joined = new Uint8Array(this.buffer.length + chunk.length);
        joined.set(this.buffer);
        joined.set(chunk, this.buffer.length);
        this.buffer = joined;
      }
    }
    return this.buffer.length >= n;
  }

  skip(n: number): void {
    this.buffer = this.buffer.subarray(n);
    this.offset += n;
  }

  /** Drops bytes up to the next gzip magic (1F 8B 08) after the first byte; false at the end. */
  async skipToMagic(): Promise<boolean> {
    this.skip(Math.min(1, this.buffer.length));
    for (;;) {
      const b = this.buffer;
      for (let i = b.indexOf(0x1f); i >= 0 && i + 2 < b.length; i = b.indexOf(0x1f, i + 1)) {
        if (b[i + 1] === 0x8b && b[i + 2] === 0x08) {
          this.skip(i);
          return true;
        }
      }
      // Keep the last two bytes: a magic may straddle the next chunk.
      this.skip(Math.max(0, b.length - 2));
      if (!(await this.fill(this.buffer.length + 1))) return false;
    }
  }
}

/**
 * Length of the gzip member header at the start of `bytes` (RFC 1952 §2.3): -1 when the bytes are
 * not a deflate gzip header, 0 when more bytes are needed.
 */
export function gzipHeaderLength(bytes: Uint8Array): number {
  if (bytes.length < 10) return bytes.length >= 3 && !isMagic(bytes) ? -1 : 0;
  if (!isMagic(bytes)) return -1;
  const flags = bytes[3]!;
  if (flags & 0xe0) return -1;
  let at = 10;
  if (flags & 0x04) {
    if (bytes.length < at + 2) return 0;
    at += 2 + (bytes[at]! | (bytes[at + 1]! << 8));
  }
  for (const flag of [0x08, 0x10]) {
    if (!(flags & flag)) continue;
    const zero = bytes.indexOf(0, at);
    if (zero < 0) return 0;
    at = zero + 1;
  }
  if (flags & 0x02) at += 2;
  return bytes.length < at ? 0 : at;
}

function isMagic(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}

/** Writes to the inflater; resolves once the chunk is processed or the inflater is gone. */
function write(engine: InflateRaw, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      engine.off("close", done);
      // Let output buffered by the stream machinery reach the 'data' listener first.
      setImmediate(resolve);
    };
    engine.once("close", done);
    engine.write(chunk, done);
  });
}

type MemberEnd = "ok" | "bomb" | "corrupt" | "truncated";

/** Inflates the member whose deflate data starts the input; yields its output, returns how it ended. */
async function* inflateMember(
  input: CompressedInput,
  maxRatio: number,
  ratioFloor: number,
): AsyncGenerator<GzipEvent, MemberEnd> {
  const engine = createInflateRaw();
  let produced = 0;
  let pending: Uint8Array[] = [];
  let isBomb = false;
  let failure: Error | undefined;
  engine.on("data", (chunk: Uint8Array) => {
    produced += chunk.length;
    pending.push(chunk);
    if (produced > ratioFloor && produced > maxRatio * Math.max(1, engine.bytesWritten)) {
      isBomb = true;
      engine.destroy();
    }
  });
  engine.on("error", (error) => (failure = error));
  try {
    for (;;) {
      if (!(await input.fill(1))) return "truncated";
      const slice = input.bytes.subarray(0, FEED_BYTES);
      const before = engine.bytesWritten;
      await write(engine, slice);
      const out = pending;
      pending = [];
      for (const bytes of out) yield { kind: "data", bytes };
      if (isBomb) return "bomb";
      if (failure) return "corrupt";
      const used = engine.bytesWritten - before;
      input.skip(used);
      if (used < slice.length) break;
    }
    // The 8-byte trailer: CRC-32, then the inflated size modulo 2^32.
    if (!(await input.fill(8))) return "truncated";
    const b = input.bytes;
    const size = (b[4]! | (b[5]! << 8) | (b[6]! << 16) | (b[7]! << 24)) >>> 0;
    if (size !== produced % 2 ** 32) return "corrupt";
    input.skip(8);
    return "ok";
  } finally {
    engine.destroy();
  }
}

/** Inflates every member of a gzip stream; see the module comment. */
export async function* inflateMembers(
  chunks: AsyncIterable<Uint8Array | string>,
  options: GzipMemberOptions = {},
): AsyncGenerator<GzipEvent> {
  const maxRatio = options.maxRatio ?? DEFAULT_MAX_GZIP_RATIO;
  const ratioFloor = options.ratioFloor ?? DEFAULT_GZIP_RATIO_FLOOR;
  const input = new CompressedInput(chunks);
  // After a bad stretch, magic bytes found inside deflate data fail too: say so only once.
  let isRecovering = false;
  while (await input.fill(1)) {
    // Some writers pad the end of a file with zeros.
    if (input.bytes.every((byte) => byte === 0) && !(await input.fill(input.bytes.length + 1))) return;
    let length = gzipHeaderLength(input.bytes);
    while (length === 0 && input.bytes.length < MAX_GZIP_HEADER_BYTES) {
      if (!(await input.fill(input.bytes.length + 1))) break;
      length = gzipHeaderLength(input.bytes);
    }
    if (length === 0 && input.bytes.length < MAX_GZIP_HEADER_BYTES) {
      yield { kind: "truncated", message: "the input ends inside a gzip member header" };
      return;
    }
    const offset = input.offset;
    if (length <= 0) {
      if (!isRecovering)
        yield { kind: "corrupt", offset, message: `the bytes at offset ${offset} are not a gzip member` };
      isRecovering = true;
      if (!(await input.skipToMagic())) return;
      continue;
    }
    yield { kind: "member", offset };
    input.skip(length);
    const end = yield* inflateMember(input, maxRatio, ratioFloor);
    if (end === "ok") {
      isRecovering = false;
      continue;
    }
    if (end === "truncated") {
      yield { kind: "truncated", message: "the input ends inside a gzip member" };
      return;
    }
    if (end === "bomb") {
      yield {
        kind: "bomb",
        message: `its gzip member inflates to more than ${maxRatio} times its size (a gzip bomb?); refused`,
      };
    } else if (!isRecovering) {
      yield { kind: "corrupt", offset, message: `its gzip member at offset ${offset} is corrupt` };
    }
    isRecovering = true;
    if (!(await input.skipToMagic())) return;
  }
}
