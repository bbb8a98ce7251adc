/**
 * Bytes of an HTML page to text. Order, after WHATWG HTML: a byte order mark; an encoding forced by
 * the caller; the HTTP Content-Type charset; the page's own <meta> declaration (html-charset.ts);
 * then decode.ts's detection. Declarations lie often enough on Arabic sites that two checks come
 * first: a page declared single-byte whose bytes are valid multi-byte UTF-8 is read as UTF-8, and a
 * page declared Latin-1/Windows-1252 whose bytes read as Arabic in Windows-1256 or ISO-8859-6 is
 * read as that. Each such override leaves a note.
 */
import { isMarsadError, type Note } from "../doc/index.js";
import { decodeText, type DecodedText } from "./decode.js";
import { charsetOfContentType, sniffHtmlCharset } from "./html-charset.js";
import { readLegacyArabic } from "./legacy-arabic.js";

/** Id of the HTML decoder in notes. */
export const HTML_DECODE_ID = "decode-html@1";

export interface HtmlDecodeOptions {
  /** A WHATWG encoding label that overrides every declaration and the detection. */
  readonly encoding?: string;
  /** The HTTP Content-Type header the page was served with, when known. */
  readonly contentType?: string;
}

export interface DecodedHtml extends DecodedText {
  readonly notes: readonly Note[];
}

function note(code: string, message: string): Note {
  return { severity: "info", source: HTML_DECODE_ID, code, message };
}

function hasBom(bytes: Uint8Array): boolean {
  const [a, b, c] = bytes;
  return (a === 0xef && b === 0xbb && c === 0xbf) || (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

function isValidMultibyteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Detection without a declaration; a guess is noted. */
function detect(bytes: Uint8Array, input: string, notes: Note[]): DecodedHtml {
  const decoded = decodeText(bytes, input);
  if (decoded.guessed)
    notes.push(
      note(
        "decode.guessed",
        `no usable encoding declaration: read as ${decoded.encoding}, guessed from the bytes (force it with --encoding)`,
      ),
    );
  return { ...decoded, notes };
}

/** Decodes a page (see the module comment). Throws the MarsadErrors of decodeText. */
export function decodeHtml(bytes: Uint8Array, input: string, options: HtmlDecodeOptions = {}): DecodedHtml {
  if (options.encoding !== undefined)
    return { ...decodeText(bytes, input, { encoding: options.encoding }), notes: [] };
  if (bytes.length === 0 || hasBom(bytes)) return { ...decodeText(bytes, input), notes: [] };
  const notes: Note[] = [];
  const fromHeader = options.contentType ? charsetOfContentType(options.contentType) : null;
  const declared = fromHeader ?? sniffHtmlCharset(bytes);
  if (declared === null) return detect(bytes, input, notes);
  const where = fromHeader ? "the Content-Type header" : "the page";

  if (declared !== "utf-8" && isValidMultibyteUtf8(bytes)) {
    notes.push(
      note("decode.declared-wrong", `${where} declares ${declared} but the bytes are UTF-8: read as UTF-8`),
    );
    return { ...decodeText(bytes, input, { encoding: "utf-8" }), notes };
  }
  if (declared === "windows-1252") {
    const legacy = readLegacyArabic(bytes);
    if (legacy && legacy.arabic > 0) {
      notes.push(
        note(
          "decode.declared-wrong",
          `${where} declares ${declared} but the bytes read as Arabic in ${legacy.encoding}: read as ${legacy.encoding}`,
        ),
      );
      return { ...decodeText(bytes, input, { encoding: legacy.encoding }), notes };
    }
  }
  try {
    return { ...decodeText(bytes, input, { encoding: declared }), notes };
  } catch (error) {
    if (!isMarsadError(error) || error.code !== "input.encoding") throw error;
    notes.push(
      note("decode.declared-wrong", `${where} declares ${declared} but the bytes are not valid ${declared}`),
    );
    return detect(bytes, input, notes);
  }
}
