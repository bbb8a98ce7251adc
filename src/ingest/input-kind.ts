/**
 * What an input is, from its first bytes rather than its name:
 * - "feed": XML whose root element is <rss>, <feed> (Atom) or <rdf:RDF> (RSS 1.0), after a BOM,
 *   an XML declaration, comments, processing instructions and a doctype;
 * - "html": a page starts (after the same prologue) with a doctype or a tag of the document's
 *   frame, or has <html>, <head> or <body> early on; scraped text with a stray tag does not;
 * - "jsonl": the first non-blank line is a JSON object (a line longer than the bytes given counts
 *   when it opens like one, `{"`);
 * - "text": anything else.
 */

export type InputKind = "feed" | "html" | "jsonl" | "text";

/** How many leading bytes a caller should give detectInputKind: enough for the first line of a corpus. */
export const INPUT_KIND_HEAD_BYTES = 64 * 1024;

/** How many leading bytes the markup checks read. */
const MARKUP_BYTES = 2048;

const PROLOGUE = /^(?:<\?[^>]*>\s*|<!--[\s\S]*?-->\s*|<!doctype\s+(?!html)[^[>]*(?:\[[\s\S]*?\])?\s*>\s*)*/i;
const FEED_ROOT = /^<(?:rss|feed|(?:[\w.-]+:)?RDF)[\s>/]/;
const FRAME_START =
  /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|base|script|style)\b/i;
const FRAME_ANYWHERE = /<(?:!doctype\s+html|html|head|body)[\s>]/i;

function decodeHead(bytes: Uint8Array, limit: number): string {
  const head = bytes.subarray(0, limit);
  const [a, b] = head;
  if (a === 0xff && b === 0xfe) return new TextDecoder("utf-16le").decode(head);
  if (a === 0xfe && b === 0xff) return new TextDecoder("utf-16be").decode(head);
  // Markup is ASCII in every encoding the decoder supports besides UTF-16, so Latin-1 reads it.
  return new TextDecoder("latin1").decode(head);
}

const LEADING = /^[\uFEFF\u00EF\u00BB\u00BF\s]+/;

/** The markup after the XML prologue, for the root-element checks. */
export function afterPrologue(text: string): string {
  return text.replace(LEADING, "").replace(PROLOGUE, "");
}

function isJsonlHead(bytes: Uint8Array): boolean {
  // JSON is UTF-8 (RFC 8259 §8.1); a JSON object opens with "{" in every byte-oriented encoding.
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  const start = text.search(/\S/);
  if (start < 0 || text[start] !== "{") return false;
  const end = text.indexOf("\n", start);
  if (end < 0 && bytes.length >= INPUT_KIND_HEAD_BYTES) return /^\{\s*"/.test(text.slice(start));
  try {
    const value: unknown = JSON.parse(text.slice(start, end < 0 ? undefined : end));
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** What the bytes are (see the module comment); give at least the first INPUT_KIND_HEAD_BYTES. */
export function detectInputKind(bytes: Uint8Array): InputKind {
  const head = decodeHead(bytes, MARKUP_BYTES).replace(LEADING, "");
  if (FEED_ROOT.test(afterPrologue(head))) return "feed";
  if (FRAME_START.test(head) || FRAME_ANYWHERE.test(head)) return "html";
  if (isJsonlHead(bytes.subarray(0, INPUT_KIND_HEAD_BYTES))) return "jsonl";
  return "text";
}
