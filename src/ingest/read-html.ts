/**
 * The HTML reader: bytes of a news page in, the article's cleaned text, media, metadata and notes
 * out. Steps: decode (html-decode.ts); parse (parse5, then linkedom); metadata (html-metadata.ts),
 * read before anything is removed; furniture and captions out (html-boilerplate.ts); embeds
 * swapped for placeholders (html-media.ts); Mozilla Readability picks the article; its element is
 * turned into text (html-text.ts) and tidied like plain text (whitespace.ts).
 */
import { Readability } from "@mozilla/readability";
import { MarsadError, type DocumentMeta, type MediaItem, type Note } from "../doc/index.js";
import { removeBoilerplate } from "./html-boilerplate.js";
import { decodeHtml, type HtmlDecodeOptions } from "./html-decode.js";
import { parseHtmlDocument, type DomElement } from "./html-dom.js";
import { replaceEmbeds } from "./html-media.js";
import { findEmbeddedBody } from "./html-embedded.js";
import { dropLeadLines } from "./html-lead.js";
import { unhideCollapsedText } from "./html-main-block.js";
import { extractHtmlMetadata } from "./html-metadata.js";
import { htmlFragmentText } from "./html-fragment.js";
import { articleText } from "./html-text.js";
import { normalizeLineBreaks, normalizeSpaces, removeBidiControls, removeControls } from "./whitespace.js";

/** Id of the HTML reader in notes; bumped when the text it gives for the same page changes. */
export const READ_HTML_ID = "read-html@2";

/** Pages larger than this many bytes are refused: 16 MiB, many times the heaviest news page. */
export const DEFAULT_MAX_HTML_BYTES = 16 * 1024 * 1024;
/** Pages with more tags than this are refused before parsing, which keeps memory bounded. */
export const MAX_HTML_TAGS = 250_000;

export interface ReadHtmlOptions extends HtmlDecodeOptions {
  /** Size cap in bytes; default DEFAULT_MAX_HTML_BYTES. */
  readonly maxBytes?: number;
}

/** An HTML article ready for the pipeline: what readText gives, plus metadata and captions. */
export interface HtmlSource {
  readonly text: string;
  readonly media: readonly MediaItem[];
  readonly notes: readonly Note[];
  /** The encoding the bytes were read in. */
  readonly encoding: string;
  readonly meta: Omit<DocumentMeta, "source">;
  /** Photo captions and credits, kept out of the text. */
  readonly captions: readonly string[];
}

function info(code: string, message: string, severity: Note["severity"] = "info"): Note {
  return { severity, source: READ_HTML_ID, code, message };
}

function describe(input: string): string {
  if (input === "-") return "standard input";
  return /^https?:\/\//i.test(input) ? "the page" : "the file";
}

function countTags(text: string, limit: number): number {
  let count = 0;
  for (let at = text.indexOf("<"); at >= 0 && count <= limit; at = text.indexOf("<", at + 1)) {
    const next = text.charCodeAt(at + 1);
    // A letter, "/" or "!" after "<" opens markup; "a < b" in prose does not.
    if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90) || next === 47 || next === 33) count++;
  }
  return count;
}

/** Runs Readability; null when it finds nothing article-like. */
function pickArticle(doc: ReturnType<typeof parseHtmlDocument>, input: string): DomElement | null {
  try {
    const reader = new Readability<DomElement>(doc, {
      charThreshold: 300,
      maxElemsToParse: MAX_HTML_TAGS,
      keepClasses: false,
      serializer: (node: DomElement) => node,
    });
    return reader.parse()?.content ?? null;
  } catch (error) {
    if (error instanceof Error && /elements found/.test(error.message)) {
      throw new MarsadError(
        "input.too-large",
        input,
        `${describe(input)} has too many elements to read as an article`,
        {
          cause: error,
        },
      );
    }
    throw error;
  }
}

/** Lines left with only the bars between removed tool links ("طباعة | أرسل لصديق" without its links). */
function dropSeparatorLines(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/^[\s|·•/\\\-–—]+$/.test(line))
    .join("\n");
}

