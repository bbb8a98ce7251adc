/**
 * What an input is, from its first bytes rather than its name: an HTML page or plain text. A page
 * starts (after a BOM, whitespace, an XML declaration or comments) with a doctype or a tag of the
 * document's frame, or has <html>, <head> or <body> early on; scraped text with a stray tag does not.
 */

export type InputKind = "html" | "text";

/** How many leading bytes the check reads. */
const SNIFF_BYTES = 2048;

const FRAME_START =
  /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|base|script|style)\b/i;
const FRAME_ANYWHERE = /<(?:!doctype\s+html|html|head|body)[\s>]/i;

function headOf(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  const [a, b] = head;
  if (a === 0xff && b === 0xfe) return new TextDecoder("utf-16le").decode(head);
  if (a === 0xfe && b === 0xff) return new TextDecoder("utf-16be").decode(head);
  // Markup is ASCII in every encoding the decoder supports besides UTF-16, so Latin-1 reads it.
  return new TextDecoder("latin1").decode(head);
}

/** "html" when the bytes are an HTML page (see the module comment), else "text". */
export function detectInputKind(bytes: Uint8Array): InputKind {
  const head = headOf(bytes).replace(/^[\uFEFF\u00EF\u00BB\u00BF\s]+/, "");
  return FRAME_START.test(head) || FRAME_ANYWHERE.test(head) ? "html" : "text";
}
