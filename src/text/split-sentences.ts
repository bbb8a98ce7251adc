import type { Span } from "../doc/index.js";
import { CHAR_CLASS, CharClass } from "./char-class.js";

/**
 * Sentence boundaries of a text, as spans that exclude the surrounding whitespace.
 *
 * A sentence ends at a run of . ! ? ؟ ؛ … followed by space, a newline or the end (closing quotes
 * and brackets right after the run stay with the sentence), and at every line break: scraped news
 * puts one paragraph per line and rarely ends a heading with a stop.
 * Not a boundary: a dot between digits (3.5), a dot after a single letter (د. for doctor, the
 * initials of a name) or after a Latin abbreviation (U.S., Dr.), and a stop inside a quotation that
 * closes later on the same line, so a quote that runs over several sentences stays in one sentence
 * with its attribution.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || CHAR_CLASS[text.charCodeAt(i)] === CharClass.Newline) {
      splitLine(text, lineStart, i, spans);
      lineStart = i + 1;
    }
  }
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}

function isBlank(code: number): boolean {
  const cls = CHAR_CLASS[code];
  return cls === CharClass.Space || cls === CharClass.Newline || cls === CharClass.Control;
}

/** Quotes longer than this are not protected from splitting: an unbalanced mark must not swallow a paragraph. */
const MAX_PROTECTED_QUOTE = 600;

function splitLine(text: string, lineStart: number, lineEnd: number, spans: Span[]): void {
  const quoted = quotedRanges(text, lineStart, lineEnd);
  let sentenceStart = lineStart;
  let quoteIndex = 0;
  let i = lineStart;
  while (i < lineEnd) {
    if (CHAR_CLASS[text.charCodeAt(i)] !== CharClass.Terminal) {
      i++;
      continue;
    }
    let end = i;
    while (end < lineEnd && CHAR_CLASS[text.charCodeAt(end)] === CharClass.Terminal) end++;
    while (end < lineEnd && isClosing(text.charCodeAt(end))) end++;
    const atBoundary = end === lineEnd || isBlank(text.charCodeAt(end));
    while (quoteIndex < quoted.length && quoted[quoteIndex]!.end <= i) quoteIndex++;
    const inQuote =
      quoteIndex < quoted.length && quoted[quoteIndex]!.start < i && i < quoted[quoteIndex]!.end - 1;
    if (atBoundary && !inQuote && !isAbbreviationDot(text, i, end, lineStart)) {
      pushTrimmed(text, sentenceStart, end, spans);
      sentenceStart = end;
    }
    i = end;
  }
  pushTrimmed(text, sentenceStart, lineEnd, spans);
}

function isClosing(code: number): boolean {
  const cls = CHAR_CLASS[code];
  return cls === CharClass.CloseQuote || cls === CharClass.AmbiguousQuote || code === 0x29 || code === 0x5d;
}

/** Balanced quotation ranges on one line: “…”, «…», ‹…›, and "…" paired in order. */
function quotedRanges(text: string, start: number, end: number): Span[] {
  const ranges: Span[] = [];
  let open = -1;
  let openCode = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const cls = CHAR_CLASS[code];
    if (open < 0) {
      if (cls === CharClass.OpenQuote || code === 0x22) {
        open = i;
        openCode = code;
      }
    } else if (closes(openCode, code)) {
      if (i + 1 - open <= MAX_PROTECTED_QUOTE) ranges.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return ranges;
}

function closes(openCode: number, code: number): boolean {
  switch (openCode) {
    case 0x201c: // “ closes with ” (and, in sloppy text, “ again)
      return code === 0x201d || code === 0x201c;
    case 0x201e: // „
      return code === 0x201c || code === 0x201d;
    case 0x00ab: // «
      return code === 0x00bb;
    case 0x2039: // ‹
      return code === 0x203a;
    case 0x2018:
      return code === 0x2019;
    case 0x300c:
      return code === 0x300d;
    default:
      return code === openCode;
  }
}

/** A single dot that is not a sentence end: a decimal point, an initial, or a Latin abbreviation. */
function isAbbreviationDot(text: string, dot: number, runEnd: number, lineStart: number): boolean {
  if (text.charCodeAt(dot) !== 0x2e || runEnd - dot !== 1) return false;
  // The word before the dot.
  let wordStart = dot;
  while (wordStart > lineStart) {
    const cls = CHAR_CLASS[text.charCodeAt(wordStart - 1)];
    if (
      cls !== CharClass.ArabicLetter &&
      cls !== CharClass.LatinLetter &&
      cls !== CharClass.ArabicMark &&
      text.charCodeAt(wordStart - 1) !== 0x2e
    )
      break;
    wordStart--;
  }
  const word = text.slice(wordStart, dot);
  if (word.length === 0) return false;
  // One letter (د. م. U.), or dotted initials (U.S).
  if (word.replace(/\./g, "").length === 1 || word.includes(".")) return true;
  return LATIN_ABBREVIATIONS.has(word.toLowerCase());
}

const LATIN_ABBREVIATIONS = new Set([
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "st",
  "jr",
  "sr",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "no",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "gov",
  "sen",
  "rep",
]);
