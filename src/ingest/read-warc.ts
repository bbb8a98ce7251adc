/**
 * A push reader of WARC records (ISO 28500, WARC/1.0 and WARC/1.1): uncompressed bytes in, in pieces
 * of any size, complete records and per-record errors out. Pure and bounded: a record's block is
 * kept only when `keep` wants it and it is at most `maxRecordBytes`; every other block is counted off
 * without being stored. A broken record gives a MarsadError naming `input#record N` and the reader
 * looks for the next line that starts "WARC/1.", so the good records after it are still read.
 *
 * Compression is the caller's (src/node/warc-stream.ts): it calls `boundary()` where a gzip member
 * starts, since a WARC.gz holds one record per member (ISO 28500 annex D), which makes a member's
 * end a hard end for a record whose Content-Length runs past it.
 */
import { MarsadError, type ErrorCode } from "../doc/index.js";
import { headerEnd } from "./http-response.js";
import { isWarcHeaderProblem, parseWarcHeader, startsLikeWarc, type WarcHeader } from "./warc-header.js";

/** Record blocks larger than this many bytes are skipped with an error: 16 MiB, as for an HTML page. */
export const DEFAULT_MAX_WARC_RECORD_BYTES = 16 * 1024 * 1024;
/** A WARC header longer than this many bytes is not a header. */
export const MAX_WARC_HEADER_BYTES = 64 * 1024;

export interface WarcReaderOptions {
  /** Largest block kept, in bytes; default DEFAULT_MAX_WARC_RECORD_BYTES. */
  readonly maxRecordBytes?: number;
  /** Which records to keep the block of; default: response records. Others are skipped unread. */
  readonly keep?: (header: WarcHeader) => boolean;
}

/** One complete record the reader was asked to keep. */
export interface WarcRecord {
  /** 1-based position of the record in the input, counting every record, kept or not. */
  readonly record: number;
  /** `input#record N`: how errors and notes name this record. */
  readonly input: string;
  readonly header: WarcHeader;
  readonly block: Uint8Array;
}

export interface WarcReader {
  /** Reads the next bytes; returns the records and errors they complete. */
  push(bytes: Uint8Array): (WarcRecord | MarsadError)[];
  /** A gzip member starts here: a record still open is cut off (its Content-Length is wrong). */
  boundary(): (WarcRecord | MarsadError)[];
  /** The caller gave up on the current stretch (a gzip bomb, corrupt data): report it and resync. */
  fail(code: ErrorCode, message: string): (WarcRecord | MarsadError)[];
  /** The input ended: a record still open is truncated. */
  end(): (WarcRecord | MarsadError)[];
}

