/**
 * @module ingest
 * Readers: bytes of an article (plain text or an HTML page) in, cleaned text with media, notes
 * and, for pages, metadata out; readers of many documents (a feed, a JSONL corpus read as a stream
 * of bytes) yield one cleaned document or one MarsadError per record. Pure (no node: modules),
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
export { detectLanguage, languageNote, LANGUAGE_ID, type DetectedLanguage } from "./detect-language.js";
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
export { detectInputKind, INPUT_KIND_HEAD_BYTES, type InputKind } from "./input-kind.js";
export type { IngestedDocument, IngestResult } from "./ingested.js";
export {
  readJsonl,
  readJsonlLine,
  READ_JSONL_ID,
  DEFAULT_JSONL_FIELDS,
  DEFAULT_MAX_LINE_BYTES,
  type JsonlFields,
  type ReadJsonlOptions,
} from "./read-jsonl.js";
export { readFeed, READ_FEED_ID, DEFAULT_MAX_FEED_BYTES, type ReadFeedOptions } from "./read-feed.js";
export { normalizeFeedDate } from "./feed-date.js";
export { htmlFragmentText, type FragmentText } from "./html-fragment.js";
