/**
 * Whitespace and invisible characters of scraped text: line breaks of every platform, runs of
 * spaces, NBSP, stray bidi controls and C0/C1 controls.
 */

/**
 * Bidi controls: LRM, RLM, ALM (U+061C), embeddings and overrides (U+202A–202E), isolates
 * (U+2066–2069), plus the BOM/ZWNBSP (U+FEFF) left mid-text by concatenated files. Publishing
 * systems sprinkle them around numbers and Latin words; they carry no meaning once the text is
 * stored. ZWNJ and ZWJ (U+200C, U+200D) shape letters inside words and stay.
 */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Controls that have no place in text (tab, line feed and carriage return are handled apart). */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

export interface Stripped {
  readonly text: string;
  readonly count: number;
}

function strip(text: string, pattern: RegExp): Stripped {
  let count = 0;
  const out = text.replace(pattern, () => {
    count++;
    return "";
  });
  return { text: out, count };
}

/** Removes bidi controls (see BIDI_CONTROLS). */
export function removeBidiControls(text: string): Stripped {
  return strip(text, BIDI_CONTROLS);
}

/** Removes C0 and C1 control characters other than tab, LF, VT, FF, CR and NEL. */
export function removeControls(text: string): Stripped {
  return strip(text, CONTROLS);
}

/** CRLF, CR, NEL (U+0085) and U+2028 become LF; U+2029 (paragraph separator) a blank line. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?|\u0085|\u2028/g, "\n").replace(/\u2029/g, "\n\n");
}

/** Horizontal space of any kind: tab, VT, FF, NBSP, the U+2000 family, narrow NBSP, ideographic space. */
const SPACES = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Whitespace `String.prototype.trim` removes, besides the space itself (LF cannot occur in a line). */
function isOtherWhitespace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * True when tidying would leave the line as it is: single spaces between other characters. Most
 * lines are, and a scan of their characters costs less than a replace and a trim that copy them.
 */
function isTidy(line: string): boolean {
  let afterSpace = true; // a space first is not tidy
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isOtherWhitespace(code)) return false;
    else afterSpace = false;
  }
  return line.length === 0 || !afterSpace;
}

/**
 * Runs of horizontal space become one space, lines are trimmed, runs of blank lines become one
 * blank line (a paragraph break), and the text is trimmed. Expects LF line breaks.
 */
export function normalizeSpaces(text: string): string {
  return text
    .split("\n")
    .map((line) => (isTidy(line) ? line : line.replace(SPACES, " ").trim()))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}
