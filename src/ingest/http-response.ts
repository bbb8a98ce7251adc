/**
 * An HTTP/1.x response as a crawler stored it in a WARC response record: a status line, header
 * lines, an empty line, then the payload exactly as it came over the wire (possibly chunked, possibly
 * compressed). Pure: decompression is left to the caller (src/node), which has zlib.
 */

export interface HttpResponse {
  /** The status code (200, 301, 404, …). */
  readonly status: number;
  /** Header fields, names lower-cased; a repeated field keeps its values joined by ", ". */
  readonly headers: ReadonlyMap<string, string>;
  /** The payload after the headers, still as sent (chunked and Content-Encoding undone by the caller). */
  readonly body: Uint8Array;
}

/** HTTP headers larger than this many bytes are not a response we read. */
export const MAX_HTTP_HEADER_BYTES = 64 * 1024;

const STATUS_LINE = /^HTTP\/\d(?:\.\d)?\s+(\d{3})(?:\s|$)/;

/** Index just past the empty line that ends a header (CRLF CRLF, or bare LF LF), or -1. */
export function headerEnd(bytes: Uint8Array, limit: number): number {
  const end = Math.min(bytes.length, limit);
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1)) {
    if (bytes[i + 1] === 0x0a) return i + 2;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 3;
  }
  return -1;
}

/** Parses the stored response; a string says what is wrong with it. */
export function parseHttpResponse(block: Uint8Array): HttpResponse | string {
  const end = headerEnd(block, MAX_HTTP_HEADER_BYTES);
  if (end < 0) return "has an HTTP response without the empty line that ends its headers";
  const lines = new TextDecoder("latin1").decode(block.subarray(0, end)).split(/\r?\n/);
  const status = STATUS_LINE.exec(lines[0] ?? "")?.[1];
  if (status === undefined) return `has no HTTP status line (it starts "${(lines[0] ?? "").slice(0, 40)}")`;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    // Folded and malformed lines are ignored, as browsers do.
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const earlier = headers.get(name);
    headers.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
  }
  return { status: Number(status), headers, body: block.subarray(end) };
}

/**
 * Undoes `Transfer-Encoding: chunked` (RFC 9112 §7.1): hex size lines, each followed by that many
 * bytes, up to a zero-size chunk. Returns null when the body is not well-formed chunked data, which
 * happens when a crawler stored the decoded payload but kept the header.
 */
export function decodeChunked(body: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let total = 0;
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf(0x0a, at);
    if (lineEnd < 0 || lineEnd - at > 1024) return null;
    const line = new TextDecoder("latin1").decode(body.subarray(at, lineEnd));
    // A size may carry extensions after ";" (RFC 9112 §7.1.1).
    const size = /^([0-9a-fA-F]{1,8})[ \t]*(?:;.*)?\r?$/.exec(line)?.[1];
    if (size === undefined) return null;
    const length = parseInt(size, 16);
    at = lineEnd + 1;
    if (length === 0) break;
    if (at + length > body.length) return null;
    parts.push(body.subarray(at, at + length));
    total += length;
    at += length;
    if (body[at] === 0x0d) at++;
    if (body[at] !== 0x0a) return null;
    at++;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
