/**
 * A feed's bytes to a parsed XML tree (fast-xml-parser), after the checks a feed URL needs: the
 * declared encoding, a root that is <rss>, <feed> or <rdf:RDF> (an HTML error page says so), and
 * well-formedness. Malformed or truncated XML is not the end: the items before the fault are kept
 * and the fault is reported beside them.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { MarsadError } from "../doc/index.js";
import { decodeText, resolveEncoding, type DecodeOptions } from "./decode.js";
import { afterPrologue } from "./input-kind.js";

export type FeedFormat = "rss" | "atom" | "rdf";

/** A parsed XML element as fast-xml-parser gives it: text, or children and "@_" attributes. */
export type XmlValue = string | number | boolean | XmlObject | XmlValue[];
export interface XmlObject {
  readonly [name: string]: XmlValue | undefined;
}

export interface ParsedFeed {
  readonly format: FeedFormat;
  /** The root element (<rss>, <feed> or <rdf:RDF>), namespace prefixes removed. */
  readonly root: XmlObject;
  /** What was wrong with the XML, when only the part before a fault could be read. */
  readonly fault: MarsadError | null;
}

/** Repeated elements always come as arrays, so one item and many read the same. */
const ALWAYS_ARRAY = new Set(["item", "entry", "link", "author", "category"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // content:encoded → encoded, dc:date → date, rdf:RDF → RDF, xml:base → @_base.
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: false,
  // Entities declared in a doctype are expanded, within limits (no "billion laughs").
  processEntities: { enabled: true, maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000 },
  isArray: (name) => ALWAYS_ARRAY.has(name),
});

function describe(input: string): string {
  if (input === "-") return "standard input";
  return /^https?:\/\//i.test(input) ? "the feed" : "the file";
}

function decodeFeed(bytes: Uint8Array, input: string, options: DecodeOptions): string {
  if (options.encoding !== undefined) return decodeText(bytes, input, options).text;
  const declared = /^[\uFEFF\u00EF\u00BB\u00BF\s]*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(
    new TextDecoder("latin1").decode(bytes.subarray(0, 512)),
  )?.[1];
  let encoding: string | undefined;
  try {
    encoding = declared === undefined ? undefined : resolveEncoding(declared);
  } catch {
    encoding = undefined; // an unknown label: detect instead
  }
  // UTF-16 is told by its byte order mark; the declaration is only read when it says a single-byte encoding.
  if (encoding !== undefined && encoding !== "utf-8" && !encoding.startsWith("utf-16"))
    return decodeText(bytes, input, { encoding }).text;
  return decodeText(bytes, input).text;
}

function checkRoot(text: string, input: string): FeedFormat {
  const markup = afterPrologue(text.slice(0, 4096));
  const root = /^<([\w.:-]+)/.exec(markup)?.[1];
  if (root === "rss") return "rss";
  if (root === "feed") return "atom";
  if (root !== undefined && /^(?:[\w.-]+:)?RDF$/.test(root)) return "rdf";
  if (
    /^<!doctype\s+html|^<html[\s>]/i.test(markup) ||
    /<(?:html|head|body)[\s>]/i.test(markup.slice(0, 2048))
  ) {
    const title = /<title[^>]*>([^<]{1,120})/i.exec(text.slice(0, 65536))?.[1]?.replace(/\s+/g, " ").trim();
    throw new MarsadError(
      "input.format",
      input,
      `${describe(input)} is an HTML page, not an RSS, Atom or RDF feed${title ? ` ("${title}")` : ""}; the server may have sent an error page`,
    );
  }
  if (root === undefined) {
    throw new MarsadError(
      "input.format",
      input,
      `${describe(input)} is not XML; expected an RSS, Atom or RDF feed`,
    );
  }
  throw new MarsadError(
    "input.format",
    input,
    `${describe(input)} is XML with root element <${root}>, not an RSS, Atom or RDF feed`,
  );
}

/** The byte-less offset of 1-based line and column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  for (let n = 1; n < line && at >= 0; n++) at = text.indexOf("\n", at) + 1 || -1;
  return at < 0 ? text.length : Math.min(text.length, at + Math.max(0, column - 1));
}

/** The end of the last complete item or entry before `limit`, or 0. */
function lastItemEnd(text: string, limit: number): number {
  const closing = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/g;
  let end = 0;
  for (
    let match = closing.exec(text);
    match && match.index + match[0].length <= limit;
    match = closing.exec(text)
  )
    end = match.index + match[0].length;
  return end;
}

function parseTree(text: string): Record<string, XmlValue | undefined> {
  const tree: unknown = parser.parse(text);
  return typeof tree === "object" && tree !== null ? (tree as Record<string, XmlValue | undefined>) : {};
}

function rootOf(tree: Record<string, XmlValue | undefined>, format: FeedFormat): XmlObject {
  const root = tree[format === "rss" ? "rss" : format === "atom" ? "feed" : "RDF"];
  const first = Array.isArray(root) ? root[0] : root;
  return typeof first === "object" && first !== null && !Array.isArray(first) ? first : {};
}

/**
 * Decodes and parses a feed. Throws MarsadError when nothing can be read: not decodable
 * (decode.ts), an HTML page, XML that is not a feed. Faulty XML gives the readable part and a `fault`.
 */
export function parseFeedXml(bytes: Uint8Array, input: string, options: DecodeOptions = {}): ParsedFeed {
  const text = decodeFeed(bytes, input, options);
  const format = checkRoot(text, input);
  const verdict = XMLValidator.validate(text);
  if (verdict === true) {
    try {
      return { format, root: rootOf(parseTree(text), format), fault: null };
    } catch (error) {
      // The validator passes some XML the parser rejects (`<?xml ver1.0"?>`: "Pi Tag is not closed").
      const why = error instanceof Error ? ` (${error.message})` : "";
      throw new MarsadError("input.format", input, `${describe(input)} is not well-formed XML${why}`, {
        cause: error,
      });
    }
  }

  const { line, col, msg } = verdict.err;
  // The validator reports tags left open at the end as one "Invalid '[…]' found" at 1:1.
  const unclosed = /^Invalid '\[([^\]]*)\]' found/.exec(msg)?.[1];
  const truncated = unclosed !== undefined;
  const cut = lastItemEnd(text, truncated ? text.length : offsetOf(text, line, col));
  let root: XmlObject = {};
  try {
    root = rootOf(parseTree(text.slice(0, cut)), format);
  } catch {
    root = {}; // nothing before the fault parses: report the fault alone
  }
  const where = `${describe(input)} ${
    truncated
      ? `ends before its XML is complete (unclosed ${(unclosed.match(/"[^"]*"/g) ?? [])
          .map((name) => `<${name.slice(1, -1)}>`)
          .join(", ")}): it looks truncated`
      : `is not well-formed XML at line ${line}, column ${col} (${msg})`
  }`;
  const fault = new MarsadError(
    truncated ? "input.truncated" : "input.format",
    input,
    `${where}; only the complete items before the fault were read`,
  );
  return { format, root, fault };
}
