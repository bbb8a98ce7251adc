/**
 * The last step before a response leaves: a strong ETag from a hash of the body (304 when the
 * client already has it) and gzip or Brotli for bodies over 1 KB when the client accepts them.
 * The ETag of a compressed body carries the coding as a suffix ("…-br"), since a strong ETag names
 * exact bytes; If-None-Match matches any coding of the same body.
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Context, MiddlewareHandler } from "hono";
import { accepts } from "hono/accepts";

/** Bodies smaller than this many bytes go uncompressed: the saving would not pay for the work. */
export const COMPRESS_MIN_BYTES = 1024;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Brotli at its default quality (11) takes ~100 ms per MB; 5 is near gzip speed and still smaller. */
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } };

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * Compressed UI files and /openapi.json by ETag, so they are compressed once, not per request.
 * API answers change with the store and are not kept.
 */
const CACHE_LIMIT = 64;

type Coding = "br" | "gzip";

function etagOf(body: Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** Whether If-None-Match names this body (weak comparison, any coding suffix, or `*`). */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = etag.slice(1, -1);
  return header.split(",").some((item) => {
    const tag = item.trim().replace(/^W\//, "");
    return tag === "*" || tag.replace(/^"(.*?)(?:-(?:br|gzip))?"$/, "$1") === bare;
  });
}

/** Swaps the response whole: Hono's setter would copy the old headers (Content-Length) over. */
function replace(c: Context, res: Response): void {
  c.res = undefined;
  c.res = res;
}

function chooseCoding(c: Context): Coding | null {
  const header = c.req.header("Accept-Encoding");
  if (!header) return null;
  const chosen = accepts(c, { header: "Accept-Encoding", supports: ["br", "gzip"], default: "identity" });
  return chosen === "br" || chosen === "gzip" ? chosen : null;
}

/** ETag and compression for successful GET and HEAD answers; other answers pass unchanged. */
export function representation(): MiddlewareHandler {
  const cache = new Map<string, Uint8Array>();
  const remember = (key: string, bytes: Uint8Array) => {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, bytes);
  };
  return async (c, next) => {
    await next();
    const res = c.res;
    const type = res.headers.get("Content-Type") ?? "";
    const isEntity = res.status === 200 && res.body !== null && !res.headers.has("Content-Encoding");
    if (!isEntity) return;
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    const etag = etagOf(body);
    const compressible = COMPRESSIBLE.test(type) && body.byteLength >= COMPRESS_MIN_BYTES;
    if (compressible) headers.append("Vary", "Accept-Encoding");
    const isGet = c.req.method === "GET" || c.req.method === "HEAD";
    if (isGet) headers.set("ETag", etag);
    if (isGet && matchesEtag(c.req.header("If-None-Match"), etag)) {
      headers.delete("Content-Type");
      headers.delete("Content-Length");
      replace(c, new Response(null, { status: 304, headers }));
      return;
    }
    const coding = compressible ? chooseCoding(c) : null;
    if (coding === null) {
      replace(c, new Response(body, { status: 200, headers }));
      return;
    }
    const key = `${etag}${coding}`;
    let packed = cache.get(key);
    if (!packed) {
      packed = coding === "br" ? await brotliAsync(body, BROTLI_OPTIONS) : await gzipAsync(body);
      if (!c.req.path.startsWith("/api/")) remember(key, packed);
    }
    headers.set("Content-Encoding", coding);
    headers.set("Content-Length", String(packed.byteLength));
    if (isGet) headers.set("ETag", `${etag.slice(0, -1)}-${coding}"`);
    replace(c, new Response(packed, { status: 200, headers }));
  };
}
