/**
 * Where the prose of a page sits, found before anything is removed, so that furniture rules keyed
 * on class names and tags never delete the article's own wrappers. Real pages wrap everything in
 * containers named like furniture: ASP.NET WebForms put the whole page in a <form>, Drupal 8+ in
 * "dialog-off-canvas-main-canvas", Blogger in "widget Blog". Also un-hides article text that a page
 * sends collapsed behind a "read more" button, which Readability would skip as invisible.
 */
import {
  all,
  isElement,
  textOf,
  TEXT_NODE,
  type DomDocument,
  type DomElement,
  type DomNode,
} from "./html-dom.js";

/** Inline elements: text inside them belongs to the nearest block around them. */
const INLINE = new Set("span font b strong i em u small big sup sub mark abbr cite q label time".split(" "));
/** Elements whose text is never prose. */
const NOT_PROSE = new Set(
  "script style noscript template svg a button select option textarea title".split(" "),
);

/** Shortest run of text counted as prose: shorter runs are labels, counters and menu items. */
const MIN_RUN = 25;

function blockOf(element: DomElement): DomElement {
  let block = element;
  while (INLINE.has(block.localName) && block.parentElement) block = block.parentElement;
  return block;
}

function isInside(node: DomNode, tags: ReadonlySet<string>): boolean {
  for (let parent = node.parentNode; parent && isElement(parent); parent = parent.parentNode) {
    if (tags.has(parent.localName)) return true;
  }
  return false;
}

/**
 * The block holding the most prose: each run of text (outside links and scripts) credits its nearest
 * block element (a <p>'s credits the <p>'s parent) and half as much that block's parent. Null on a
 * page without prose.
 */
export function findMainBlock(doc: DomDocument): DomElement | null {
  const scores = new Map<DomElement, number>();
  const credit = (element: DomElement, length: number) =>
    scores.set(element, (scores.get(element) ?? 0) + length);
  const visit = (node: DomNode) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        const length = (child.textContent ?? "").trim().length;
        const parent = child.parentNode;
        if (length >= MIN_RUN && parent && isElement(parent) && !isInside(child, NOT_PROSE)) {
          const block = blockOf(parent);
          // A paragraph's text credits the paragraph's container, where sibling paragraphs add up.
          const target = block.localName === "p" && block.parentElement ? block.parentElement : block;
          credit(target, length);
          // Half to the grandparent, as Readability scores: paragraphs wrapped one to a <div>
          // (BBC's text blocks) still add up in the container they share.
          if (target.parentElement) credit(target.parentElement, length / 2);
        }
      } else if (isElement(child) && !NOT_PROSE.has(child.localName)) visit(child);
    }
  };
  visit(doc.body);
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) [best, bestScore] = [element, score];
  }
  return best;
}

function isHidden(element: DomElement): boolean {
  const style = (element.getAttribute("style") ?? "").replace(/\s+/g, "").toLowerCase();
  return (
    element.getAttribute("hidden") !== null ||
    element.getAttribute("aria-hidden") === "true" ||
    style.includes("display:none") ||
    style.includes("visibility:hidden")
  );
}

function linkShare(element: DomElement): number {
  const text = textOf(element).length;
  if (text === 0) return 1;
  return all(element, "a").reduce((sum, link) => sum + textOf(link).length, 0) / text;
}

/**
 * Shows hidden blocks of prose (two or more paragraphs, few links): the rest of an article behind a
 * "read more" toggle is sent in the page and shown by a click. Hidden menus and link lists stay
 * hidden. Returns how many blocks were shown.
 */
export function unhideCollapsedText(doc: DomDocument): number {
  let shown = 0;
  for (const element of all(doc.body, "[hidden], [aria-hidden], [style]")) {
    if (!isHidden(element)) continue;
    const paragraphs = all(element, "p").filter((p) => textOf(p).length >= 40);
    if (paragraphs.length < 2 || linkShare(element) > 0.3) continue;
    element.setAttribute("style", "");
    element.setAttribute("aria-hidden", "false");
    element.removeAttribute("hidden");
    shown++;
  }
  return shown;
}
