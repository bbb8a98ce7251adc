/** Builds small WARC files for the WARC tests: records, HTTP responses and Arabic pages we write. */

const encoder = new TextEncoder();

export function bytesOf(value: Uint8Array | string): Uint8Array {
  return typeof value === "string" ? encoder.encode(value) : value;
}

export function join(...parts: readonly (Uint8Array | string)[]): Uint8Array {
  const arrays = parts.map(bytesOf);
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.length;
  }
  return out;
}

/** A short Arabic news page; `n` varies its text. */
export function arabicPage(n: number, charset = "utf-8"): string {
  const paragraph =
    "أعلنت البلدية صباح اليوم عن خطة لتوسيع الحدائق العامة في الأحياء الشرقية، وقالت إن العمل يبدأ الشهر المقبل ويستمر عاما كاملا.";
  return (
    `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="${charset}"><title>خبر رقم ${n}</title></head>` +
    `<body><article><h1>خبر رقم ${n}</h1><p>${paragraph}</p><p>${paragraph} (${n})</p></article></body></html>`
  );
}

export interface HttpOptions {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

/** An HTTP/1.1 response as a crawler stores it; Content-Type defaults to UTF-8 HTML. */
export function httpResponse(body: Uint8Array | string, options: HttpOptions = {}): Uint8Array {
  const status = options.status ?? 200;
  const headers = { "Content-Type": "text/html; charset=utf-8", ...options.headers };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return join(`HTTP/1.1 ${status} X\r\n`, ...lines, "\r\n", body);
}

export interface RecordOptions {
  readonly type?: string;
  readonly uri?: string;
  readonly version?: string;
  /** A Content-Length that lies; default the block's real length. */
  readonly contentLength?: number | string;
  readonly contentType?: string;
}

/** One WARC record: header, block, CRLF CRLF. */
export function warcRecord(block: Uint8Array | string, options: RecordOptions = {}): Uint8Array {
  const bytes = bytesOf(block);
  const type = options.type ?? "response";
  const contentType =
    options.contentType ??
    (type === "request" ? "application/http; msgtype=request" : "application/http; msgtype=response");
  const header =
    `WARC/${options.version ?? "1.0"}\r\n` +
    `WARC-Type: ${type}\r\n` +
    `WARC-Target-URI: ${options.uri ?? "https://example.com/"}\r\n` +
    `WARC-Date: 2024-05-01T10:00:00Z\r\n` +
    `WARC-Record-ID: <urn:uuid:${Math.random().toString(16).slice(2)}>\r\n` +
    `Content-Type: ${contentType}\r\n` +
    `Content-Length: ${options.contentLength ?? bytes.length}\r\n\r\n`;
  return join(header, bytes, "\r\n\r\n");
}

/** A response record holding page `n` at https://example.com/n. */
export function pageRecord(n: number, options: HttpOptions = {}): Uint8Array {
  return warcRecord(httpResponse(arabicPage(n), options), { uri: `https://example.com/${n}` });
}

export function warcinfo(): Uint8Array {
  return warcRecord("software: marsad-test\r\nformat: WARC File Format 1.0\r\n", {
    type: "warcinfo",
    contentType: "application/warc-fields",
  });
}

/** Splits bytes into pieces of `size` bytes, as a stream would deliver them. */
export function pieces(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}
