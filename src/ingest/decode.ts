/**
 * Bytes to text. Pure (Uint8Array and the WHATWG TextDecoder only) so it runs in a browser too.
 *
 * Detection, in order: byte order marks; known binary formats; UTF-16 without a BOM (one byte of
 * each pair mostly 0x00 or 0x06); NUL or control bytes (binary); strict UTF-8; Windows-1256 or
 * ISO-8859-6 chosen by byte statistics (legacy-arabic.ts); otherwise an `input.encoding` error.
 */
import { MarsadError } from "../doc/index.js";
import { looksBinary, recognizeBinary } from "./binary-signatures.js";
import { readLegacyArabic } from "./legacy-arabic.js";

export interface DecodeOptions {
  /** A WHATWG encoding label ("windows-1256", "cp1256", "utf-16le"); skips detection. */
  readonly encoding?: string;
}

export interface DecodedText {
  /** The text, without a byte order mark. */
  readonly text: string;
  /** Canonical WHATWG name of the encoding used: "utf-8", "utf-16le", "windows-1256", … */
  readonly encoding: string;
  /** True when the encoding was guessed from byte statistics rather than UTF-8, a BOM or the caller. */
  readonly guessed: boolean;
}

const ENCODING_HINT = "try --encoding windows-1256 (or the file's real encoding)";

