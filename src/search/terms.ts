/**
 * Index terms: one folded key per word, shared by the index (SQLite FTS5, PostgreSQL) and the
 * query parser so that both sides agree. A word's key is the match key of its stem with clitics
 * cut off (و ف ب ك ل س, ال, pronoun enclitics), so سوريا, وسوريا and لسوريا share the key سوريا,
 * and حكومته shares حكومه with حكومة (the segmenter restores the ta marbuta ة).
 */
import type { Resources } from "../resources/index.js";
import { matchKey, tokenize } from "../text/index.js";

/** One word of a text as the index sees it: its key and its span in the text (UTF-16 units). */
export interface IndexTerm {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/** What term extraction needs: only the clitic lexicon (a full `Resources` fits). */
export type TermResources = Pick<Resources, "clitics">;

const ALEF = 0x0627;
const LAM = 0x0644;
/** Letters an unsegmented stem must keep after ال for the ال to be read as the article (الله, التي stay). */
const MIN_AFTER_ARTICLE = 3;

/**
 * The index terms of `text`, in reading order (term i is at phrase position i). Words and numbers
 * give terms; punctuation, symbols and URLs do not. Terms are lower-case, folded, and hold only
 * letters and digits (a number keeps its decimal point: 3.5, ٣٫٥ → "3.5"; 1,000 → "1000").
 */
export function indexTerms(text: string, resources: TermResources): IndexTerm[] {
  const terms: IndexTerm[] = [];
  for (const token of tokenize(text, resources.clitics)) {
    let key: string;
    if (token.kind === "number") key = numberKey(token.key);
    else if (token.kind !== "word") continue;
    else {
      const stem = token.segments.find((segment) => segment.kind === "stem");
      key = wordKey(stem === undefined ? token.text : stem.form);
    }
    if (key !== "") terms.push({ key, start: token.start, end: token.end });
  }
  return terms;
}

/** The space-separated term string an FTS index stores for `text` (keys only, in order). */
export function termString(text: string, resources: TermResources): string {
  return indexTerms(text, resources)
    .map((term) => term.key)
    .join(" ");
}

/** The key of one word's stem (already cut from its clitics) or of a word the segmenter left whole. */
export function wordKey(stem: string): string {
  let key = matchKey(stem);
  // The segmenter sometimes leaves ال on a stem it does not know after a proclitic (والمتحدة →
  // و + المتحدة) while it cuts it on the bare word (المتحدة → ال + متحدة): drop it here so both agree.
  if (key.length >= 2 + MIN_AFTER_ARTICLE && key.charCodeAt(0) === ALEF && key.charCodeAt(1) === LAM) {
    key = key.slice(2);
  }
  return isPlainKey(key) ? key : key.replace(/[^\p{L}\p{N}]/gu, "");
}

/** Folded digits with group separators dropped and the Arabic decimal separator made a point. */
function numberKey(folded: string): string {
  return folded.replace(/[,\u066c]/g, "").replace(/\u066b/g, ".");
}

/** True when every unit is an Arabic letter, an ASCII letter or digit: the common case, tested without a regex. */
function isPlainKey(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    const arabic = code >= 0x0621 && code <= 0x064a;
    const ascii = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
    if (!arabic && !ascii) return false;
  }
  return true;
}

/**
 * The key of a name, alias or Latin name for look-ups: its words' index keys, one space apart,
 * so لسوريا finds the entity named سوريا and "Fouad  HUSSEIN" finds "Fouad Hussein".
 */
export function nameKey(name: string, resources: TermResources): string {
  return termString(name, resources);
}
