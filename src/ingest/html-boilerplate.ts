/**
 * Page furniture removed before the article is picked, where Readability needs help on Arabic
 * pages: blocks opened by an Arabic label (اقرأ أيضا، مواضيع ذات صلة، شارك، تابعونا، الأكثر قراءة…),
 * elements whose class, id or role names furniture (cookie banners, share bars, comments, related
 * lists), and photo captions and credits, which are kept apart rather than dropped.
 */
import { matchKey } from "../text/index.js";
import {
  BOILERPLATE_LABELS,
  BOILERPLATE_WORDS,
  BYLINE_LABELS,
  BYLINE_WORDS,
  CAPTION_LABELS,
  CAPTION_WORDS,
} from "./html-cues.js";
import { parseArabicDate } from "./html-date.js";
import { all, isElement, textOf, TEXT_NODE, type DomDocument, type DomElement } from "./html-dom.js";
import { findMainBlock } from "./html-main-block.js";

/** Elements that are never article prose. */
const FURNITURE_TAGS = [
  "nav, aside, form, button, select, input, textarea, dialog, noscript, template, svg, style, link",
  // AMP's ads, trackers, menus and share buttons (amp.dev component names).
  "amp-ad, amp-embed, amp-sticky-ad, amp-analytics, amp-sidebar, amp-social-share, amp-list",
].join(", ");

/** Media elements: a caption is the text of a figure or image box that is not one of these. */
const MEDIA =
  "img, picture, video, audio, iframe, embed, object, amp-img, amp-youtube, amp-video, amp-iframe, blockquote";

