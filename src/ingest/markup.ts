/**
 * Leftover HTML in plain scraped text: <script>/<style> blocks, comments, embeds (<iframe>,
 * <video>, <img>…, whose URL is kept as a media item) and tags of known HTML elements. Only
 * known element names count as tags, so "a < b" or "<3" in prose stays. Whole HTML pages are a
 * job for the HTML reader (parse5), not for this.
 */
import type { MediaItem, MediaType } from "../doc/index.js";
import { classifyMediaUrl } from "./media-url.js";
import { REMOVED, REMOVED_GAP, type Removal } from "./removal.js";

const BLOCK_START = /<(script|style|noscript|template)\b[^<>]*>/gi;

/** Elements whose URL attribute is the media, and the type to give it when the URL says nothing. */
const EMBEDS: Readonly<Record<string, MediaType>> = {
  iframe: "embed",
  embed: "embed",
  object: "embed",
  video: "video",
  source: "video",
  audio: "audio",
  img: "image",
};

/**
 * An embed tag up to its ">", or to the end of the line when the scraper cut it off. Quotes are
 * not balanced on purpose: scraped tags often lose a closing quote.
 */
const EMBED_TAG = /<(iframe|embed|object|video|source|audio|img)\b([^<>\n]*)>?/gi;
const URL_ATTRIBUTE =
  /\b(?:src|data-src|data-lazy-src|data|poster|href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** HTML elements seen in scraped news; a tag is removed only when its name is one of these. */
const ELEMENTS = new Set(
  (
    "a abbr article aside b bdi bdo big blockquote body br button caption center cite code col colgroup dd del details " +
    "dfn div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img " +
    "input ins kbd label li link main mark meta nav object ol p param picture pre q s samp section small source span " +
    "script strike strong style sub summary sup svg table template noscript tbody td tfoot th thead time title tr track tt u ul video audio wbr"
  ).split(" "),
);
/** Tags that end a line when rendered: replaced by a line break rather than by nothing. */
const LINE_BREAKING = new Set(
  "article aside blockquote br div dl dt dd figure footer h1 h2 h3 h4 h5 h6 header hr li p pre section table tr ul ol".split(
    " ",
  ),
);
const TAG = /<\/?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>/g;

function mediaOfTag(name: string, attributes: string): MediaItem | null {
  for (const match of attributes.matchAll(URL_ATTRIBUTE)) {
    const value = (match[1] ?? match[2] ?? match[3] ?? "").trim();
    const item = classifyMediaUrl(value);
    if (!item) continue; // relative URL, data: URI, javascript:
    const fallback = EMBEDS[name.toLowerCase()] ?? "embed";
    return item.type === "link" ? { type: fallback, url: item.url } : item;
  }
  return null;
}

/**
 * Removes <script>, <style>, <noscript> and <template> elements with their content. Scans once: a
 * start tag whose end tag never comes is left to the tag pass, and later ones of that name too
 * (a lazy regex would rescan the rest of the text for each of them).
 */
function removeBlocks(text: string, removals: Removal[]): string {
  let out = "";
  let last = 0;
  const unclosed = new Set<string>();
  const starts = new RegExp(BLOCK_START.source, "gi");
  for (let start = starts.exec(text); start; start = starts.exec(text)) {
    const name = (start[1] ?? "").toLowerCase();
    if (unclosed.has(name)) continue;
    const end = new RegExp(`</${name}\\s*>`, "gi");
    end.lastIndex = starts.lastIndex;
    const close = end.exec(text);
    if (!close) {
      unclosed.add(name);
      continue;
    }
    removals.push({ code: "clean.script", text: `<${name}> block`, media: null });
    out += text.slice(last, start.index) + REMOVED_GAP;
    last = end.lastIndex;
    starts.lastIndex = last;
  }
  return out + text.slice(last);
}

/** Removes <!-- comments -->; an unclosed one stays (and so do the ones after it). */
function removeComments(text: string): { text: string; count: number } {
  let out = "";
  let last = 0;
  let count = 0;
  for (let start = text.indexOf("<!--"); start >= 0; start = text.indexOf("<!--", last)) {
    const end = text.indexOf("-->", start + 4);
    if (end < 0) break;
    out += text.slice(last, start) + REMOVED;
    last = end + 3;
    count++;
  }
  return { text: out + text.slice(last), count };
}

export interface StrippedMarkup {
  readonly text: string;
  /** Embeds and scripts, one each; plain tags are counted in `tags`. */
  readonly removals: readonly Removal[];
  readonly tags: number;
}

/** Removes leftover markup (see the module comment); removed text becomes a removal marker. */
export function stripMarkup(text: string): StrippedMarkup {
  if (!text.includes("<")) return { text, removals: [], tags: 0 };
  const removals: Removal[] = [];
  const comments = removeComments(removeBlocks(text, removals));
  let tags = comments.count;
  let out = comments.text;
  out = out.replace(EMBED_TAG, (tag, name: string, attributes: string) => {
    removals.push({ code: "clean.markup", text: tag, media: mediaOfTag(name, attributes) });
    return REMOVED_GAP;
  });
  out = out.replace(TAG, (tag, name: string) => {
    const element = name.toLowerCase();
    if (!ELEMENTS.has(element)) return tag;
    tags++;
    if (LINE_BREAKING.has(element) && (element === "br" || tag.startsWith("</"))) return "\n";
    const isSeparate = Object.hasOwn(EMBEDS, element) || element === "script" || element === "style";
    return isSeparate ? REMOVED_GAP : REMOVED;
  });
  return { text: out, removals, tags };
}
