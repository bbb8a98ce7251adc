/**
 * The article body a page carries as data rather than markup: schema.org `articleBody` in JSON-LD,
 * and the page state of client-rendered sites (Next.js `__NEXT_DATA__`, Nuxt and other
 * `<script type="application/json">` blocks). Sites built as JavaScript apps send a shell of
 * markup and the text only there, so the reader falls back to it when the markup gives little.
 */
import { all, type DomDocument } from "./html-dom.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys under which page-state JSON keeps an article's text, by CMS convention. */
const BODY_KEYS = new Set([
  "articlebody",
  "body",
  "content",
  "text",
  "html",
  "bodyhtml",
  "contenthtml",
  "fulltext",
]);

/** Fewer characters than this is a summary or a teaser, not a body. */
const MIN_BODY = 300;

export interface EmbeddedBody {
  /** The body as found: HTML when `isHtml`, else plain text with "\n" between paragraphs. */
  readonly value: string;
  readonly isHtml: boolean;
  readonly from: "json-ld" | "page-state";
}

function parse(text: string): Json | undefined {
  try {
    return JSON.parse(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "")) as Json;
  } catch {
    return undefined;
  }
}

/**
 * The JSON of a script: the whole text of a JSON-typed script, or the literal assigned in
 * `window.__INITIAL_STATE__ = {…};`, as Vue, Nuxt and other server-rendered apps write their state.
 */
function stateLiteral(text: string): string {
  const assigned = /^\s*window\.__[A-Z_]+__\s*=\s*(\{[\s\S]*\})\s*;?\s*$/.exec(text);
  return assigned?.[1] ?? text;
}

/** Strings that read as prose: long, with spaces, not a URL, code or base64. */
function isProse(value: string): boolean {
  if (value.length < MIN_BODY || /^(?:https?:|data:|\{|\[)/.test(value.trim())) return false;
  const words = value.split(/\s+/).length;
  return words >= 40 && value.length / words < 25;
}

/** The longest prose string under a body-like key, searched depth-first to a bounded depth. */
function longestBody(root: Json, keyFilter: (key: string) => boolean): string | null {
  let best: string | null = null;
  const visit = (value: Json, key: string, depth: number) => {
    if (depth > 12 || value === null) return;
    if (typeof value === "string") {
      if (keyFilter(key) && isProse(value) && value.length > (best?.length ?? 0)) best = value;
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key, depth + 1);
    } else if (typeof value === "object") {
      for (const [name, item] of Object.entries(value)) visit(item, name.toLowerCase(), depth + 1);
    }
  };
  visit(root, "", 0);
  return best;
}

/** Reads the body from JSON-LD first (a stated `articleBody`), then from page-state JSON; null if none. */
export function findEmbeddedBody(doc: DomDocument): EmbeddedBody | null {
  const isHtml = (value: string) => /<(?:p|br|div|h[2-6])\b/i.test(value);
  let best: EmbeddedBody | null = null;
  for (const script of all(doc, 'script[type="application/ld+json" i]')) {
    const json = parse(script.textContent ?? "");
    const body = json === undefined ? null : longestBody(json, (key) => key === "articlebody");
    if (body && body.length > (best?.value.length ?? 0))
      best = { value: body, isHtml: isHtml(body), from: "json-ld" };
  }
  if (best) return best;
  for (const script of all(
    doc,
    'script[type="application/json" i], script:not([type]), script[type="text/javascript" i]',
  )) {
    const json = parse(stateLiteral(script.textContent ?? ""));
    const body = json === undefined ? null : longestBody(json, (key) => BODY_KEYS.has(key));
    if (body && body.length > (best?.value.length ?? 0))
      best = { value: body, isHtml: isHtml(body), from: "page-state" };
  }
  return best;
}