/**
 * Reads one HTML page (see the module comment); `input` names it in errors and notes. Throws
 * MarsadError: `input.too-large`, `input.empty`, `input.binary`, `input.encoding`.
 */
export function readHtml(bytes: Uint8Array, input: string, options: ReadHtmlOptions = {}): HtmlSource {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_HTML_BYTES;
  if (bytes.length > maxBytes) {
    const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    throw new MarsadError(
      "input.too-large",
      input,
      `${describe(input)} is ${mb(bytes.length)}, over the ${mb(maxBytes)} limit for an HTML page`,
    );
  }
  const decoded = decodeHtml(bytes, input, options);
  const tags = countTags(decoded.text, MAX_HTML_TAGS);
  if (tags > MAX_HTML_TAGS) {
    throw new MarsadError(
      "input.too-large",
      input,
      `${describe(input)} has more than ${MAX_HTML_TAGS} tags, far more than a news article`,
    );
  }
  const notes: Note[] = [...decoded.notes];
  const doc = parseHtmlDocument(decoded.text);
  const metadata = extractHtmlMetadata(doc);
  if (metadata.brokenJsonLd > 0)
    notes.push(
      info(
        "html.json-ld",
        `ignored ${metadata.brokenJsonLd} JSON-LD block(s) that are not valid JSON`,
        "warning",
      ),
    );
  const { published } = metadata.meta;
  if (published && published.includes("T") && !/(?:Z|[+-]\d{2}:\d{2})$/.test(published))
    notes.push(info("html.date-zone", `the page gives its date ${published} without a time zone`, "warning"));

  // Read before Readability, which strips scripts from the document it is given.
  const embedded = findEmbeddedBody(doc);
  const boilerplate = removeBoilerplate(doc);
  const { furniture, labelled, captions } = boilerplate.removed;
  if (furniture + labelled > 0)
    notes.push(
      info(
        "html.boilerplate",
        `removed ${furniture} furniture element(s) and ${labelled} labelled block(s) (related, share, follow, comments)`,
      ),
    );
  if (captions > 0)
    notes.push(info("html.caption", `kept ${captions} photo caption(s) and credit(s) out of the text`));
  const shown = unhideCollapsedText(doc);
  if (shown > 0)
    notes.push(info("html.collapsed", `read ${shown} hidden block(s) of article text ("read more")`));
  const embeds = replaceEmbeds(doc);
  const body = doc.body;
  const article = pickArticle(doc, input);
  if (!article)
    notes.push(
      info("html.no-article", "no article found by Readability: the whole page body was read", "warning"),
    );
  const extracted = articleText(article ?? body, embeds);

  const { title, author } = metadata.meta;
  const raw = dropSeparatorLines(dropLeadLines(normalizeLineBreaks(extracted.text), title, author ?? null));
  let text = normalizeSpaces(removeControls(removeBidiControls(raw).text).text);
  let media = extracted.media;
  // A client-rendered page sends a shell of markup and the article as data: when the data holds
  // well over twice the text the markup gave, the data is the article.
  if (embedded && embedded.value.length > 2 * text.length) {
    // Plain articleBody is often HTML-escaped ("&quot;"): read as paragraphs of markup either way.
    const fallback = htmlFragmentText(
      embedded.isHtml ? embedded.value : `<p>${embedded.value.split(/\n+/).join("</p><p>")}</p>`,
    );
    text = dropLeadLines(fallback.text, title, author ?? null);
    media = [...media, ...fallback.media];
    notes.push(info("html.embedded-body", `read the article body from the page's ${embedded.from} data`));
  }
  if (text === "") {
    throw new MarsadError(
      "input.empty",
      input,
      `${describe(input)} has no article text (only markup, furniture or embeds)`,
    );
  }
  const seen = new Set<string>();
  return {
    text,
    media: media.filter((item) => !seen.has(item.url) && seen.add(item.url)),
    notes,
    encoding: decoded.encoding,
    meta: metadata.meta,
    captions: boilerplate.captions,
  };
}
