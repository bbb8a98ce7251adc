/**
 * Splits a stream of bytes into numbered lines without ever holding more than one line (and at most
 * `maxLineBytes` of it): the rest of an over-long line is counted and dropped, not buffered, so a
 * corpus of any size, or a single 100 MB line, reads in bounded memory. Pure: Uint8Array only.
 */

/** A line of the stream: its bytes without the line break, or only its size when over the cap. */
export type ByteLine =
  | { readonly number: number; readonly bytes: Uint8Array; readonly tooLong?: undefined }
  | { readonly number: number; readonly bytes?: undefined; readonly tooLong: { readonly size: number } };

const LF = 0x0a;
const CR = 0x0d;

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/**
 * Lines of `chunks`, numbered from 1; LF or CRLF ends a line, and a last line without a break
 * counts. Lines longer than `maxLineBytes` bytes come back as `tooLong` with their size.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine> {
  const encoder = new TextEncoder();
  let parts: Uint8Array[] = [];
  let kept = 0; // bytes held in parts
  let size = 0; // bytes of the current line so far, held or not
  let number = 0;
  const finish = (): ByteLine => {
    number++;
    const line: ByteLine =
      size > maxLineBytes ? { number, tooLong: { size } } : { number, bytes: trimCr(concat(parts, kept)) };
    parts = [];
    kept = 0;
    size = 0;
    return line;
  };
  const take = (piece: Uint8Array) => {
    size += piece.length;
    if (size > maxLineBytes) {
      // Over the cap: drop what is held, and keep counting.
      parts = [];
      kept = 0;
      return;
    }
    parts.push(piece);
    kept += piece.length;
  };
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    let start = 0;
    for (let end = bytes.indexOf(LF); end >= 0; end = bytes.indexOf(LF, start)) {
      take(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    // Copy the tail: the stream may reuse its buffer for the next chunk.
    if (start < bytes.length) take(bytes.slice(start));
  }
  if (size > 0) yield finish();
}

function trimCr(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, bytes.length - 1) : bytes;
}
