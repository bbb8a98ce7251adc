/**
 * Encoding declarations of an HTML page, read before decoding as browsers do (WHATWG HTML, "prescan
 * a byte stream to determine its encoding"): <meta charset> or <meta http-equiv="Content-Type"
 * content="…; charset=…"> in the first 1024 bytes, and the charset of an HTTP Content-Type header.
 */

/** How many leading bytes the prescan reads (WHATWG HTML). */
export const PRESCAN_BYTES = 1024;

/** The canonical WHATWG name of an encoding label, or null when the decoder does not know it. */
export function canonicalEncoding(label: string): string | null {
  try {
    const encoding = new TextDecoder(label.trim().replace(/^["']|["']$/g, "")).encoding;
    // A page cannot declare itself UTF-16 in ASCII bytes; WHATWG reads that declaration as UTF-8.
    if (encoding === "utf-16le" || encoding === "utf-16be") return "utf-8";
    return encoding === "replacement" ? null : encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type value ("text/html; charset=windows-1256"), canonical, or null. */
export function charsetOfContentType(contentType: string): string | null {
  const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return match?.[1] ? canonicalEncoding(match[1]) : null;
}

const META_TAG = /<meta\b([^>]*)>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/**
 * The encoding a page declares in its first 1024 bytes, canonical, or null. Comments are skipped
 * so that a commented-out <meta> does not count; the first usable declaration wins.
 */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one character, so ASCII markup reads right whatever the encoding.
  const head = new TextDecoder("latin1")
    .decode(bytes.subarray(0, PRESCAN_BYTES))
    .replace(/<!--[\s\S]*?-->/g, "");
  for (const tag of head.matchAll(META_TAG)) {
    const attributes = new Map<string, string>();
    for (const attribute of (tag[1] ?? "").matchAll(ATTRIBUTE)) {
      const name = (attribute[1] ?? "").toLowerCase();
      if (!attributes.has(name)) attributes.set(name, attribute[2] ?? attribute[3] ?? attribute[4] ?? "");
    }
    const charset = attributes.get("charset");
    if (charset !== undefined) {
      const encoding = canonicalEncoding(charset);
      if (encoding) return encoding;
      continue;
    }
    const content = attributes.get("content");
    if (attributes.get("http-equiv")?.toLowerCase() === "content-type" && content !== undefined) {
      const encoding = charsetOfContentType(content);
      if (encoding) return encoding;
    }
  }
  return null;
}
