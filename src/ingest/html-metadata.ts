/**
 * Metadata of a news page: JSON-LD (schema.org NewsArticle and kin), OpenGraph and article:*
 * properties, other <meta> conventions (Dublin Core, Parse.ly, itemprop), <time> elements,
 * rel=canonical, and as a last resort an Arabic dateline in the byline. Earlier sources win; every
 * value is checked (a date must parse, a URL must be http(s)), never guessed.
 */
import type { DocumentMeta } from "../doc/index.js";
import { matchKey } from "../text/index.js";
import { all, textOf, type DomDocument } from "./html-dom.js";
import { normalizeDate } from "./html-date.js";
import { visibleAuthor, visibleDate, visibleHeadline } from "./html-visible-meta.js";

/** schema.org types whose headline and dates are the article's. */
const ARTICLE_TYPES = new Set([
  "newsarticle",
  "article",
  "reportagenewsarticle",
  "analysisnewsarticle",
  "opinionnewsarticle",
  "backgroundnewsarticle",
  "reviewnewsarticle",
  "blogposting",
  "liveblogposting",
  "webpage",
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asList(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function str(value: Json | undefined): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (isObject(value)) return str(value["name"] ?? value["@value"] ?? value["@id"]);
  if (Array.isArray(value)) return str(value[0]);
  return null;
}

/** Every JSON-LD object of the page, @graph and arrays flattened; unparsable blocks are counted. */
function jsonLdObjects(doc: DomDocument): { objects: JsonObject[]; broken: number } {
  const objects: JsonObject[] = [];
  let broken = 0;
  const visit = (value: Json, depth: number) => {
    if (depth > 4) return;
    for (const item of asList(value)) {
      if (!isObject(item)) continue;
      objects.push(item);
      if (item["@graph"] !== undefined) visit(item["@graph"], depth + 1);
    }
  };
  for (const script of all(doc, 'script[type="application/ld+json" i]')) {
    // CMS templates wrap it in CDATA comments or leave raw control characters in strings.
    const text = (script.textContent ?? "")
      .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, "")
      // eslint-disable-next-line no-control-regex -- raw control characters are what breaks JSON.parse
      .replace(/[\u0000-\u001f]+/g, " ");
    try {
      visit(JSON.parse(text) as Json, 0);
    } catch {
      broken++;
    }
  }
  return { objects, broken };
}

function typesOf(object: JsonObject): string[] {
  return asList(object["@type"]).flatMap((type) => (typeof type === "string" ? [type.toLowerCase()] : []));
}

/** The article object: a *NewsArticle before a plain Article before a WebPage. */
function articleObject(objects: readonly JsonObject[]): JsonObject | null {
  const rank = (object: JsonObject) => {
    const types = typesOf(object);
    if (types.some((type) => type.endsWith("newsarticle"))) return 3;
    if (types.some((type) => ARTICLE_TYPES.has(type) && type !== "webpage")) return 2;
    return types.includes("webpage") ? 1 : 0;
  };
  let best: JsonObject | null = null;
  for (const object of objects) if (rank(object) > (best ? rank(best) : 0)) best = object;
  return best;
}

/** Content of the first <meta> whose property, name or itemprop is one of `keys`. */
function metaContent(doc: DomDocument, keys: readonly string[]): string | null {
  const metas = all(doc, "meta[content]");
  for (const key of keys) {
    for (const meta of metas) {
      const name =
        meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop");
      if (name?.toLowerCase() === key) {
        const content = meta.getAttribute("content")?.trim();
        if (content) return content;
      }
    }
  }
  return null;
}

function httpUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

const SEPARATORS = /\s+(?:::|[|\-–—:»«])\s+|\s+[|–—]\s*|\s*[|–—]\s+/;

/**
 * A <title> or og:title without the site name glued to either end ("الخبر | الجزيرة نت"): a part
 * is dropped when it names the outlet, or when the headline is known to be the other part.
 */
export function stripSiteName(title: string, outlet: string | null, headline: string | null): string {
  const parts = title
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return title.trim();
  const key = (text: string) => matchKey(text).replace(/\s+/g, " ");
  if (headline) {
    const match = parts.find((part) => key(part) === key(headline));
    if (match) return match;
  }
  const site = outlet ? key(outlet) : null;
  const kept = parts.filter(
    (part) => !site || (key(part) !== site && !site.includes(key(part)) && !key(part).includes(site)),
  );
  if (kept.length > 0 && kept.length < parts.length) return kept.join(" - ");
  // No outlet to go by: the longest part is the headline, site names are short.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

function firstDate(values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    const date = value ? normalizeDate(value) : null;
    if (date) return date;
  }
  return null;
}

function authorNames(value: Json | undefined): string | null {
  const names = asList(value).flatMap((author) => {
    const name = str(author);
    return name && !/^https?:\/\//.test(name) ? [name] : [];
  });
  return names.length > 0 ? [...new Set(names)].join("، ") : null;
}

export interface HtmlMetadata {
  readonly meta: Omit<DocumentMeta, "source">;
  /** JSON-LD blocks that did not parse as JSON. */
  readonly brokenJsonLd: number;
  /** Where the date came from: "json-ld", "meta", "time" (a dated element) or null. */
  readonly dateFrom: "json-ld" | "meta" | "time" | null;
}

/** Reads the page's metadata (see the module comment). Unknown fields are null. */
export function extractHtmlMetadata(doc: DomDocument): HtmlMetadata {
  const { objects, broken } = jsonLdObjects(doc);
  const article = articleObject(objects);
  const publisher = article && isObject(article["publisher"]) ? article["publisher"] : null;
  const outlet = metaContent(doc, ["og:site_name", "application-name"]) ?? str(publisher?.["name"]) ?? null;

  const h1 =
    textOf(
      doc.querySelector("article h1") ??
        doc.querySelector("h1") ??
        doc.querySelector('[role="heading"][aria-level="1"]'),
    ) || null;
  const headline = str(article?.["headline"]) ?? str(article?.["name"]);
  const ogTitle = metaContent(doc, ["og:title", "twitter:title", "title", "dc.title"]);
  const pageTitle = textOf(doc.querySelector("title")) || null;
  // A <title> that is only the site's name ("جريدة الوادي") leaves the headline to the page's markup.
  const bareTitle = pageTitle && !SEPARATORS.test(pageTitle) && pageTitle.split(/\s+/).length <= 3;
  const rawTitle =
    headline ??
    ogTitle ??
    h1 ??
    (bareTitle || !pageTitle ? visibleHeadline(doc, pageTitle) : null) ??
    pageTitle;
  const title = rawTitle ? stripSiteName(rawTitle, outlet, h1) : null;

  const ldDate = firstDate([str(article?.["datePublished"]), str(article?.["dateCreated"])]);
  const metaDate = firstDate([
    metaContent(doc, [
      "article:published_time",
      "og:article:published_time",
      "datepublished",
      "date",
      "pubdate",
      "publishdate",
      "publish-date",
      "publish_date",
      "dc.date.issued",
      "dc.date",
      "dcterms.created",
      "dcterms.issued",
      "sailthru.date",
      "parsely-pub-date",
      "article.published",
      "cxenseparse:recs:publishtime",
    ]),
  ]);
  const timeDate = ldDate || metaDate ? null : visibleDate(doc);
  const published = ldDate ?? metaDate ?? timeDate;

  const author =
    authorNames(article?.["author"]) ??
    (() => {
      const meta = metaContent(doc, ["author", "article:author", "dc.creator", "parsely-author"]);
      return meta && !/^https?:\/\//.test(meta) ? meta : null;
    })() ??
    visibleAuthor(doc);

  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute("href") ?? null;
  const url =
    httpUrl(canonical) ??
    httpUrl(metaContent(doc, ["og:url"])) ??
    httpUrl(str(article?.["url"])) ??
    httpUrl(str(article?.["mainEntityOfPage"]));
  const lang =
    doc.documentElement.getAttribute("lang") ??
    str(article?.["inLanguage"]) ??
    metaContent(doc, ["og:locale", "language", "content-language"]);
  const language = lang ? lang.trim().replace(/_/g, "-").split("-")[0]!.toLowerCase() || null : null;

  return {
    meta: { title, published, url, outlet, author, language },
    brokenJsonLd: broken,
    dateFrom: ldDate ? "json-ld" : metaDate ? "meta" : timeDate ? "time" : null,
  };
}
