import type { Token } from "../../doc/index.js";
import { matchKind } from "./match-time-words.js";
import type { TimeLexicon } from "./time-lexicon.js";

/** A number read from tokens: its value and the token after it. */
export interface NumberRead {
  readonly value: number;
  readonly end: number;
  /** Proclitic letters before the number in its first token (لثلاث: 1). */
  readonly prefix: number;
  /** Written with the article: الستة، الخمس (الستة الأيام الماضية). */
  readonly article: boolean;
}

/** Longest run of ASCII or Arabic-Indic digits a number token may have to be read as a count. */
const MAX_DIGITS = 6;

/** The integer a number token spells (digits only: 1,000 and 3.5 are not counts), or NaN. */
export function digitValue(token: Token | undefined): number {
  if (token === undefined || token.kind !== "number") return NaN;
  const key = token.key;
  if (key.length > MAX_DIGITS) return NaN;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return NaN;
  }
  return Number.parseInt(key, 10);
}

/**
 * Reads a count at token `i`: digits (3, ٣), or number words as Arabic writes them, units before
 * tens joined by و (ثلاثة، خمسة وعشرين، مئة وخمسين، ثلاثة عشر).
 */
export function readNumber(
  tokens: readonly Token[],
  lexicon: TimeLexicon,
  i: number,
  allowArticle = false,
): NumberRead | null {
  const digits = digitValue(tokens[i]);
  if (!Number.isNaN(digits)) return { value: digits, end: i + 1, prefix: 0, article: false };
  const first = matchKind(tokens, lexicon, i, "cardinal");
  if (first === null) return allowArticle ? readWithArticle(tokens, lexicon, i) : null;
  let value = first.word.number;
  let end = first.end;
  // و + a larger-order number word continues the number: خمسة وعشرين، مئة وخمسة.
  for (;;) {
    const next = matchKind(tokens, lexicon, end, "cardinal");
    const token = tokens[end];
    if (next === null || next.prefix !== 1 || token === undefined || token.key.charCodeAt(0) !== 0x0648)
      break;
    const part = next.word.number;
    if (value < 10 && part >= 20 && part < 100) value += part;
    else if (value >= 100 && part < 100) value += part;
    else break;
    end = next.end;
  }
  return { value, end, prefix: first.prefix, article: false };
}

/** الستة، الخمس: a one-word number with the article (the lexicon lists the bare forms). */
function readWithArticle(tokens: readonly Token[], lexicon: TimeLexicon, i: number): NumberRead | null {
  const key = tokens[i]?.key;
  if (key === undefined || !key.startsWith("ال") || key.length < 4) return null;
  for (const form of lexicon.keys.get(key.slice(2))?.forms ?? []) {
    if (form.rest.length > 0) continue;
    const cardinal = form.words.find((word) => word.kind === "cardinal");
    if (cardinal !== undefined) return { value: cardinal.number, end: i + 1, prefix: 0, article: true };
  }
  return null;
}
