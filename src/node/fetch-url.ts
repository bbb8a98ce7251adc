/**
 * Fetches one news page over HTTP(S), safely: http and https only; a timeout over the whole fetch;
 * a size cap counted while the body streams (after Content-Encoding is undone, so a compressed bomb
 * stops at the cap); at most `maxRedirects` redirects, each target checked again; and no request to
 * a loopback, private, link-local or other internal address (ip-address.ts) unless allowed.
 *
 * The address check runs in the socket's own DNS lookup, so the address checked is the address
 * connected to: a name cannot resolve to a public address for the check and a private one for the
 * connection (DNS rebinding). node:http is used rather than fetch, whose connection lookup cannot be
 * replaced without the undici package.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { isIP } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { MarsadError } from "../doc/index.js";
import { answer, header } from "./fetch-answer.js";
import { classifyAddress, type AddressKind } from "./ip-address.js";

/** Default time for the whole fetch, redirects included: 15 s. */
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
/** Default cap on the page's (decoded) bytes: 16 MiB, as for an HTML file. */
export const DEFAULT_FETCH_MAX_BYTES = 16 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface FetchUrlOptions {
  /** Time for the whole fetch in ms; default DEFAULT_FETCH_TIMEOUT_MS. */
  readonly timeoutMs?: number;
  /** Size cap in bytes; default DEFAULT_FETCH_MAX_BYTES. */
  readonly maxBytes?: number;
  /** Default DEFAULT_MAX_REDIRECTS. */
  readonly maxRedirects?: number;
  /** Fetch from loopback, private and other internal addresses too (`--allow-private`). */
  readonly allowPrivate?: boolean;
  /** Internal addresses allowed one by one (an intranet mirror, a test server), as written by DNS. */
  readonly allowAddresses?: readonly string[];
  readonly userAgent?: string;
  /** Cancels the fetch from outside. */
  readonly signal?: AbortSignal;
  /**
   * A conditional GET (RFC 9110 §13): the validators of the copy already held. A 304 answer is then
   * returned, with status 304 and no bytes, instead of failing as an HTTP error.
   */
  readonly conditional?: { readonly etag?: string; readonly lastModified?: string };
}

export interface FetchedUrl {
  /** The URL as asked for. */
  readonly url: string;
  /** The URL the page came from, after redirects. */
  readonly finalUrl: string;
  readonly status: number;
  /** The body, Content-Encoding undone. */
  readonly bytes: Uint8Array;
  /** The Content-Type header; pass it on to readHtml. */
  readonly contentType: string | undefined;
  /** The Date header: when the server sent the page. */
  readonly date: string | undefined;
  readonly lastModified: string | undefined;
  /** The ETag header: the validator to send back as If-None-Match. */
  readonly etag?: string | undefined;
  /** Every URL redirected to, in order. */
  readonly redirects: readonly string[];
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const KIND_WORDS: Record<AddressKind, string> = {
  public: "a public",
  loopback: "a loopback",
  private: "a private",
  "link-local": "a link-local",
  shared: "a carrier-grade NAT",
  unspecified: "an unspecified",
  multicast: "a multicast",
  reserved: "a reserved",
  invalid: "an invalid",
};

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The refusal for an address, or null when it may be fetched. */
function refusal(url: string, host: string, address: string, options: FetchUrlOptions): MarsadError | null {
  const kind = classifyAddress(address);
  if (kind === "public" || options.allowPrivate || options.allowAddresses?.includes(address)) return null;
  const where = host === address ? `${address} is` : `${host} resolves to ${address},`;
  return new MarsadError(
    "url.refused",
    url,
    `refused: ${where} ${KIND_WORDS[kind]} address; pass --allow-private to fetch it`,
  );
}

/** A DNS lookup for the socket that fails when any address of the host is refused. */
function checkedLookup(url: string, options: FetchUrlOptions): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    dnsLookup(
      hostname,
      { all: true, family: lookupOptions.family, hints: lookupOptions.hints },
      (error, found) => {
        if (error) return callback(error, "", 4);
        const addresses: LookupAddress[] = found;
        for (const { address } of addresses) {
          const refused = refusal(url, hostname, address, options);
          if (refused) return callback(refused, "", 4);
        }
        const first = addresses[0];
        if (!first) return callback(Object.assign(new Error("no address"), { code: "ENOTFOUND" }), "", 4);
        // Node asks for every address when it tries them in turn (autoSelectFamily).
        if (lookupOptions.all) return callback(null, addresses);
        callback(null, first.address, first.family);
      },
    );
  };
}

