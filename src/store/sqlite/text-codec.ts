/**
 * Article texts are stored deflated (raw DEFLATE, level 1): Arabic news compresses about 2.5x,
 * which keeps the database near the size of its text, and the FTS index is contentless so SQL
 * never needs the plain text. Inflating one article takes microseconds.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";

export function packText(text: string): Buffer {
  return deflateRawSync(Buffer.from(text, "utf8"), { level: 1 });
}

export function unpackText(packed: Uint8Array): string {
  return inflateRawSync(packed).toString("utf8");
}
