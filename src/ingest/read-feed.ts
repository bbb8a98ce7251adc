/**
 * The feed reader: RSS 2.0, Atom (RFC 4287) and RDF (RSS 1.0) bytes in, one document per item
 * out, in document order. Per item: title; link resolved against xml:base, then the channel's or
 * feed's own link, then the feed's URL; date from pubDate, published/updated or dc:date as ISO 8601
 * (the feed's date stands in when the item has none, with a note); author; body from
 * content:encoded, Atom content or description/summary, HTML read by the HTML reader's text path
 * (html-fragment.ts). An item without body text yields a MarsadError (`feed.xml#3`) and the others
 * go on; so do the items before a fault in the XML (feed-xml.ts).
 */
import { MarsadError, type DocumentMeta, type MediaItem, type Note } from "../doc/index.js";
import { cleanText } from "./clean-text.js";
import type { DecodeOptions } from "./decode.js";
import { normalizeFeedDate } from "./feed-date.js";
import { parseFeedXml, type FeedFormat, type XmlObject, type XmlValue } from "./feed-xml.js";
import { htmlFragmentText } from "./html-fragment.js";
import type { IngestedDocument, IngestResult } from "./ingested.js";

/** Id of the feed reader in notes. */
export const READ_FEED_ID = "read-feed@1";

/** Feeds larger than this many bytes are refused: 16 MiB, hundreds of full-text items. */
export const DEFAULT_MAX_FEED_BYTES = 16 * 1024 * 1024;

export interface ReadFeedOptions extends DecodeOptions {
  /** Size cap in bytes; default DEFAULT_MAX_FEED_BYTES. */
  readonly maxBytes?: number;
  /** The feed's own URL, the last base for relative links; taken from `input` when that is a URL. */
  readonly url?: string;
}

function note(code: string, message: string, severity: Note["severity"] = "warning"): Note {
  return { severity, source: READ_FEED_ID, code, message };
}

function isObject(value: XmlValue | undefined): value is XmlObject {
  return typeof value === "object" && !Array.isArray(value);
}

function list(value: XmlValue | undefined): XmlValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Text of an element: its text node, or every text inside it in order (Atom xhtml content). */
function textOf(value: XmlValue | undefined): string {
  if (value === undefined) return "";
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value)) return value.map(textOf).find((text) => text !== "") ?? "";
  const own = value["#text"];
  if (own !== undefined && Object.keys(value).every((key) => key === "#text" || key.startsWith("@_")))
    return String(own);
  return Object.entries(value)
    .filter(([key]) => !key.startsWith("@_"))
    .map(([, child]) => (Array.isArray(child) ? child.map(textOf).join("\n\n") : textOf(child)))
    .filter((text) => text !== "")
    .join("\n\n");
}

function attribute(value: XmlValue | undefined, name: string): string | null {
  if (!isObject(value)) return null;
  const found = value[`@_${name}`];
  return found === undefined ? null : String(found).trim();
}

function child(parent: XmlObject, ...names: string[]): XmlValue | undefined {
  for (const name of names) {
    const found = parent[name];
    if (found !== undefined && textOf(found).trim() !== "") return found;
  }
  return undefined;
}

/** The page an item or feed points at: RSS <link> text, or Atom <link rel="alternate" href>. */
function linkOf(parent: XmlObject): string | null {
  const links = list(parent.link);
  const text = links.map((link) =>
    isObject(link) && link["@_href"] !== undefined ? "" : textOf(link).trim(),
  );
  const plain = text.find((value) => value !== "");
  if (plain) return plain;
  const atom = links.filter((link) => attribute(link, "href"));
  const alternate = atom.find((link) => (attribute(link, "rel") ?? "alternate") === "alternate") ?? atom[0];
  return attribute(alternate, "href");
}

