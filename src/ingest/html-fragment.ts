/**
 * An HTML fragment (a feed item's description or content:encoded) to text, by the HTML reader's
 * own path without Readability: the fragment is the article, so nothing is picked or dropped as
 * boilerplate; embeds become media and blocks become lines (html-media.ts, html-text.ts).
 */
import type { MediaItem } from "../doc/index.js";
import { parseHtmlDocument } from "./html-dom.js";
import { replaceEmbeds } from "./html-media.js";
import { articleText } from "./html-text.js";
import { normalizeLineBreaks, normalizeSpaces, removeBidiControls, removeControls } from "./whitespace.js";

export interface FragmentText {
  /** Cleaned text; "" when the fragment holds no text. */
  readonly text: string;
  /** Media in document order, each URL once. */
  readonly media: readonly MediaItem[];
}

/** Text and media of an HTML fragment (see the module comment). */
export function htmlFragmentText(html: string): FragmentText {
  const doc = parseHtmlDocument(html);
  const embeds = replaceEmbeds(doc);
  const extracted = articleText(doc.body, embeds);
  const text = normalizeSpaces(
    removeControls(removeBidiControls(normalizeLineBreaks(extracted.text)).text).text,
  );
  const seen = new Set<string>();
  const media = extracted.media.filter((item) => !seen.has(item.url) && seen.add(item.url));
  return { text, media };
}