function parseTarget(text: string, base: URL | undefined, asked: string): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch (error) {
    throw new MarsadError("url.invalid", asked, `not a valid URL: "${text}"`, { cause: error });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    const what = base ? `redirects to a ${url.protocol} URL` : `is a ${url.protocol} URL`;
    throw new MarsadError("url.invalid", asked, `${what}; only http and https are fetched`);
  }
  return url;
}

function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/** A network failure in the user's terms. */
function networkError(url: string, error: unknown): MarsadError {
  const code = errnoCode(error);
  const reason =
    code === "ENOTFOUND" || code === "EAI_AGAIN"
      ? "the host name cannot be resolved"
      : code === "ECONNREFUSED"
        ? "the server refused the connection"
        : code === "ECONNRESET" || code === "EPIPE"
          ? "the connection was reset"
          : code?.startsWith("ERR_TLS") || code?.includes("CERT")
            ? "the server's TLS certificate is not valid"
            : "the page cannot be fetched";
  return new MarsadError("url.network", url, reason, { cause: error });
}

function get(
  url: URL,
  asked: string,
  options: FetchUrlOptions,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = request(
      url,
      {
        method: "GET",
        signal,
        lookup: checkedLookup(asked, options),
        headers: {
          "user-agent": options.userAgent ?? "marsad",
          accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
          "accept-encoding": "gzip, deflate, br",
          ...(options.conditional?.etag ? { "if-none-match": options.conditional.etag } : {}),
          ...(options.conditional?.lastModified
            ? { "if-modified-since": options.conditional.lastModified }
            : {}),
        },
      },
      resolve,
    );
    req.on("error", reject);
    req.end();
  });
}

/** The body, decoded and capped; throws `url.too-large` past the cap. */
async function readBody(response: IncomingMessage, url: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new MarsadError("url.too-large", url, `the page is more than ${megabytes(maxBytes)}, over the limit`);
  const declared = Number(response.headers["content-length"]);
  const coding = (response.headers["content-encoding"] ?? "").trim().toLowerCase();
  if (coding === "" && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  let body: Readable = response;
  if (coding === "gzip" || coding === "x-gzip") body = response.pipe(createGunzip());
  else if (coding === "deflate") body = response.pipe(createInflate());
  else if (coding === "br") body = response.pipe(createBrotliDecompress());
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      const part = chunk as Uint8Array;
      total += part.length;
      if (total > maxBytes) throw tooLarge();
      parts.push(part);
    }
  } finally {
    body.destroy();
    response.destroy();
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/**
 * Fetches `url` (see the module comment). Throws MarsadError naming the URL: `url.invalid`,
 * `url.refused`, `url.timeout`, `url.too-large`, `url.redirects`, `url.http` (with the status) or
 * `url.network`.
 */
export async function fetchUrl(url: string, options: FetchUrlOptions = {}): Promise<FetchedUrl> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let target = parseTarget(url, undefined, url);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  const redirects: string[] = [];
  try {
    for (;;) {
      // The socket's lookup checks names; an address literal is never looked up, so check it here.
      const host = target.hostname.replace(/^\[(.*)\]$/, "$1");
      if (isIP(host)) {
        const refused = refusal(url, host, host, options);
        if (refused) throw refused;
      }
      const response = await get(target, url, options, controller.signal);
      const status = response.statusCode ?? 0;
      const location = header(response, "location");
      if (REDIRECTS.has(status) && location !== undefined) {
        response.destroy();
        if (redirects.length >= maxRedirects)
          throw new MarsadError(
            "url.redirects",
            url,
            `more than ${maxRedirects} redirects (the last to ${target.href})`,
          );
        target = parseTarget(location, target, url);
        redirects.push(target.href);
        continue;
      }
      if (status === 304 && options.conditional) {
        response.destroy();
        return answer(response, url, target, new Uint8Array(0), redirects, options.conditional);
      }
      if (status < 200 || status > 299) {
        response.destroy();
        const reason = response.statusMessage ? ` ${response.statusMessage}` : "";
        throw new MarsadError("url.http", url, `the server answered ${status}${reason}`);
      }
      const bytes = await readBody(response, url, maxBytes);
      return answer(response, url, target, bytes, redirects, {});
    }
  } catch (error) {
    if (error instanceof MarsadError) throw error;
    if (controller.signal.aborted) {
      const why = options.signal?.aborted
        ? "the fetch was cancelled"
        : `no complete answer within ${timeoutMs / 1000} s`;
      throw new MarsadError(options.signal?.aborted ? "url.network" : "url.timeout", url, why, {
        cause: error,
      });
    }
    throw networkError(url, error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}