const CR = 0x0d;
const LF = 0x0a;
/** What the reader looks for to resync: a line starting "WARC/1.". */
const RESYNC = new TextEncoder().encode("\nWARC/1.");
const EMPTY = new Uint8Array(0);

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1 && parts[0]!.length === total) return parts[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** True for the records Marsad reads pages from: HTTP responses. */
export function isResponseRecord(header: WarcHeader): boolean {
  return header.type === "response";
}

type State = "header" | "block" | "trailer" | "resync";

class PushReader implements WarcReader {
  private readonly maxRecordBytes: number;
  private readonly keep: (header: WarcHeader) => boolean;
  private out: (WarcRecord | MarsadError)[] = [];
  private state: State = "header";
  /** Number of the current (or last) record. */
  private record = 0;
  /** A record is begun and not yet finished or reported. */
  private isOpen = false;
  /** The current record already has its error; later trouble in it is not reported again. */
  private isReported = false;
  private head = new Uint8Array(1024);
  private headLength = 0;
  private header: WarcHeader | undefined;
  private isKept = false;
  private remaining = 0;
  private parts: Uint8Array[] = [];
  private trailerSeen = 0;
  /** How much of RESYNC the bytes just read match. */
  private matched = 0;

  constructor(
    private readonly input: string,
    options: WarcReaderOptions,
  ) {
    this.maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_WARC_RECORD_BYTES;
    this.keep = options.keep ?? isResponseRecord;
  }

  push(bytes: Uint8Array): (WarcRecord | MarsadError)[] {
    this.consume(bytes);
    return this.flush();
  }

  boundary(): (WarcRecord | MarsadError)[] {
    if (this.state === "header" && this.headLength > 0) {
      this.error("warc.truncated", "its gzip member ends inside its header");
    } else if (this.state === "block") {
      const got = (this.header?.contentLength ?? 0) - this.remaining;
      this.error(
        "warc.length",
        `its Content-Length of ${this.header?.contentLength} bytes runs past the end of its gzip member, ${got} bytes in; skipped`,
      );
    } else if (this.state === "trailer") {
      this.finishRecord();
    }
    this.reset("header");
    return this.flush();
  }

  fail(code: ErrorCode, message: string): (WarcRecord | MarsadError)[] {
    if (this.state !== "resync") {
      if (!this.isOpen) this.begin();
      this.error(code, message);
      this.reset("resync");
    }
    return this.flush();
  }

  end(): (WarcRecord | MarsadError)[] {
    if (this.state === "header" && this.headLength > 0) {
      this.error("warc.truncated", "the input ends inside its header");
    } else if (this.state === "block") {
      const length = this.header?.contentLength ?? 0;
      this.error(
        "warc.truncated",
        `the input ends ${length - this.remaining} bytes into its ${length}-byte block; skipped`,
      );
    } else if (this.state === "trailer") {
      this.finishRecord();
    }
    this.reset("header");
    return this.flush();
  }

  private flush(): (WarcRecord | MarsadError)[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private begin(): void {
    this.record++;
    this.isOpen = true;
    this.isReported = false;
  }

  private error(code: ErrorCode, message: string): void {
    if (this.isOpen && !this.isReported) {
      this.out.push(new MarsadError(code, `${this.input}#record ${this.record}`, message));
    }
    this.isReported = true;
  }

  private reset(state: "header" | "resync", matched = 0): void {
    this.isOpen = false;
    this.header = undefined;
    this.parts = [];
    this.isKept = false;
    this.headLength = 0;
    this.state = state;
    this.matched = matched;
  }

  private consume(bytes: Uint8Array): void {
    let at = 0;
    while (at < bytes.length) {
      if (this.state === "header") at = this.readHeader(bytes, at);
      else if (this.state === "block") at = this.readBlock(bytes, at);
      else if (this.state === "trailer") at = this.readTrailer(bytes, at);
      else at = this.resync(bytes, at);
    }
  }

  private appendHead(bytes: Uint8Array): void {
    if (this.headLength + bytes.length > this.head.length) {
      const grown = new Uint8Array(Math.max(this.head.length * 2, this.headLength + bytes.length));
      grown.set(this.head.subarray(0, this.headLength));
      this.head = grown;
    }
    this.head.set(bytes, this.headLength);
    this.headLength += bytes.length;
  }

  /** Garbage where a header should be: report it, then look for the next record in what follows. */
  private notAHeader(garbage: Uint8Array): void {
    const text = new TextDecoder("latin1").decode(garbage.subarray(0, 40)).replace(/[\r\n].*$/s, "");
    this.error(
      "warc.format",
      `the record does not start with a WARC/1.0 or WARC/1.1 line (it starts "${text}")`,
    );
    this.reset("resync");
  }

  private readHeader(bytes: Uint8Array, start: number): number {
    let at = start;
    if (this.headLength === 0) {
      // Records are separated by CRLF CRLF; tolerate more (or fewer) line breaks between them.
      while (at < bytes.length && (bytes[at] === CR || bytes[at] === LF)) at++;
      if (at === bytes.length) return at;
      this.begin();
      const view = bytes.subarray(at, at + MAX_WARC_HEADER_BYTES);
      if (!startsLikeWarc(view)) {
        this.notAHeader(view);
        return at + 1;
      }
      const end = headerEnd(view, view.length);
      if (end >= 0) {
        this.readHeaderText(view.subarray(0, end));
        return at + end;
      }
      if (view.length === MAX_WARC_HEADER_BYTES) {
        this.notAHeader(view);
        return at + 1;
      }
      this.appendHead(view);
      return at + view.length;
    }
    // The header began in an earlier piece.
    const before = this.headLength;
    const view = bytes.subarray(at, at + MAX_WARC_HEADER_BYTES - before);
    this.appendHead(view);
    const head = this.head.subarray(0, this.headLength);
    const from = Math.max(0, before - 3);
    const found = startsLikeWarc(head) ? headerEnd(head.subarray(from), head.length) : -1;
    if (found >= 0) {
      const end = from + found;
      this.readHeaderText(head.subarray(0, end));
      return at + (end - before);
    }
    if (startsLikeWarc(head) && this.headLength < MAX_WARC_HEADER_BYTES) return at + view.length;
    const garbage = head.slice(1);
    this.notAHeader(head);
    this.consume(garbage);
    return at + view.length;
  }

  private readHeaderText(bytes: Uint8Array): void {
    const parsed = parseWarcHeader(new TextDecoder("utf-8").decode(bytes).replace(/\s+$/, ""));
    if (isWarcHeaderProblem(parsed)) {
      this.error(parsed.problem === "length" ? "warc.length" : "warc.format", `the record ${parsed.message}`);
      // The header ended with a line break: the next line may be a record.
      this.reset("resync", 1);
      return;
    }
    this.header = parsed;
    this.headLength = 0;
    this.isKept = this.keep(parsed);
    if (this.isKept && parsed.contentLength > this.maxRecordBytes) {
      this.error(
        "warc.too-large",
        `the record is ${megabytes(parsed.contentLength)}, over the ${megabytes(this.maxRecordBytes)} limit; skipped`,
      );
      this.isKept = false;
    }
    this.remaining = parsed.contentLength;
    this.parts = [];
    this.trailerSeen = 0;
    this.state = parsed.contentLength === 0 ? "trailer" : "block";
  }

  private readBlock(bytes: Uint8Array, at: number): number {
    const n = Math.min(this.remaining, bytes.length - at);
    // A copy, so that a kept block does not pin the caller's (larger) buffer.
    if (this.isKept) this.parts.push(bytes.slice(at, at + n));
    this.remaining -= n;
    if (this.remaining === 0) {
      this.state = "trailer";
      this.trailerSeen = 0;
    }
    return at + n;
  }

  private readTrailer(bytes: Uint8Array, start: number): number {
    let at = start;
    while (at < bytes.length && this.trailerSeen < 4) {
      if (bytes[at] !== (this.trailerSeen % 2 === 0 ? CR : LF)) {
        this.badLength();
        return at;
      }
      this.trailerSeen++;
      at++;
    }
    if (this.trailerSeen === 4) this.finishRecord();
    return at;
  }

  /**
   * The block does not end in CRLF CRLF, so its Content-Length is wrong. Too short: the next record
   * comes later in the stream. Too long: the block swallowed the start of the next record, so a
   * kept block is searched again for a line starting "WARC/1.".
   */
  private badLength(): void {
    const length = this.header?.contentLength ?? 0;
    this.error(
      "warc.length",
      `its Content-Length of ${length} bytes does not match its block (no empty line follows it); skipped`,
    );
    const block = this.isKept ? concat(this.parts, length) : EMPTY;
    const trailer = new Uint8Array(this.trailerSeen).map((_, i) => (i % 2 === 0 ? CR : LF));
    this.reset("resync");
    this.consume(block);
    this.consume(trailer);
  }

  private finishRecord(): void {
    const header = this.header;
    if (header && this.isKept && !this.isReported) {
      this.out.push({
        record: this.record,
        input: `${this.input}#record ${this.record}`,
        header,
        block: concat(this.parts, header.contentLength),
      });
    }
    this.reset("header");
  }

  private resync(bytes: Uint8Array, start: number): number {
    for (let at = start; at < bytes.length; at++) {
      const byte = bytes[at];
      if (byte === RESYNC[this.matched]) this.matched++;
      else this.matched = byte === LF ? 1 : 0;
      if (this.matched === RESYNC.length) {
        this.reset("header");
        this.begin();
        this.appendHead(RESYNC.subarray(1));
        return at + 1;
      }
    }
    return bytes.length;
  }
}

/** A push reader for one WARC input; `input` (a path or "-") names it in errors. */
export function readWarc(input: string, options: WarcReaderOptions = {}): WarcReader {
  return new PushReader(input, options);
}
