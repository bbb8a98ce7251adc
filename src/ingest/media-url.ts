/**
 * Media URLs found while cleaning: which kind of media a URL points at, and its canonical form,
 * so that the three spellings of one YouTube video (youtu.be/ID, /embed/ID, /watch?v=ID) give
 * one media item.
 */
import type { MediaItem, MediaType } from "../doc/index.js";

/** YouTube ids are 11 characters of the URL-safe base64 alphabet. */
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

const FILE_TYPES: readonly [RegExp, MediaType][] = [
  [/\.(?:mp4|m4v|webm|mov|ogv|m3u8|mpd)$/i, "video"],
  [/\.(?:jpe?g|png|gif|webp|avif|svg|bmp)$/i, "image"],
  [/\.(?:mp3|m4a|aac|oga|ogg|opus|wav|flac)$/i, "audio"],
];

function parse(raw: string): URL | null {
  const withScheme = raw.startsWith("//") ? `https:${raw}` : /^www\./i.test(raw) ? `https://${raw}` : raw;
  try {
    const url = new URL(withScheme);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/** Host without "www.", "m." or "mobile.", lower case. */
function siteOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^(?:www\.|m\.|mobile\.)/, "");
}

/** Path segments without empty ones: "/embed/ID/" gives ["embed", "ID"]. */
function segmentsOf(url: URL): string[] {
  return url.pathname.split("/").filter((segment) => segment !== "");
}

/** The path segment after `name`, if any: after(["embed", "ID"], "embed") is "ID". */
function after(segments: readonly string[], name: string): string | undefined {
  const at = segments.indexOf(name);
  return at < 0 ? undefined : segments[at + 1];
}

function youtube(url: URL, site: string): MediaItem | null {
  const segments = segmentsOf(url);
  let id: string | null | undefined = null;
  if (site === "youtu.be") id = segments[0];
  else if (site === "youtube.com" || site === "music.youtube.com" || site === "youtube-nocookie.com") {
    if (segments[0] === "watch") id = url.searchParams.get("v");
    else if (["embed", "v", "shorts", "live", "e"].includes(segments[0] ?? "")) id = segments[1];
  } else return null;
  if (id && YOUTUBE_ID.test(id)) return { type: "video", url: `https://www.youtube.com/watch?v=${id}` };
  return { type: "link", url: url.href };
}

function vimeo(url: URL, site: string): MediaItem | null {
  if (site !== "vimeo.com" && site !== "player.vimeo.com") return null;
  const id = segmentsOf(url).find((segment) => /^\d+$/.test(segment));
  return id ? { type: "video", url: `https://vimeo.com/${id}` } : { type: "link", url: url.href };
}

function dailymotion(url: URL, site: string): MediaItem | null {
  const segments = segmentsOf(url);
  let id: string | undefined;
  if (site === "dai.ly") id = segments[0];
  else if (site === "dailymotion.com") id = after(segments, "video");
  else return null;
  // Old URLs append a slug: /video/x7tgad0_some-title.
  id = id?.split("_")[0];
  return id
    ? { type: "video", url: `https://www.dailymotion.com/video/${id}` }
    : { type: "link", url: url.href };
}

function twitter(url: URL, site: string): MediaItem | null {
  if (site === "platform.twitter.com") {
    const id = url.searchParams.get("id");
    return id && /^\d+$/.test(id)
      ? { type: "embed", url: `https://x.com/i/status/${id}` }
      : { type: "link", url: url.href };
  }
  if (site !== "twitter.com" && site !== "x.com") return null;
  const [user, status, id] = segmentsOf(url);
  if (user && status === "status" && id && /^\d+$/.test(id)) {
    return { type: "embed", url: `https://x.com/${user}/status/${id}` };
  }
  return { type: "link", url: url.href };
}

function facebook(url: URL, site: string): MediaItem | null {
  if (site === "fb.watch") return { type: "video", url: url.href };
  if (site !== "facebook.com" && site !== "web.facebook.com") return null;
  const segments = segmentsOf(url);
  // Embeds wrap the real post: /plugins/video.php?href=<encoded URL>.
  if (segments[0] === "plugins") {
    const inner = parse(url.searchParams.get("href") ?? "");
    const type: MediaType = segments[1] === "video.php" ? "video" : "embed";
    return inner ? { type, url: inner.href } : { type: "link", url: url.href };
  }
  const v = url.searchParams.get("v");
  if (segments[0] === "watch" && v) return { type: "video", url: `https://www.facebook.com/watch/?v=${v}` };
  if (segments.includes("videos") || segments[0] === "reel") return { type: "video", url: url.href };
  if (segments.includes("posts") || segments[0] === "photo.php" || segments.includes("photos"))
    return { type: "embed", url: url.href };
  return { type: "link", url: url.href };
}

function instagram(url: URL, site: string): MediaItem | null {
  if (site !== "instagram.com") return null;
  const segments = segmentsOf(url);
  const at = segments.findIndex((segment) => segment === "p" || segment === "reel" || segment === "tv");
  const kind = segments[at];
  const id = segments[at + 1];
  if (at < 0 || !kind || !id) return { type: "link", url: url.href };
  return { type: kind === "p" ? "embed" : "video", url: `https://www.instagram.com/${kind}/${id}/` };
}

function tiktok(url: URL, site: string): MediaItem | null {
  if (site !== "tiktok.com" && site !== "vm.tiktok.com") return null;
  const segments = segmentsOf(url);
  const id = after(segments, "video") ?? after(segments, "v2");
  const user = segments.find((segment) => segment.startsWith("@"));
  if (user && id && /^\d+$/.test(id))
    return { type: "video", url: `https://www.tiktok.com/${user}/video/${id}` };
  return { type: "video", url: url.href };
}

function soundcloud(url: URL, site: string): MediaItem | null {
  if (site === "w.soundcloud.com") {
    const inner = parse(url.searchParams.get("url") ?? "");
    return { type: "audio", url: (inner ?? url).href };
  }
  if (site !== "soundcloud.com") return null;
  return { type: segmentsOf(url).length >= 2 ? "audio" : "link", url: url.href };
}

const SITES = [youtube, vimeo, dailymotion, twitter, facebook, instagram, tiktok, soundcloud];

/**
 * The media item a URL stands for: video, audio or embed for the big platforms (canonical URL),
 * image/video/audio for direct file links, "link" for anything else. Null when it is not an
 * http(s) URL. Accepts "//host/…" and "www.…" as https.
 */
export function classifyMediaUrl(raw: string): MediaItem | null {
  const url = parse(raw);
  if (!url) return null;
  const site = siteOf(url);
  for (const bySite of SITES) {
    const item = bySite(url, site);
    if (item) return item;
  }
  const file = FILE_TYPES.find(([pattern]) => pattern.test(url.pathname));
  return { type: file ? file[1] : "link", url: url.href };
}
