/**
 * Scraping residue: what is left when a scraper flattens an embed to text. Typically a URL with
 * the rest of its tag glued on, URL-encoded or not:
 *   https://youtube.com/watch?v=ID%22+width%3D%22560%22+allowfullscreen%3D%22%22%3E%3C
 *   https://www.youtube.com/embed/ID" width="560" height="315" frameborder="0" allowfullscreen>
 * plus lines holding only tag attributes, encoded markup or stray brackets. The URL before the
 * first quote or bracket is kept as a media item; the rest goes.
 */
import type { MediaItem } from "../doc/index.js";
import { classifyMediaUrl } from "./media-url.js";
import { REMOVED_GAP, WORD, withoutMarkers, type Removal } from "./removal.js";

/** A URL and everything glued to it up to the next space or removal marker. */
// eslint-disable-next-line no-control-regex -- a URL ends at a removal marker (a control character)
const URL_TOKEN = /(?:\bhttps?:\/\/|\bwww\.)[^\s\u0000\u0001]+/gi;

/** Where a tag's URL attribute ends: a quote or bracket, raw, URL-encoded or backslash-escaped. */
const URL_END = /%22|%27|%3C|%3E|%5C|["'<>\\]/i;

/**
 * What follows a URL cut out of a tag: an attribute with a quoted value (width="560", raw or
 * encoded), a bracket, or a quote closing the tag. A bare `a=b` is not enough: an apostrophe in a
 * prose URL's query (?q=it's&x=1) must not make it residue, nor a lone ">" after an autolink.
 */
const TAG_TAIL = /[\w-](?:=|%3D)(?:["']|%22|%27)|%3C|%3E|<|>.|^["']\/?>/i;

/** One tag attribute: a name, optionally ="value". Items are separated by required spaces (no backtracking blow-up). */
const ATTRIBUTE = String.raw`[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s"'<>]+))?`;

/** Attributes after a residue URL, up to an optional tag end. Always matches (maybe nothing). */
const ATTRIBUTES = new RegExp(String.raw`^(?:\s+${ATTRIBUTE})*\s*\/?>?`);

/** A line of tag attributes, e.g. `width="560" height="315" frameborder="0" allowfullscreen>`. */
const ATTRIBUTE_LINE = new RegExp(String.raw`^["']?\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*\/?>?$`);
/** An attribute that embeds carry; a line of attributes needs one (or a closing ">") to count as residue. */
const EMBED_ATTRIBUTE =
  /\b(?:width|height|frameborder|allowfullscreen|allow|src|style|class|scrolling|loading|referrerpolicy|data-[\w-]+)\s*=/i;
/** A word of URL-encoded markup: two or more of %22 %3C %3D %3E and no letter outside ASCII. */
const ENCODED_MARKUP = /^[\x21-\x7e]*$/;
const ENCODED_PARTS = /%22|%3C|%3D|%3E/gi;
/** Brackets and quotes alone on a line: the end of a tag whose start was removed. */
const BRACKETS_ONLY = /^[\s"'/]*[<>][\s<>"'/]*$/;

/** Sentence punctuation that ends a URL in prose rather than belonging to it. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}،؛؟»”’"']+$/;

export interface ResidueResult {
  readonly text: string;
  readonly removals: readonly Removal[];
  /** Media URLs that stay in the prose (not removed) but still belong in the media layer. */
  readonly media: readonly MediaItem[];
}

/** Length of the attributes glued after a residue URL, when they hold a name=value pair or a ">". */
function gluedAttributes(rest: string): number {
  const run = ATTRIBUTES.exec(rest)?.[0] ?? "";
  return /[=>]/.test(run) ? run.length : 0;
}

/** Replaces residue URLs (a URL with the rest of its tag glued on) by REMOVED_GAP. */
function removeResidueUrls(line: string, removals: Removal[]): string {
  let out = "";
  let last = 0;
  for (const match of line.matchAll(URL_TOKEN)) {
    const start = match.index;
    const token = match[0];
    const cut = URL_END.exec(token);
    if (!cut) continue;
    const url = token.slice(0, cut.index);
    const glued = token.slice(cut.index);
    let end = start + token.length;
    // A lone quote closed src="…"; the tag's other attributes may follow after a space.
    const more = gluedAttributes(line.slice(end));
    if (!TAG_TAIL.test(glued) && !(/^["']$/.test(glued) && more > 0)) continue;
    end += more;
    removals.push({ code: "clean.residue", text: line.slice(start, end), media: classifyMediaUrl(url) });
    out += line.slice(last, start) + REMOVED_GAP;
    last = end;
  }
  return out + line.slice(last);
}

/** The media items of the URLs left in a line (prose links to videos, images…), not removed. */
function mediaInProse(line: string): MediaItem[] {
  const media: MediaItem[] = [];
  for (const [token] of line.matchAll(URL_TOKEN)) {
    const cut = URL_END.exec(token);
    const url = (cut ? token.slice(0, cut.index) : token).replace(TRAILING_PUNCTUATION, "");
    const item = classifyMediaUrl(url);
    if (item && item.type !== "link") media.push(item);
  }
  return media;
}

/**
 * Cleans one line: residue URLs and encoded markup go first; then a line left holding only a media
 * URL, or only tag attributes and brackets, goes whole.
 */
function cleanLine(line: string, removals: Removal[], media: MediaItem[]): string {
  if (line.trim() === "") return line;
  const urlsRemoved = removeResidueUrls(line, removals);
  // Encoded markup needs a "%": most lines have none and skip a callback per word.
  const out = urlsRemoved.includes("%")
    ? urlsRemoved.replace(WORD, (word) => removeEncodedMarkup(word, removals))
    : urlsRemoved;
  // What the line will read once the removal markers are resolved.
  const rest = withoutMarkers(out).trim();
  const found = mediaInProse(rest);
  const alone = found.length === 1 && /^\S+$/.test(rest) ? found[0] : undefined;
  if (alone) {
    removals.push({ code: "clean.media", text: rest, media: alone });
    return REMOVED_GAP;
  }
  if (isMarkupLine(rest)) {
    removals.push({ code: "clean.residue", text: rest, media: null });
    return REMOVED_GAP;
  }
  media.push(...found);
  return out;
}

/** A line of tag attributes or bare brackets, with no Arabic in it. */
function isMarkupLine(line: string): boolean {
  if (line === "" || /[\u0600-\u06ff]/.test(line)) return false;
  if (BRACKETS_ONLY.test(line)) return true;
  return ATTRIBUTE_LINE.test(line) && (EMBED_ATTRIBUTE.test(line) || /["']\s*\/?>$/.test(line));
}

function removeEncodedMarkup(word: string, removals: Removal[]): string {
  if (!word.includes("%") || !ENCODED_MARKUP.test(word) || /https?:\/\//i.test(word)) return word;
  if ((word.match(ENCODED_PARTS) ?? []).length < 2) return word;
  removals.push({ code: "clean.residue", text: word, media: null });
  return REMOVED_GAP;
}

/** Removes scraping residue line by line (see the module comment); removed text becomes REMOVED_GAP. */
export function removeScrapingResidue(text: string): ResidueResult {
  const removals: Removal[] = [];
  const media: MediaItem[] = [];
  const lines = text.split("\n").map((line) => cleanLine(line, removals, media));
  return { text: lines.join("\n"), removals, media };
}
