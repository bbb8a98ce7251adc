/**
 * The article element to plain text: block elements end lines, paragraphs and headings are
 * separated by a blank line, list items and <br> by a line break, inline elements join. Media
 * placeholders and links to media are collected on the way, in document order.
 */
import type { MediaItem } from "../doc/index.js";
import { isElement, textOf, TEXT_NODE, type DomElement, type DomNode } from "./html-dom.js";
import { mediaOfLink, PLACEHOLDER } from "./html-media.js";

/** Elements after which a paragraph ends. */
const PLACEHOLDER_TEST = new RegExp(PLACEHOLDER.source);

const PARAGRAPH = new Set(
  "p div td h1 h2 h3 h4 h5 h6 blockquote section article header footer main figure table pre ul ol dl form address hgroup details summary center".split(
    " ",
  ),
);
/** Elements after which a line ends. */
const LINE = new Set("li tr dt dd br hr caption".split(" "));
/** Elements that a run of links makes navigation ("الرئيسية | محليات", "طباعة | أرسل لصديق"). */
const LINK_BLOCKS = new Set("p div td li ul ol table section font center".split(" "));

/** Share of the text inside links, 0–1. */
function linkDensity(element: DomElement): number {
  const text = textOf(element).length;
  if (text === 0) return 0;
  const links = Array.from(element.querySelectorAll("a")).reduce((sum, link) => sum + textOf(link).length, 0);
  return links / text;
}

/** Elements whose content is not text. */
const SKIP = new Set(
  "script style noscript template svg head img picture source iframe button select".split(" "),
);

export interface ArticleText {
  readonly text: string;
  /** Media in document order: placeholders of `embeds` and links to media. */
  readonly media: MediaItem[];
}

/** Text of an article element (see the module comment); `embeds` resolves placeholders. */
export function articleText(root: DomElement, embeds: readonly MediaItem[]): ArticleText {
  const parts: string[] = [];
  const media: MediaItem[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      const text = (node.textContent ?? "").replace(/[\s\n]+/g, " ");
      parts.push(
        text.replace(PLACEHOLDER, (_, index: string) => {
          const item = embeds[Number(index)];
          if (item) media.push(item);
          return "\n\n";
        }),
      );
      return;
    }
    if (!isElement(node)) return;
    const tag = node.localName;
    if (SKIP.has(tag)) return;
    // A block that is mostly links is a menu or a tool bar, unless it holds an embed placeholder.
    if (LINK_BLOCKS.has(tag) && linkDensity(node) >= 0.6 && !PLACEHOLDER_TEST.test(node.textContent ?? ""))
      return;
    if (tag === "a") {
      const item = mediaOfLink(node.getAttribute("href") ?? "");
      if (item) media.push(item);
    }
    if (PARAGRAPH.has(tag)) parts.push("\n\n");
    for (const child of Array.from(node.childNodes)) walk(child);
    if (PARAGRAPH.has(tag)) parts.push("\n\n");
    else if (LINE.has(tag)) parts.push("\n");
    else if (tag === "th") parts.push(" ");
  };
  walk(root);
  return { text: parts.join(""), media };
}