/** How to name the input in a message: "-" is standard input, a URL is a page, anything else a file. */
function describe(input: string): string {
  if (input === "-") return "standard input";
  if (/^https?:\/\//i.test(input)) return "the page";
  return "the file";
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** Decodes strictly; a TypeError from the decoder means invalid bytes, reported as null. */
function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

/**
 * Byte offset of the first invalid (or truncated) UTF-8 sequence, or -1. A strict streaming decoder
 * finds the failing 64 KB chunk; a lenient decode of that region then shows the first U+FFFD that
 * does not stand for a genuine EF BF BD in the bytes.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const chunk = 65536;
  const strict = new TextDecoder("utf-8", { fatal: true });
  let failedAt = -1;
  for (let start = 0; start < bytes.length && failedAt < 0; start += chunk) {
    try {
      strict.decode(bytes.subarray(start, start + chunk), { stream: true });
    } catch {
      failedAt = start;
    }
  }
  if (failedAt < 0) {
    try {
      strict.decode();
      return -1;
    } catch {
      failedAt = Math.max(0, bytes.length - 4);
    }
  }
  // Start at a character boundary (not a 10xxxxxx continuation byte) just before the chunk.
  let from = Math.max(0, failedAt - 4);
  while (from > 0 && (bytes[from]! & 0xc0) === 0x80) from--;
  const region = bytes.subarray(from, Math.min(bytes.length, failedAt + chunk + 4));
  const text = new TextDecoder("utf-8").decode(region);
  const encoder = new TextEncoder();
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) {
    const offset = from + encoder.encode(text.slice(0, i)).length;
    const isGenuine = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!isGenuine) return offset;
  }
  return from;
}

type Utf16 = "utf-16le" | "utf-16be";

/**
 * UTF-16 without a BOM: in one byte of every pair (the high byte) nearly all values are 0x00
 * (Latin, digits, spaces) or 0x06 (Arabic), and the other byte is almost never 0x00. UTF-8 and
 * single-byte text never contain 0x00 or 0x06; binary formats have zeros on both sides.
 */
function sniffUtf16(bytes: Uint8Array): Utf16 | null {
  const units = Math.min(bytes.length, 8192) >> 1;
  if (units < 2) return null;
  const score = (highOffset: 0 | 1) => {
    let typical = 0;
    let zeroOrArabic = 0;
    let lowZero = 0;
    for (let u = 0; u < units; u++) {
      const highByte = bytes[2 * u + highOffset]!;
      const lowByte = bytes[2 * u + 1 - highOffset]!;
      if (highByte === 0x00 || highByte === 0x06) zeroOrArabic++;
      // 0x20: punctuation “ ” … and bidi marks; 0xFB/0xFE: Arabic presentation forms.
      if (
        highByte === 0x00 ||
        highByte === 0x06 ||
        highByte === 0x20 ||
        highByte === 0xfb ||
        highByte === 0xfe
      )
        typical++;
      if (lowByte === 0x00) lowZero++;
    }
    return typical >= units * 0.7 && zeroOrArabic >= units * 0.3 && lowZero <= units * 0.02;
  };
  if (score(1)) return "utf-16le";
  if (score(0)) return "utf-16be";
  return null;
}

/** Resolves a label to the decoder's canonical name, or fails with `option.invalid`. */
export function resolveEncoding(label: string): string {
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch (error) {
    throw new MarsadError(
      "option.invalid",
      "--encoding",
      `unknown encoding "${label}"; use a label such as utf-8, utf-16le, windows-1256 or iso-8859-6`,
      { cause: error },
    );
  }
  // Labels of encodings that are unsafe to decode (ISO-2022-KR, HZ, …) map to "replacement".
  if (encoding === "replacement") {
    throw new MarsadError("option.invalid", "--encoding", `the encoding "${label}" is not supported`);
  }
  return encoding;
}

function checkNotBlank(text: string, input: string): void {
  // \s covers NBSP, BOM and line separators; the rest are zero-width and bidi controls.
  if (/^[\s\u200b-\u200f\u202a-\u202e\u2060-\u2069\u061c]*$/.test(text)) {
    throw new MarsadError("input.empty", input, `${describe(input)} holds only whitespace`);
  }
}

function failBinary(bytes: Uint8Array, input: string): never {
  const kind = recognizeBinary(bytes);
  const looks = kind ? `looks like ${kind}` : "looks like binary data (it has NUL or control bytes)";
  throw new MarsadError("input.binary", input, `${describe(input)} ${looks}, not text`);
}

function decodeForced(bytes: Uint8Array, input: string, label: string): DecodedText {
  const encoding = resolveEncoding(label);
  const isUtf16 = encoding.startsWith("utf-16");
  if (recognizeBinary(bytes) || (!isUtf16 && looksBinary(bytes))) failBinary(bytes, input);
  const text = decodeStrict(bytes, encoding);
  if (text === null) {
    const where = encoding === "utf-8" ? ` (first bad byte at offset ${firstInvalidUtf8(bytes)})` : "";
    throw new MarsadError("input.encoding", input, `${describe(input)} is not valid ${encoding}${where}`);
  }
  checkNotBlank(text, input);
  return { text, encoding, guessed: false };
}

/**
 * Decodes the bytes of one input (a path, a URL or "-" names it in errors). Throws MarsadError:
 * `input.empty`, `input.binary`, `input.encoding`, or `option.invalid` for an unknown forced label.
 */
export function decodeText(bytes: Uint8Array, input: string, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) throw new MarsadError("input.empty", input, `${describe(input)} is empty`);
  if (options.encoding !== undefined) return decodeForced(bytes, input, options.encoding);

  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new MarsadError(
      "input.encoding",
      input,
      `${describe(input)} is UTF-32, which is not supported; convert it to UTF-8`,
    );
  }
  const bom: [readonly number[], string][] = [
    [[0xef, 0xbb, 0xbf], "utf-8"],
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"],
  ];
  for (const [mark, encoding] of bom) {
    if (!startsWith(bytes, mark)) continue;
    // The decoder drops the BOM itself (ignoreBOM is false by default).
    const text = decodeStrict(bytes, encoding);
    if (text === null) {
      throw new MarsadError(
        "input.encoding",
        input,
        `${describe(input)} starts with a ${encoding} byte order mark but is not valid ${encoding}`,
      );
    }
    checkNotBlank(text, input);
    return { text, encoding, guessed: false };
  }

  if (recognizeBinary(bytes)) failBinary(bytes, input);
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = decodeStrict(bytes, utf16);
    if (text === null) {
      throw new MarsadError(
        "input.encoding",
        input,
        `${describe(input)} looks like ${utf16} without a byte order mark, but is not valid ${utf16}`,
      );
    }
    checkNotBlank(text, input);
    return { text, encoding: utf16, guessed: true };
  }
  if (looksBinary(bytes)) failBinary(bytes, input);

  const utf8 = decodeStrict(bytes, "utf-8");
  if (utf8 !== null) {
    checkNotBlank(utf8, input);
    return { text: utf8, encoding: "utf-8", guessed: false };
  }
  const legacy = readLegacyArabic(bytes);
  if (legacy) {
    checkNotBlank(legacy.text, input);
    return { text: legacy.text, encoding: legacy.encoding, guessed: true };
  }
  throw new MarsadError(
    "input.encoding",
    input,
    `${describe(input)} is not valid UTF-8 (bad byte at offset ${firstInvalidUtf8(bytes)}) and does not read as Arabic in Windows-1256 or ISO-8859-6; ${ENCODING_HINT}`,
  );
}
