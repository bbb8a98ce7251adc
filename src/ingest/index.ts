/**
 * @module ingest
 * Readers: bytes of an article in, cleaned text with media and notes out. Pure (no node: modules),
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