function fold(text: string): string {
  return matchKey(text)
    .replace(/[«»"'“”:：.،,|()\-–—…!؟?]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const LABELS = [...new Set(BOILERPLATE_LABELS.map(fold))];
const CAPTIONS = [...new Set(CAPTION_LABELS.map(fold))];
const BYLINES = [...new Set(BYLINE_LABELS.map(fold))];

/** True when the text is a label, alone or followed by a few words (a heading "اقرأ أيضا:"). */
function isLabel(text: string, labels: readonly string[]): boolean {
  const folded = fold(text);
  return labels.some((label) => folded === label);
}

function startsWithLabel(text: string, labels: readonly string[]): boolean {
  const folded = fold(text);
  return labels.some((label) => folded === label || folded.startsWith(`${label} `));
}

function wordsOf(element: DomElement): string[] {
  const attributes = ["class", "id", "role", "data-component", "data-testid", "aria-label"];
  return attributes
    .flatMap((name) => (element.getAttribute(name) ?? "").toLowerCase().split(/[\s_-]+/))
    .filter(Boolean);
}

/** Length of the text inside links over the length of all the text, 0–1. */
function linkDensity(element: DomElement): number {
  const text = textOf(element).length;
  if (text === 0) return 0;
  const links = all(element, "a").reduce((sum, link) => sum + textOf(link).length, 0);
  return links / text;
}

export interface BoilerplateResult {
  /** Caption and credit lines, in page order, as displayed. */
  readonly captions: string[];
  /** How many blocks were removed, by reason. */
  readonly removed: { readonly furniture: number; readonly labelled: number; readonly captions: number };
}

/** The article's main container if the page marks it; never removed by class words. */
function isProtected(element: DomElement, bodyLength: number, main: DomElement | null): boolean {
  const tag = element.localName;
  if (main && element.contains(main)) return true;
  if (tag === "html" || tag === "body" || tag === "main" || tag === "article") return true;
  if (element.getAttribute("itemprop") === "articleBody") return true;
  // A wrapper holding most of the page ("page-with-sidebar", "content-and-comments").
  return textOf(element).length > Math.max(2000, bodyLength * 0.5);
}

/** Removes the block a label heads: its container when that is a list of links, else the label and the list after it. */
function removeLabelledBlock(label: DomElement, main: DomElement | null): void {
  let block = label;
  // Climb while the parent holds little besides this block and links.
  for (
    let parent = block.parentElement;
    parent && parent.localName !== "body";
    parent = parent.parentElement
  ) {
    if (parent.localName === "article" || parent.localName === "main") break;
    if (main && parent.contains(main)) break;
    const own = textOf(parent).length;
    const rest = own - textOf(block).length;
    if (own > 1500 || (rest > 40 && linkDensity(parent) < 0.5)) break;
    block = parent;
  }
  if (block === label) {
    // The label stands among the article's paragraphs: take the link list that follows it.
    let next = label.nextElementSibling;
    while (
      next &&
      (["ul", "ol"].includes(next.localName) || (linkDensity(next) > 0.6 && textOf(next).length < 300))
    ) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
  }
  block.remove();
}

const MEDIA_TAGS = new Set(MEDIA.split(", "));

/** Moves the text of `container` that holds no media into `out`, removing it from the page. */
function takeText(container: DomElement, out: string[]): void {
  for (const child of Array.from(container.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      const text = (child.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text) out.push(text);
      child.remove();
    } else if (isElement(child) && !MEDIA_TAGS.has(child.localName)) {
      if (child.querySelector(MEDIA)) takeText(child, out);
      else {
        const text = textOf(child);
        if (text) out.push(text);
        child.remove();
      }
    }
  }
}

/**
 * Text beside a picture in a small box (a figure, or a div holding an image and a line of text) is
 * its caption or credit even without a class that says so: "صدر الصورة، Getty Images",
 * "محطة وقود - أرشيفية". Returns the number of boxes read.
 */
function takeImageBoxCaptions(doc: DomDocument, main: DomElement | null, captions: string[]): number {
  let count = 0;
  for (const box of all(doc.body, "figure, div")) {
    if (!doc.body.contains(box) || (main && box.contains(main))) continue;
    if (!box.querySelector("img, picture, amp-img")) continue;
    const text = textOf(box);
    if (text.length === 0 || text.length > 300) continue;
    if (box.localName === "div" && all(box, "img, picture, amp-img").length > 1) continue;
    const parts: string[] = [];
    takeText(box, parts);
    if (parts.length > 0) {
      captions.push(parts.join(" "));
      count++;
    }
  }
  return count;
}

/** Removes furniture from the page and collects captions (see the module comment). */
export function removeBoilerplate(doc: DomDocument): BoilerplateResult {
  const removed = { furniture: 0, labelled: 0, captions: 0 };
  const captions: string[] = [];

  // Found before anything goes: furniture rules never take the wrappers of the page's prose.
  const main = findMainBlock(doc);
  for (const element of all(doc.body, FURNITURE_TAGS)) {
    if (!element.parentElement || (main && element.contains(main))) continue;
    element.remove();
    removed.furniture++;
  }

  // Captions first: a credit inside a share bar would otherwise go unrecorded.
  for (const element of all(doc.body, "figcaption, [itemprop=caption], [class], [id]")) {
    if (!doc.body.contains(element)) continue;
    const isCaption =
      element.localName === "figcaption" ||
      element.getAttribute("itemprop") === "caption" ||
      wordsOf(element).some((word) => CAPTION_WORDS.has(word));
    if (!isCaption) continue;
    const text = textOf(element);
    if (text.length > 400) continue;
    if (text) captions.push(text);
    element.remove();
    removed.captions++;
  }

  removed.captions += takeImageBoxCaptions(doc, main, captions);

  // Bylines and datelines: read into the metadata already, not prose.
  for (const element of all(doc.body, "[class], [id], time, address, p, div, span, font, small")) {
    if (!doc.body.contains(element)) continue;
    const text = textOf(element);
    if (text.length > 120) continue;
    const isByline =
      (element.localName === "time" && !element.closest("p")) ||
      element.localName === "address" ||
      wordsOf(element).some((word) => BYLINE_WORDS.has(word)) ||
      (/^[^:：]{2,20}[:：]/.test(text) && startsWithLabel(text, BYLINES)) ||
      (text.length < 80 && startsWithLabel(text, BYLINES) && parseArabicDate(text) !== null);
    if (!isByline) continue;
    element.remove();
    removed.furniture++;
  }

  const bodyLength = textOf(doc.body).length;
  for (const element of all(doc.body, "[class], [id], [role], [aria-label]")) {
    if (!doc.body.contains(element) || isProtected(element, bodyLength, main)) continue;
    if (wordsOf(element).some((word) => BOILERPLATE_WORDS.has(word))) {
      element.remove();
      removed.furniture++;
    }
  }

  // Labels: a short heading, a bold run or a paragraph that is only the label.
  for (const element of all(doc.body, "h2, h3, h4, h5, h6, strong, b, span, p, div, li, dt, header, a")) {
    if (!doc.body.contains(element)) continue;
    const text = textOf(element);
    if (text.length === 0 || text.length > 60) continue;
    if (element.localName === "a") {
      // A lone link named like furniture: "تخطى إلى المحتوى", "شارك".
      if (isLabel(text, LABELS)) element.remove();
      continue;
    }
    if (isLabel(text, LABELS)) {
      // A bold label inside a paragraph ("<p><b>اقرأ أيضا:</b> <a>…</a></p>") takes the paragraph.
      const paragraph = ["strong", "b", "span"].includes(element.localName) ? element.closest("p, li") : null;
      if (paragraph) {
        // "<p><b>شارك</b> الوزير في القمة…</p>" is prose that happens to open with a label word.
        const isProse = textOf(paragraph).length - text.length > 15 && linkDensity(paragraph) < 0.5;
        if (isProse) continue;
        paragraph.remove();
      } else removeLabelledBlock(element, main);
      removed.labelled++;
    } else if (element.localName === "p" && startsWithLabel(text, CAPTIONS)) {
      captions.push(text);
      element.remove();
      removed.captions++;
    }
  }
  // Paragraphs that open with a label and go on as a link: "اقرأ أيضا: <a>عنوان آخر</a>".
  for (const paragraph of all(doc.body, "p, li, div")) {
    if (!doc.body.contains(paragraph)) continue;
    const text = textOf(paragraph);
    if (text.length > 300 || !startsWithLabel(text, LABELS) || linkDensity(paragraph) < 0.3) continue;
    paragraph.remove();
    removed.labelled++;
  }
  return { captions, removed };
}
