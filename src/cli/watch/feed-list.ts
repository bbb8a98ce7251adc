/**
 * The feeds `marsad watch` polls: a text list (one URL per line, `#` starts a comment, blank lines
 * ignored) or an OPML file (every <outline xmlUrl="…">, at any depth), told apart by content. A
 * line that is not an http(s) URL is reported (`feeds.txt:3`) and the others are kept.
 */
import { XMLParser } from "fast-xml-parser";
import { MarsadError } from "../../doc/index.js";

export interface FeedList {
  readonly urls: readonly string[];
  /** Lines or outlines that were not feed URLs, one error each. */
  readonly problems: readonly MarsadError[];
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

function fromLines(text: string, name: string): FeedList {
  const urls: string[] = [];
  const problems: MarsadError[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(?:^|\s)#.*$/, "").trim();
    if (line === "") return;
    if (isHttpUrl(line)) urls.push(line);
    else
      problems.push(
        new MarsadError(
          "feeds.invalid",
          `${name}:${index + 1}`,
          `"${line.slice(0, 80)}" is not an http(s) URL`,
        ),
      );
  });
  return { urls, problems };
}

type Outline = { readonly [key: string]: unknown };

function outlines(value: unknown): Outline[] {
  if (Array.isArray(value)) return value.flatMap(outlines);
  if (typeof value !== "object" || value === null) return [];
  const node = value as Outline;
  return [node, ...outlines(node["outline"])];
}

function fromOpml(text: string, name: string): FeedList {
  let document: unknown;
  try {
    document = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@_",
      processEntities: true,
    }).parse(text, true);
  } catch (error) {
    const why = error instanceof Error ? ` (${error.message.split("\n")[0]})` : "";
    throw new MarsadError("feeds.invalid", name, `the OPML file is not well-formed XML${why}`, {
      cause: error,
    });
  }
  const body = (document as { opml?: { body?: unknown } }).opml?.body;
  if (body === undefined)
    throw new MarsadError("feeds.invalid", name, "the XML file is not OPML (no <opml><body>)");
  const urls: string[] = [];
  const problems: MarsadError[] = [];
  for (const outline of outlines((body as Outline | null)?.["outline"])) {
    const url = outline["@_xmlUrl"];
    if (typeof url !== "string") continue;
    if (isHttpUrl(url.trim())) urls.push(url.trim());
    else
      problems.push(
        new MarsadError(
          "feeds.invalid",
          name,
          `the outline xmlUrl "${url.slice(0, 80)}" is not an http(s) URL`,
        ),
      );
  }
  return { urls, problems };
}

/** Reads a feed list; throws MarsadError `feeds.invalid` when it holds no feed at all. */
export function parseFeedList(text: string, name: string): FeedList {
  const body = text.replace(/^\uFEFF/, "");
  const list = body.trimStart().startsWith("<") ? fromOpml(body, name) : fromLines(body, name);
  // The same feed listed twice would be polled twice.
  const urls = [...new Set(list.urls)];
  if (urls.length === 0) throw new MarsadError("feeds.invalid", name, "the list holds no feed URL");
  return { urls, problems: list.problems };
}
