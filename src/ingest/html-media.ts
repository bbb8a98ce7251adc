/**
 * Embedded media of an HTML page: <iframe>/<embed>/<object>/<video>/<audio>, the blockquotes that
 * X/Twitter, Instagram and TikTok scripts turn into embeds, Facebook's div.fb-post, AMP's
 * amp-youtube/amp-twitter/amp-iframe, and links to video or posts. Each embed is swapped for a
 * placeholder paragraph before Readability picks the article, so only embeds inside the article
 * survive; the text reader turns placeholders back into media items in document order.
 */
import type { MediaItem, MediaType } from "../doc/index.js";
import { all, type DomDocument, type DomElement } from "./html-dom.js";
import { classifyMediaUrl } from "./media-url.js";

/** Placeholder text: private-use brackets around the index, which no page writes. */
export const PLACEHOLDER = /\uE000(\d+)\uE001/g;

export function placeholder(index: number): string {
  return `\uE000${index}\uE001`;
}

const EMBED_SELECTOR = [
  "iframe",
  "embed",
  "object",
  "video",
  "audio",
  "blockquote.twitter-tweet",
  "blockquote.twitter-video",
  "blockquote.instagram-media",
  "blockquote.tiktok-embed",
  "div.fb-post",
  "div.fb-video",
  "amp-youtube",
  "amp-twitter",
  "amp-instagram",
  "amp-facebook",
  "amp-iframe",
  "amp-video",
].join(", ");

const FALLBACK: Readonly<Record<string, MediaType>> = {
  video: "video",
  audio: "audio",
  "amp-video": "video",
};

/** The URL an embed element points at, from its attributes or (for blockquotes) its last status link. */
function urlOf(element: DomElement): string | null {
  const tag = element.localName;
  if (tag === "amp-youtube") {
    const id = element.getAttribute("data-videoid");
    return id ? `https://www.youtube.com/watch?v=${id}` : null;
  }
  if (tag === "amp-twitter") {
    const id = element.getAttribute("data-tweetid");
    return id ? `https://x.com/i/status/${id}` : null;
  }
  if (tag === "amp-instagram") {
    const id = element.getAttribute("data-shortcode");
    return id ? `https://www.instagram.com/p/${id}/` : null;
  }
  if (tag === "blockquote") {
    const links = all(element, "a[href]").map((link) => link.getAttribute("href") ?? "");
    const status = links.find((href) =>
      /\/status\/\d+|instagram\.com\/(?:p|reel)\/|tiktok\.com\/@/.test(href),
    );
    return element.getAttribute("cite") ?? status ?? links[links.length - 1] ?? null;
  }
  for (const name of ["src", "data-src", "data-lazy-src", "data-href", "data", "href"]) {
    const value = element.getAttribute(name);
    if (value) return value;
  }
  return element.querySelector("source[src]")?.getAttribute("src") ?? null;
}

/** The media item for an embed element, or null (an ad iframe, a relative URL). */
export function mediaOfElement(element: DomElement): MediaItem | null {
  const raw = urlOf(element);
  const item = raw ? classifyMediaUrl(raw.trim()) : null;
  if (!item) return null;
  if (item.type !== "link") return item;
  const fallback = FALLBACK[element.localName];
  if (fallback) return { type: fallback, url: item.url };
  // An iframe to an unknown site is as likely an ad or a widget as content: kept only when it
  // says it is a player or an embed.
  return /embed|player|video|widget\/status/i.test(item.url) ? { type: "embed", url: item.url } : null;
}

/** Swaps each embed for a placeholder paragraph; returns the media by placeholder index. */
export function replaceEmbeds(doc: DomDocument): MediaItem[] {
  const media: MediaItem[] = [];
  for (const element of all(doc.body, EMBED_SELECTOR)) {
    if (!doc.body.contains(element)) continue; // inside an embed already replaced
    const item = mediaOfElement(element);
    if (!item) {
      element.remove();
      continue;
    }
    const paragraph = doc.createElement("p");
    paragraph.textContent = placeholder(media.length);
    media.push(item);
    element.replaceWith(paragraph);
  }
  return media;
}

/** A media item for a link in the article text, when it points at a video, audio or a post. */
export function mediaOfLink(href: string): MediaItem | null {
  const item = classifyMediaUrl(href);
  return item && item.type !== "link" && item.type !== "image" ? item : null;
}
