/** Reading the answer of node/fetch-url.ts's request: its headers and what fetchUrl returns. */
import type { IncomingMessage } from "node:http";
import type { FetchedUrl, FetchUrlOptions } from "./fetch-url.js";

/** One header's value; a repeated header's values joined by ", " (RFC 9110 §5.3). */
export function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** What a fetch returns; a 304 answer keeps the validators sent when the server repeats none. */
export function answer(
  response: IncomingMessage,
  url: string,
  target: URL,
  bytes: Uint8Array,
  redirects: readonly string[],
  held: NonNullable<FetchUrlOptions["conditional"]>,
): FetchedUrl {
  return {
    url,
    finalUrl: target.href,
    status: response.statusCode ?? 0,
    bytes,
    contentType: header(response, "content-type"),
    date: header(response, "date"),
    lastModified: header(response, "last-modified") ?? held.lastModified,
    etag: header(response, "etag") ?? held.etag,
    redirects,
  };
}
