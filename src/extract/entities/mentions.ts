/**
 * From tagged tokens to mentions: a mention starts after the proclitics of its first token (و ف ب
 * ل ك, read from the token's clitic segments), so وسوريا gives سوريا and للأمم المتحدة gives لأمم
 * المتحدة in the text, while the name is rebuilt from the segments' written forms: الأمم المتحدة.
 */
import type { EntityType, Token } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import { isQuoteMark } from "../../text/quote-marks.js";

/** A mention before linking: where it is, what the tagger called it and its rebuilt name. */
export interface FoundMention {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  /** Display name: the first word from its segments' forms (article restored), the rest as written. */
  readonly name: string;
  /** Match keys of the name's words. */
  readonly words: readonly string[];
  /** Index of the first and one past the last token, in the document's token layer. */
  readonly first: number;
  readonly last: number;
}

/** Offset where the word starts once its proclitics are set aside; the token start if none. */
export function startAfterProclitics(token: Token): number {
  for (const segment of token.segments) if (segment.kind !== "proclitic") return segment.start;
  return token.end;
}

/** The word as a name would write it: its segments' forms without proclitics (لأمم → الأمم). */
export function nameWordOf(token: Token): string {
  let word = "";
  for (const segment of token.segments) {
    if (segment.kind === "proclitic") continue;
    word += segment.form;
  }
  return word === "" ? token.text : word;
}

/**
 * The mention of tokens [first, last) of the document, or null when nothing is left after the
 * clitics. `isName(key)` (optional) vetoes a cut: when the whole first word is a listed name and
 * the cut one is not (كركوك is not ك + ركوك), the word is kept whole.
 */
export function mentionOfTokens(
  tokens: readonly Token[],
  first: number,
  last: number,
  type: EntityType,
  isName?: (key: string) => boolean,
): FoundMention | null {
  const head = tokens[first]!;
  let start = startAfterProclitics(head);
  if (start >= head.end)
    return first + 1 < last ? mentionOfTokens(tokens, first + 1, last, type, isName) : null;
  let headWord = nameWordOf(head);
  if (start > head.start && isName && isName(head.key) && !isName(matchKey(headWord))) {
    start = head.start;
    headWord = head.text;
  }
  const nameWords = [headWord];
  for (let i = first + 1; i < last; i++) if (!isQuoteMark(tokens[i]!)) nameWords.push(tokens[i]!.text);
  // Words of a name are joined by one space; punctuation inside a name (أ. ف. ب) keeps its own token,
  // quotation marks around part of it (حزب "كولورادو") are not part of the name.
  const name = nameWords.join(" ");
  return { start, end: tokens[last - 1]!.end, type, name, words: nameWords.map(matchKey), first, last };
}

/** The match key of nameWordOf(token), without building it when the token has no proclitic. */
export function nameKeyOf(token: Token): string {
  return token.segments[0]?.kind === "proclitic" ? matchKey(nameWordOf(token)) : token.key;
}

/**
 * The mention without the reporting verbs it ends with: the tagger sometimes takes the verb after
 * a subject-first name into it (بن جاسم حذّر، الوزيرة أكدت), which then names nobody. `isVerb` is
 * the speech-cue lexicon's test; a one-word mention is kept as it is.
 */
export function withoutTrailingVerbs(
  tokens: readonly Token[],
  mention: FoundMention,
  isVerb: (token: Token) => boolean,
  isName?: (key: string) => boolean,
): FoundMention {
  if (mention.type !== "PER" && mention.type !== "ORG") return mention;
  let last = mention.last;
  while (last - mention.first > 1 && isVerb(tokens[last - 1]!)) last--;
  if (last === mention.last) return mention;
  return mentionOfTokens(tokens, mention.first, last, mention.type, isName) ?? mention;
}
