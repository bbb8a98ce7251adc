/**
 * Undoes an HTTP Content-Encoding (RFC 9110 §8.4: gzip, deflate, br) on a payload, capped: a payload
 * that inflates past the cap is refused once zlib reaches it, so a compressed bomb costs at most the
 * cap. Node-only: it needs zlib.
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";

export type ContentDecoding =
  | { readonly bytes: Uint8Array }
  | { readonly problem: "too-large" | "corrupt" | "unsupported"; readonly message: string };

function decodeOne(bytes: Uint8Array, coding: string, maxBytes: number): Uint8Array {
  const options = { maxOutputLength: maxBytes };
  switch (coding) {
    case "gzip":
    case "x-gzip":
      return gunzipSync(bytes, options);
    case "deflate":
      // "deflate" is zlib-wrapped by the standard, raw by some servers.
      try {
        return inflateSync(bytes, options);
      } catch (error) {
        if (error instanceof RangeError) throw error;
        return inflateRawSync(bytes, options);
      }
    case "br":
      return brotliDecompressSync(bytes, options);
    default:
      throw new TypeError(`unsupported coding ${coding}`);
  }
}

/** True when the payload does not start as the coding would: the crawler stored it decoded. */
function isAlreadyDecoded(bytes: Uint8Array, coding: string): boolean {
  if (coding === "gzip" || coding === "x-gzip") return !(bytes[0] === 0x1f && bytes[1] === 0x8b);
  // Decoded HTML starts with "<" (after optional spaces or a byte order mark).
  const first = bytes.find((byte) => byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d);
  return first === 0x3c || first === 0xef;
}

/** Undoes the codings, last applied first; `maxBytes` caps every step's output. */
export function decodeContent(
  bytes: Uint8Array,
  codings: readonly string[],
  maxBytes: number,
): ContentDecoding {
  let current = bytes;
  for (const coding of [...codings].reverse()) {
    if (!["gzip", "x-gzip", "deflate", "br"].includes(coding))
      return { problem: "unsupported", message: `its page has an unsupported Content-Encoding "${coding}"` };
    if (isAlreadyDecoded(current, coding)) continue;
    try {
      current = decodeOne(current, coding, maxBytes);
    } catch (error) {
      if (error instanceof RangeError) {
        const mb = (maxBytes / (1024 * 1024)).toFixed(1);
        return {
          problem: "too-large",
          message: `its ${coding}-encoded page inflates past the ${mb} MB limit; skipped`,
        };
      }
      return { problem: "corrupt", message: `its ${coding}-encoded page cannot be decoded; skipped` };
    }
  }
  return { bytes: current };
}