function resolve(link: string, base: string | null): string | null {
  try {
    return new URL(link, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** A base URL from xml:base, itself relative to the base around it. */
function withBase(element: XmlObject, outer: string | null): string | null {
  const base = attribute(element, "base");
  return base ? (resolve(base, outer) ?? outer) : outer;
}

function plainTitle(raw: string): string | null {
  const title = /<[a-z!/]/i.test(raw) ? htmlFragmentText(raw).text : raw;
  const flat = title.replace(/\s+/g, " ").trim();
  return flat === "" ? null : flat;
}

/** "jane@example.com (Jane Doe)" as RSS <author> writes it → "Jane Doe"; Atom <author><name>. */
function authorOf(item: XmlObject): string | null {
  const [first] = list(item.author ?? item.creator);
  if (first === undefined) return null;
  const raw = isObject(first) && first.name !== undefined ? textOf(first.name) : textOf(first);
  const named = /^\S+@\S+\s*\((.+)\)$/.exec(raw.trim())?.[1] ?? raw;
  return named.trim() === "" ? null : named.trim();
}

interface Body {
  readonly text: string;
  readonly media: readonly MediaItem[];
  readonly notes: readonly Note[];
}

function bodyOf(item: XmlObject, format: FeedFormat, source: string): Body {
  const element =
    format === "atom" ? child(item, "content", "summary") : child(item, "encoded", "description");
  if (element === undefined) return { text: "", media: [], notes: [] };
  const [first] = list(element);
  const type = attribute(first, "type")?.toLowerCase() ?? (format === "atom" ? "text" : "html");
  // Atom type="xhtml" comes parsed; its text is already plain, like type="text".
  if (type === "html" || type === "text/html") return { ...htmlFragmentText(textOf(first)), notes: [] };
  const raw = textOf(first);
  try {
    return cleanText(raw, source);
  } catch (error) {
    if (error instanceof MarsadError) return { text: "", media: [], notes: [] };
    throw error;
  }
}

interface FeedContext {
  readonly format: FeedFormat;
  readonly base: string | null;
  readonly date: string | null;
}

function readItem(item: XmlObject, source: string, feed: FeedContext): IngestedDocument {
  const body = bodyOf(item, feed.format, source);
  if (body.text === "") {
    throw new MarsadError(
      "input.empty",
      source,
      `the item has no body text (no ${feed.format === "atom" ? "content or summary" : "description or content:encoded"})`,
    );
  }
  const notes: Note[] = [...body.notes];
  const meta: { -readonly [K in keyof DocumentMeta]?: DocumentMeta[K] } = {};
  const title = plainTitle(textOf(child(item, "title")));
  if (title) meta.title = title;
  const author = authorOf(item);
  if (author) meta.author = author;

  const base = withBase(item, feed.base);
  const guid = item.guid;
  const link =
    linkOf(item) ??
    (feed.format === "rdf" ? attribute(item, "about") : null) ??
    (attribute(guid, "isPermaLink") !== "false" && /^https?:/i.test(textOf(guid).trim())
      ? textOf(guid).trim()
      : null);
  if (link) {
    const url = resolve(link, base);
    if (url && /^https?:/.test(url)) meta.url = url;
    else
      notes.push(
        note("feed.link", `the item's link "${link.slice(0, 80)}" is relative and the feed gives no base`),
      );
  }

  const rawDate = textOf(child(item, "published", "pubDate", "date", "updated", "issued", "modified")).trim();
  const published = rawDate === "" ? null : normalizeFeedDate(rawDate);
  if (published) meta.published = published;
  else if (rawDate !== "")
    notes.push(note("feed.date", `ignored an item date that does not parse: "${rawDate.slice(0, 60)}"`));
  else if (feed.date) {
    meta.published = feed.date;
    notes.push(note("feed.date", "the item has no date: the feed's own date was used", "info"));
  }
  if (meta.published && meta.published.includes("T") && !/(?:Z|[+-]\d{2}:\d{2})$/.test(meta.published))
    notes.push(note("feed.date-zone", `the date ${meta.published} has no time zone`));
  return { source, text: body.text, media: body.media, notes, meta };
}

/**
 * Reads a feed (see the module comment); `input` names it, and item N is `${input}#${N}`. Throws
 * MarsadError when no item can be read (too large, undecodable, an HTML page, not a feed); yields
 * one per bad item, and the XML's fault after the items read before it.
 */
export function* readFeed(
  bytes: Uint8Array,
  input: string,
  options: ReadFeedOptions = {},
): Generator<IngestResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FEED_BYTES;
  if (bytes.length > maxBytes) {
    const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    throw new MarsadError(
      "input.too-large",
      input,
      `the feed is ${mb(bytes.length)}, over the ${mb(maxBytes)} limit`,
    );
  }
  const { format, root, fault } = parseFeedXml(
    bytes,
    input,
    options.encoding === undefined ? {} : { encoding: options.encoding },
  );
  // RSS keeps items in <channel>; RDF beside it; Atom in <feed> itself.
  const [channel] = list(root.channel).filter(isObject);
  const frame = format === "atom" ? root : (channel ?? {});
  const own = options.url ?? (/^https?:\/\//i.test(input) ? input : null);
  const rootBase = withBase(root, own);
  const frameLink = linkOf(frame);
  const base = withBase(frame, frameLink ? (resolve(frameLink, rootBase) ?? rootBase) : rootBase);
  const rawDate = textOf(child(frame, "pubDate", "lastBuildDate", "date", "updated")).trim();
  const context: FeedContext = { format, base, date: rawDate === "" ? null : normalizeFeedDate(rawDate) };
  const items = list(format === "atom" ? root.entry : format === "rdf" ? root.item : frame.item);
  let number = 0;
  for (const item of items) {
    number++;
    const source = `${input}#${number}`;
    if (!isObject(item)) {
      yield new MarsadError("input.empty", source, "the item is empty");
      continue;
    }
    try {
      yield readItem(item, source, context);
    } catch (error) {
      if (error instanceof MarsadError) yield error;
      else throw error;
    }
  }
  if (fault) yield fault;
  else if (number === 0)
    yield new MarsadError("input.empty", input, `the feed has no ${format === "atom" ? "entries" : "items"}`);
}
