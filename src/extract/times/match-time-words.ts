import type { Token } from "../../doc/index.js";
import type { TimeLexicon, TimeWord, TimeWordKind } from "./time-lexicon.js";

/** A lexicon form found at a token: its words, the token after it, and proclitic letters before it. */
export interface TimeWordMatch {
  readonly words: readonly TimeWord[];
  /** Index of the first token after the form. */
  readonly end: number;
  /** Proclitic letters (و ف ب ل ك) before the form inside the first token. */
  readonly prefix: number;
}

const NO_MATCHES: readonly TimeWordMatch[] = [];

/** Every form of the lexicon that starts at token `i`, longest first; one Map look-up when none does. */
export function matchTimeWords(
  tokens: readonly Token[],
  lexicon: TimeLexicon,
  i: number,
): readonly TimeWordMatch[] {
  const token = tokens[i];
  if (token === undefined || token.kind !== "word") return NO_MATCHES;
  const entry = lexicon.keys.get(token.key);
  if (entry === undefined) return NO_MATCHES;
  let found: TimeWordMatch[] | null = null;
  for (const form of entry.forms) {
    let j = 0;
    while (j < form.rest.length && tokens[i + 1 + j]?.key === form.rest[j]) j++;
    if (j < form.rest.length) continue;
    (found ??= []).push({ words: form.words, end: i + 1 + j, prefix: entry.prefix });
  }
  return found ?? NO_MATCHES;
}

/** A word of one kind at token `i` (the longest form that has it), with where it ends. */
export interface KindMatch {
  readonly word: TimeWord;
  readonly end: number;
  readonly prefix: number;
}

/** The longest form at token `i` that has a word of `kind`, or null. */
export function matchKind(
  tokens: readonly Token[],
  lexicon: TimeLexicon,
  i: number,
  kind: TimeWordKind,
  allowPrefix = true,
): KindMatch | null {
  // matchTimeWords walked inline: the readers ask for a kind at most tokens they pass, and a list
  // of matches built per question was most of what the stage allocated.
  const token = tokens[i];
  if (token === undefined || token.kind !== "word") return null;
  const entry = lexicon.keys.get(token.key);
  if (entry === undefined || (!allowPrefix && entry.prefix > 0)) return null;
  for (const form of entry.forms) {
    let j = 0;
    while (j < form.rest.length && tokens[i + 1 + j]?.key === form.rest[j]) j++;
    if (j < form.rest.length) continue;
    for (const word of form.words) {
      if (word.kind === kind) return { word, end: i + 1 + j, prefix: entry.prefix };
    }
  }
  return null;
}
