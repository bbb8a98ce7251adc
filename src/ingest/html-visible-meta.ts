/**
 * Metadata read from what the page shows rather than from its tags: the visible date, the byline,
 * and the headline when <title> names only the site. Used by html-metadata.ts after JSON-LD and
 * <meta> tags, which win when present.
 */
import { matchKey } from "../text/index.js";
import { BYLINE_LABELS } from "./html-cues.js";
import { normalizeDate, parseArabicDate } from "./html-date.js";
import { all, textOf, type DomDocument, type DomElement } from "./html-dom.js";

/** Labels that open a publishing date ("نشر في", "التاريخ:", "Published"), on folded text. */
const PUBLISHED_LABEL = /^(?:نشر|تاريخ النشر|التاريخ|published|posted|date)(?=[\s:：]|$)/i;

const BYLINE_PREFIX = new RegExp(
  `^(?:${BYLINE_LABELS.map((label) => matchKey(label)).join("|")})\\s*[:：]?\\s*`,
);

/** A byline's name without "بقلم:" or "كتب:" before it. */
function cleanByline(text: string): string | null {
  const folded = matchKey(text);
  const prefix = BYLINE_PREFIX.exec(folded);
  // matchKey keeps the length of letters it folds but drops diacritics; cut by words instead.
  const words = text.split(/\s+/);
  const dropped = prefix ? prefix[0].trim().split(/\s+/).filter(Boolean).length : 0;
  const name = words
    .slice(dropped)
    .join(" ")
    .replace(/^[:：\s]+/, "")
    .trim();
  return name.length > 1 && name.length < 80 ? name : null;
}

/** Elements that hold the visible date of the article, most specific first. */
const DATE_ELEMENTS = [
  '[itemprop="datePublished"]',
  "time[pubdate]",
  "article time[datetime]",
  "main time[datetime]",
  "time[datetime]",
  ".date, .publish-date, .published, .pubdate, .post-date, .entry-date, .article-date, .time, .timestamp",
  "time",
  '[class*="date"], [class*="Date"], [id*="date"], [id*="Date"]',
  // Legacy layouts: a dateline in a <font> or <small> with no class ("نشر بتاريخ 12/01/2009").
  "font, small, span, p",
];

/** The first date a reader sees in the page (see DATE_ELEMENTS), or null. */
export function visibleDate(doc: DomDocument): string | null {
  for (const selector of DATE_ELEMENTS) {
    for (const element of all(doc, selector)) {
      const text = textOf(element);
      if (text.length > 120) continue;
      const date =
        normalizeDate(element.getAttribute("datetime") ?? element.getAttribute("content") ?? "") ??
        // hAtom (microformats) gives the machine date in the title of <abbr class="published">.
        (element.localName === "abbr" ? normalizeDate(element.getAttribute("title") ?? "") : null) ??
        parseArabicDate(text);
      if (date) return date;
    }
  }
  // Last, a block of any tag that opens with a publishing label: "نُشر في 14 نوفمبر 2023".
  for (const element of all(doc, "div, li, td, dd, section")) {
    const text = textOf(element);
    if (text.length > 60 || !PUBLISHED_LABEL.test(matchKey(text))) continue;
    const date = parseArabicDate(text);
    if (date) return date;
  }
  return null;
}

/** The byline's name, from author-like elements, or null. */
export function visibleAuthor(doc: DomDocument): string | null {
  const selectors = [
    '[rel="author"]',
    '[itemprop="author"]',
    ".author-name",
    ".author",
    ".byline",
    ".writer",
  ];
  for (const selector of selectors) {
    const element: DomElement | null = doc.querySelector(selector);
    const name = element ? cleanByline(textOf(element.querySelector('[itemprop="name"]') ?? element)) : null;
    if (name) return name;
  }
  return null;
}

/** Elements that carry a headline when there is no <h1>, most specific first. */
const HEADLINE_ELEMENTS = [
  '[itemprop="headline"]',
  '[class*="headline"], [class*="Headline"]',
  '[class*="title"], [class*="Title"]',
  "h2",
  // Legacy table layouts set the headline in large bold type.
  'font[size="5"], font[size="6"], font[size="+2"], font[size="+3"]',
];

/** A headline-like element's text (3 to 30 words, not the site's name), or null. */
export function visibleHeadline(doc: DomDocument, siteName: string | null): string | null {
  const site = siteName ? matchKey(siteName) : null;
  for (const selector of HEADLINE_ELEMENTS) {
    for (const element of all(doc.body, selector)) {
      if (element.closest("header, nav, footer, a")) continue;
      const text = textOf(element);
      const words = text.split(/\s+/).length;
      if (words < 3 || words > 30 || (site && matchKey(text).includes(site))) continue;
      return text;
    }
  }
  return null;
}
