/**
 * The header of one WARC record (ISO 28500, WARC/1.0 and WARC/1.1): a version line, then
 * `Name: value` fields up to an empty line. Field names are case-insensitive; WARC/1.0 allows a
 * value to continue on lines that start with a space or a tab.
 */

/** The fields of a WARC record header that Marsad reads; the rest stay in `fields`. */
export interface WarcHeader {
  /** "1.0" or "1.1". */
  readonly version: string;
  /** WARC-Type, lower-cased: "response", "request", "warcinfo", "metadata", … */
  readonly type: string;
  readonly targetUri: string | undefined;
  /** WARC-Date as written (ISO 8601, UTC): when the crawler captured the page. */
  readonly date: string | undefined;
  readonly recordId: string | undefined;
  /** Size of the record's block in bytes. */
  readonly contentLength: number;
  /** The record's own Content-Type ("application/http; msgtype=response"), not the page's. */
  readonly contentType: string | undefined;
  /** Every field, names lower-cased; a repeated field keeps its values joined by ", ". */
  readonly fields: ReadonlyMap<string, string>;
}

/** What is wrong with a header, in the user's terms; the caller names the record. */
export interface WarcHeaderProblem {
  readonly problem: "format" | "length";
  readonly message: string;
}

const VERSION_LINE = /^WARC\/(1\.[01])\s*$/;

/** True when the bytes start as a WARC/1.x version line would ("WARC/1."), as far as they go. */
export function startsLikeWarc(bytes: Uint8Array): boolean {
  const prefix = "WARC/1.";
  const n = Math.min(bytes.length, prefix.length);
  for (let i = 0; i < n; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** Strips the angle brackets some WARC/1.0 writers put around a URI (`<http://…>`). */
function bareUri(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^<(.*)>$/.exec(value);
  return match?.[1] ?? value;
}

/**
 * Parses a header's text (without the empty line that ends it). Returns the header, or the problem
 * that makes the record unreadable: no version line, or a missing or bad Content-Length.
 */
export function parseWarcHeader(text: string): WarcHeader | WarcHeaderProblem {
  const lines = text.split(/\r?\n/);
  const versionLine = lines[0] ?? "";
  const version = VERSION_LINE.exec(versionLine)?.[1];
  if (version === undefined) {
    const shown = versionLine.slice(0, 40);
    return {
      problem: "format",
      message: `does not start with a WARC/1.0 or WARC/1.1 line (it starts "${shown}")`,
    };
  }
  const fields = new Map<string, string>();
  let last: string | undefined;
  for (const line of lines.slice(1)) {
    if (line === "") continue;
    if ((line.startsWith(" ") || line.startsWith("\t")) && last !== undefined) {
      fields.set(last, `${fields.get(last) ?? ""} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) {
      return {
        problem: "format",
        message: `has a header line that is not "Name: value": "${line.slice(0, 40)}"`,
      };
    }
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    const earlier = fields.get(name);
    fields.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
    last = name;
  }
  const length = fields.get("content-length");
  if (length === undefined) return { problem: "length", message: "has no Content-Length" };
  if (!/^\d{1,15}$/.test(length))
    return { problem: "length", message: `has a bad Content-Length "${length}"` };
  return {
    version,
    type: (fields.get("warc-type") ?? "").toLowerCase(),
    targetUri: bareUri(fields.get("warc-target-uri")),
    date: fields.get("warc-date"),
    recordId: fields.get("warc-record-id"),
    contentLength: Number(length),
    contentType: fields.get("content-type"),
    fields,
  };
}

/** Type guard: the parse gave a problem, not a header. */
export function isWarcHeaderProblem(value: WarcHeader | WarcHeaderProblem): value is WarcHeaderProblem {
  return "problem" in value;
}
