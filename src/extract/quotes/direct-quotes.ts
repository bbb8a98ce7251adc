import type { Token } from "../../doc/index.js";
import { QUOTE_CLOSERS } from "../../text/quote-marks.js";

/** A pair of quotation marks: token indexes of the opening and closing mark. */
export interface QuotePair {
  readonly open: number;
  readonly close: number;
}

/**
 * Pairs the quotation marks among tokens [from, to), outermost only: inside «…» a "…" is part of
 * the quoted text. Returns the pairs in order and the opening marks left unclosed (the caller
 * notes them). Linear: one pass, one open mark at a time.
 */
export function pairQuoteMarks(
  tokens: readonly Token[],
  from: number,
  to: number,
): { pairs: QuotePair[]; unclosed: number[] } {
  const pairs: QuotePair[] = [];
  const unclosed: number[] = [];
  let open = -1;
  let closers: readonly string[] = [];
  let restarts = 0;
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.kind === "punct") {
      if (open >= 0) {
        if (closers.includes(token.text)) {
          pairs.push({ open, close: i });
          open = -1;
          // "بيستون"" : a closing mark doubled by the page (a scraping slip) closes once; read as an
          // opening mark, the second would pair with the next quotation's opening one.
          if (isDoubled(tokens, i, to)) i++;
        }
      } else {
        const expected = QUOTE_CLOSERS.get(token.text);
        if (expected !== undefined) {
          open = i;
          closers = expected;
        }
      }
    }
    // An unclosed mark must not hide the pairs after it: note it and read on from the next token
    // (a few times per sentence at most, so the scan stays linear in practice).
    if (i === to - 1 && open >= 0) {
      unclosed.push(open);
      i = open;
      open = -1;
      if (++restarts > MAX_RESTARTS) break;
    }
  }
  return { pairs, unclosed };
}

const MAX_RESTARTS = 3;

/** The mark at `i` is written twice with nothing between (""). */
function isDoubled(tokens: readonly Token[], i: number, to: number): boolean {
  const next = tokens[i + 1];
  return i + 1 < to && next!.text === tokens[i]!.text && next!.start === tokens[i]!.end;
}

/** The conjunction و standing alone before a quotation mark (و"…"), or a comma. */
function isJoiner(token: Token): boolean {
  return (token.kind === "punct" && (token.text === "،" || token.text === ",")) || token.text === "و";
}

/**
 * The quotation joined to `pair` by a comma and/or و and nothing else ("…"، و"…"), or undefined:
 * a speaker's words quoted in two pieces, both his.
 */
export function joinedQuotation(
  tokens: readonly Token[],
  pairAt: ReadonlyMap<number, QuotePair>,
  pair: QuotePair,
): QuotePair | undefined {
  let k = pair.close + 1;
  let hasWa = false;
  while (k < tokens.length && k <= pair.close + 2 && isJoiner(tokens[k]!)) {
    if (tokens[k]!.text === "و") hasWa = true;
    k++;
  }
  return hasWa ? pairAt.get(k) : undefined;
}

/**
 * The quotations that make up tokens [first, last] when they are two or more joined by و
 * ("…"، و"…"); null otherwise (one quotation, or words of the narrator between them).
 */
export function joinedQuotations(
  tokens: readonly Token[],
  pairAt: ReadonlyMap<number, QuotePair>,
  first: number,
  last: number,
): QuotePair[] | null {
  let pair = pairAt.get(first);
  const pairs: QuotePair[] = [];
  while (pair !== undefined) {
    pairs.push(pair);
    if (pair.close === last) return pairs.length > 1 ? pairs : null;
    pair = joinedQuotation(tokens, pairAt, pair);
  }
  return null;
}
