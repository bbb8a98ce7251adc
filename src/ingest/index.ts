/**
 * @module ingest
 * Readers: bytes of an article (plain text or an HTML page) in, cleaned text with media, notes
 * and, for pages, metadata out. Pure (no node: modules),
 * so the same code reads a file in the CLI and a dropped file in a browser.
 */
export {
  decodeText,
  resolveEncoding,
  firstInvalidUtf8,
  type DecodeOptions,
  type DecodedText,
} from "./decode.js";
export { cleanText, CLEAN_ID, type CleanedText } from "./clean-text.js";
export { classifyMediaUrl } from "./media-url.js";
export { readText, DECODE_ID, type TextSource } from "./read-text.js";
export {
  readHtml,
  READ_HTML_ID,
  DEFAULT_MAX_HTML_BYTES,
  MAX_HTML_TAGS,
  type HtmlSource,
  type ReadHtmlOptions,
} from "./read-html.js";
export { decodeHtml, HTML_DECODE_ID, type HtmlDecodeOptions, type DecodedHtml } from "./html-decode.js";
export { sniffHtmlCharset, charsetOfContentType } from "./html-charset.js";
export { extractHtmlMetadata, stripSiteName, type HtmlMetadata } from "./html-metadata.js";
export { normalizeDate, parseArabicDate } from "./html-date.js";
export { detectInputKind, type InputKind } from "./input-kind.js";
