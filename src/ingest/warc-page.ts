/**
 * From a WARC response record to the HTML page in it: the stored HTTP response is parsed, anything
 * but a 200 HTML response is passed over (redirects, errors, images and scripts are most of a crawl
 * and are not mistakes), and a chunked body is reassembled. Content-Encoding (gzip, deflate, br) is
 * reported, not undone: decompression needs zlib, which lives in src/node.
 */
import { MarsadError } from "../doc/index.js";
import { charsetOfContentType } from "./html-charset.js";
import { decodeChunked, parseHttpResponse } from "./http-response.js";
import type { WarcRecord } from "./read-warc.js";

/** An HTML page found in a WARC file. */
export interface WarcPage {
  /** 1-based position of the record in the file, counting every record. */
  readonly record: number;
  /** `file.warc.gz#record N`: how errors and notes name the page. */
  readonly input: string;
  /** WARC-Target-URI: the page's address. */
  readonly uri: string | undefined;
  /** WARC-Date: when the page was captured (ISO 8601, UTC). */
  readonly date: string | undefined;
  readonly recordId: string | undefined;
  /** The HTTP Content-Type ("text/html; charset=windows-1256"); pass it on to readHtml. */
  readonly contentType: string;
  /** The canonical charset the Content-Type names, or null. */
  readonly charset: string | null;
  /** The payload: chunked transfer coding and Content-Encoding already undone. */
  readonly body: Uint8Array;
}

/** A page whose Content-Encoding is still to be undone. */
export interface EncodedWarcPage extends WarcPage {
  /** Content-Encoding codings in the order applied, lower-cased; empty for none. */
  readonly contentEncoding: readonly string[];
}

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;

/** Whether a payload with no declared type looks like HTML (WHATWG MIME sniffing, much reduced). */
function looksLikeHtml(body: Uint8Array): boolean {
  const head = new TextDecoder("latin1")
    .decode(body.subarray(0, 512))
    .replace(/^[\s\u00ef\u00bb\u00bf]+/, "");
  return /^<(?:!doctype\s+html|html|head|body)\b/i.test(head);
}

/**
 * The page in a response record; null when the record is not a 200 HTML response; a MarsadError
 * (`warc.format`) when its HTTP response cannot be read.
 */
export function warcResponsePage(record: WarcRecord): EncodedWarcPage | MarsadError | null {
  const { header } = record;
  // A response record holds HTTP unless it says otherwise (dns: records hold "text/dns").
  if (header.contentType !== undefined && !/http/i.test(header.contentType)) return null;
  const response = parseHttpResponse(record.block);
  if (typeof response === "string")
    return new MarsadError("warc.format", record.input, `the record ${response}`);
  if (response.status !== 200) return null;
  // Common Crawl keeps the type it identified beside the declared one.
  const declared = response.headers.get("content-type") ?? header.fields.get("warc-identified-payload-type");
  if (declared !== undefined ? !HTML_TYPE.test(declared) : !looksLikeHtml(response.body)) return null;
  const contentType = declared ?? "text/html";
  const transfer = (response.headers.get("transfer-encoding") ?? "").toLowerCase();
  // A crawler that stored the decoded payload may keep the header: then the body is not chunked.
  const body = (transfer.includes("chunked") && decodeChunked(response.body)) || response.body;
  const contentEncoding = (response.headers.get("content-encoding") ?? "")
    .toLowerCase()
    .split(",")
    .map((coding) => coding.trim())
    .filter((coding) => coding !== "" && coding !== "identity");
  return {
    record: record.record,
    input: record.input,
    uri: header.targetUri,
    date: header.date,
    recordId: header.recordId,
    contentType,
    charset: charsetOfContentType(contentType),
    body,
    contentEncoding,
  };
}
