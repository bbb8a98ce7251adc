import type { Segment, Token, TokenKind } from "../doc/index.js";
import { CHAR_CLASS, CharClass } from "./char-class.js";
import { matchKey } from "./normalize.js";
import { segmentWord, type CliticLexicon, type WordSegment } from "./segment-clitics.js";
import { hashRange, WordCache, type CachedWord } from "./word-cache.js";

/**
 * Tokens of a text with their match keys and clitic segments.
 *
 * A word is a run of letters of one script with its diacritics, tatweel and joiners (Arabic and
 * Latin letters never share a token: "الـCNN" is two). A number is a run of digits with . , ٫ ٬
 * between digits (3.5, 1,000, ٣٫٥). A URL runs from http(s):// or www. to the next space. Every
 * other visible character is a token of its own; spaces and invisible controls are not tokens, nor
 * are a hashtag's # and the underscores between its words (#فاتو_بنسودا reads as فاتو بنسودا).
 */
export function tokenize(text: string, lexicon: CliticLexicon): Token[] {
  const tokens: Token[] = [];
  const cache = cacheOf(lexicon);
  const length = text.length;
  let i = 0;
  while (i < length) {
    const cls = CHAR_CLASS[text.charCodeAt(i)]!;
    if (cls === CharClass.Space || cls === CharClass.Newline || cls === CharClass.Control) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (startsUrl(text, i)) {
      while (i < length && !isUrlEnd(text.charCodeAt(i))) i++;
      // Trailing punctuation belongs to the sentence, not the link.
      while (i > start && isUrlTrailer(text.charCodeAt(i - 1))) i--;
      kind = "url";
    } else if (cls === CharClass.ArabicLetter || cls === CharClass.ArabicMark) {
      i = endOfWord(text, i + 1, CharClass.ArabicLetter);
      kind = "word";
    } else if (cls === CharClass.LatinLetter || cls === CharClass.OtherLetter) {
      i = endOfWord(text, i + 1, cls);
      kind = "word";
    } else if (cls === CharClass.Digit) {
      i = endOfNumber(text, i + 1);
      kind = "number";
    } else if (isHashtagMark(text, i)) {
      i++;
      continue;
    } else {
      i++;
      // A surrogate pair (emoji, rare letters) is one token.
      if (isHighSurrogate(text.charCodeAt(start)) && i < length && isLowSurrogate(text.charCodeAt(i))) i++;
      kind = cls === CharClass.Other ? "symbol" : "punct";
    }
    tokens.push(makeToken(text, start, i, kind, lexicon, cache));
  }
  return tokens;
}

/** One word cache per lexicon: the cached segments are the lexicon's. */
const CACHES = new WeakMap<CliticLexicon, WordCache>();

function cacheOf(lexicon: CliticLexicon): WordCache {
  let cache = CACHES.get(lexicon);
  if (cache === undefined) CACHES.set(lexicon, (cache = new WordCache()));
  return cache;
}

function makeToken(
  text: string,
  start: number,
  end: number,
  kind: TokenKind,
  lexicon: CliticLexicon,
  cache: WordCache,
): Token {
  // A URL is mostly unique: caching it would only evict words.
  if (kind === "url") {
    const surface = text.slice(start, end);
    return { start, end, text: surface, kind, key: matchKey(surface), segments: [stemOf(surface, start)] };
  }
  const hash = hashRange(text, start, end);
  const word =
    cache.get(text, start, end, hash) ?? cache.add(describe(text.slice(start, end), kind, lexicon), hash);
  return { start, end, text: word.text, kind, key: word.key, segments: segmentsAt(word, start) };
}

/** What a token's characters say, whatever their place: key and relative clitic segments. */
function describe(surface: string, kind: TokenKind, lexicon: CliticLexicon): CachedWord {
  let segments: readonly WordSegment[] | null = null;
  if (kind === "word" && CHAR_CLASS[surface.charCodeAt(0)] !== CharClass.LatinLetter) {
    const relative = segmentWord(surface, lexicon);
    const only = relative.length === 1 ? relative[0]! : undefined;
    const isWhole =
      only !== undefined && only.kind === "stem" && only.end === surface.length && only.form === surface;
    if (!isWhole) segments = relative;
  }
  return { text: surface, key: matchKey(surface), segments };
}

function stemOf(surface: string, start: number): Segment {
  return { start, end: start + surface.length, kind: "stem", form: surface };
}

function segmentsAt(word: CachedWord, start: number): Segment[] {
  const relative = word.segments;
  if (relative === null) return [stemOf(word.text, start)];
  // A plain loop: this runs once per word and is the text core's hottest allocation.
  const segments: Segment[] = new Array<Segment>(relative.length);
  for (let i = 0; i < relative.length; i++) {
    const segment = relative[i]!;
    segments[i] = {
      start: start + segment.start,
      end: start + segment.end,
      kind: segment.kind,
      form: segment.form,
    };
  }
  return segments;
}

function endOfWord(text: string, i: number, letterClass: CharClass): number {
  while (i < text.length) {
    const cls = CHAR_CLASS[text.charCodeAt(i)];
    if (cls === letterClass || (letterClass === CharClass.ArabicLetter && cls === CharClass.ArabicMark)) i++;
    else if (letterClass !== CharClass.ArabicLetter && isInnerApostrophe(text, i, letterClass)) i += 2;
    else break;
  }
  return i;
}

/**
 * The # of a hashtag and the underscores joining its words (#فاتو_بنسودا): no tokens, so the
 * hashtag reads as its words, as a space parts them (the text keeps both).
 */
function isHashtagMark(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x23) return isLetter(text.charCodeAt(i + 1));
  return code === 0x5f && i > 0 && isLetter(text.charCodeAt(i - 1)) && isLetter(text.charCodeAt(i + 1));
}

function isLetter(code: number): boolean {
  const cls = CHAR_CLASS[code];
  return cls === CharClass.ArabicLetter || cls === CharClass.LatinLetter;
}

/** O'Brien, don't: an apostrophe between two Latin letters stays in the word. */
function isInnerApostrophe(text: string, i: number, letterClass: CharClass): boolean {
  const code = text.charCodeAt(i);
  return (code === 0x27 || code === 0x2019) && CHAR_CLASS[text.charCodeAt(i + 1)] === letterClass;
}

function endOfNumber(text: string, i: number): number {
  while (i < text.length) {
    const cls = CHAR_CLASS[text.charCodeAt(i)];
    if (cls === CharClass.Digit) i++;
    else if (isNumberSeparator(text.charCodeAt(i)) && CHAR_CLASS[text.charCodeAt(i + 1)] === CharClass.Digit)
      i += 2;
    else break;
  }
  return i;
}

function isNumberSeparator(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x066b || code === 0x066c;
}

function startsUrl(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 0x68 /* h */) return text.startsWith("http://", i) || text.startsWith("https://", i);
  if (code === 0x77 /* w */) return text.startsWith("www.", i);
  return false;
}

function isUrlEnd(code: number): boolean {
  const cls = CHAR_CLASS[code];
  return (
    cls === CharClass.Space ||
    cls === CharClass.Newline ||
    code === 0x22 ||
    code === 0x3c ||
    code === 0x3e ||
    cls === CharClass.OpenQuote ||
    cls === CharClass.CloseQuote
  );
}

function isUrlTrailer(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x2c ||
    code === 0x29 ||
    code === 0x060c ||
    code === 0x061b ||
    code === 0x3a ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x061f
  );
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
