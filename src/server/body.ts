/**
 * Request bodies, read with a size cap. The declared Content-Length is checked first, then the
 * bytes actually received are counted, so a chunked body or one whose length header lies is
 * stopped at the cap, never buffered whole.
 */
import type { Context } from "hono";
import { ApiError } from "./errors.js";

/** Default cap on a request body: 2 MiB, far above the longest news article. */
export const DEFAULT_MAX_BODY = 2 * 1024 * 1024;

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, "body.too-large", `the request body is over the ${maxBytes}-byte limit`);
}

/** The whole body, or a 413 ApiError as soon as it passes `maxBytes`. */
export async function readBody(c: Context, maxBytes: number): Promise<Uint8Array> {
  const declared = c.req.header("Content-Length");
  if (declared !== undefined && /^\d+$/.test(declared) && Number(declared) > maxBytes)
    throw tooLarge(maxBytes);
  const stream = c.req.raw.body;
  if (stream === null) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** A media type without parameters, lower-cased: "application/json; charset=utf-8" → "application/json". */
export function mediaType(header: string | undefined): string {
  return (header ?? "").split(";")[0]!.trim().toLowerCase();
}

/** The charset parameter of a Content-Type, if any. */
export function charsetOf(header: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(header ?? "");
  return match?.[1];
}
