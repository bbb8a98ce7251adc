/**
 * Exact-duplicate keys: a hash of the article's folded words, and its URL in canonical form.
 * Two copies of one article that differ only in diacritics, hamza spelling, tatweel, punctuation,
 * digits' script or white space get the same content hash.
 */
import { matchKey } from "../text/index.js";
import { murmur32 } from "./hash32.js";

/** Seeds of the four 32-bit hashes making up the 128-bit content hash (fixed: hashes are stored). */
const SEEDS = [0x9747b28c, 0x1b873593, 0x5bd1e995, 0x27d4eb2f];

/** The text a content hash is taken of: folded words and numbers, one space apart. */
export function normalizedContent(text: string): string {
  const folded = matchKey(text);
  // A loop over code units, not a regex: this runs on every stored article.
  let out = "";
  let runStart = -1;
  for (let i = 0; i <= folded.length; i++) {
    const inWord = i < folded.length && isWordUnit(folded, i);
    if (inWord && runStart === -1) runStart = i;
    else if (!inWord && runStart !== -1) {
      out += (out === "" ? "" : " ") + folded.slice(runStart, i);
      runStart = -1;
    }
  }
  return out;
}

function isWordUnit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0x0621 && code <= 0x064a) return true;
  if (code >= 0xd800 && code <= 0xdfff)
    return /[\p{L}\p{N}]/u.test(text.slice(code <= 0xdbff ? i : i - 1, (code <= 0xdbff ? i : i - 1) + 2));
  return /[\p{L}\p{N}]/u.test(text[i]!);
}

/** 128-bit hash of `normalizedContent(text)`, as 32 lower-case hex digits. */
export function contentHash(text: string): string {
  return hashKey(normalizedContent(text));
}

/** 128-bit hash of a string as it is (four seeded 32-bit MurmurHash3), as 32 lower-case hex digits. */
export function hashKey(text: string): string {
  return SEEDS.map((seed) => murmur32(text, seed).toString(16).padStart(8, "0")).join("");
}

/** Query parameters that track the click, not the page (utm_* are matched by prefix). */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "ocid",
  "ref_src",
  "_ga",
]);

/**
 * The canonical form of an article URL, or null when `url` is not an http(s) URL. http and https,
 * `www.` or not, the default port, a fragment, tracking parameters (utm_*, fbclid, gclid…), a
 * trailing slash and the order of the remaining parameters do not make two articles differ.
 * The host is lower-cased; the path keeps its case (servers may tell /A from /a).
 */
export function canonicalUrl(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  const host = parsed.hostname
    .toLowerCase()
    .replace(/^www\./, "")
    .replace(/\.$/, "");
  const port = parsed.port === "" || parsed.port === "80" || parsed.port === "443" ? "" : `:${parsed.port}`;
  const path = parsed.pathname.replace(/\/+$/, "");
  const params = [...parsed.searchParams.entries()]
    .filter(([name]) => !isTracking(name))
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const query = params.length === 0 ? "" : `?${new URLSearchParams(params).toString()}`;
  return `https://${host}${port}${path}${query}`;
}

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || TRACKING_PARAMS.has(lower);
}
