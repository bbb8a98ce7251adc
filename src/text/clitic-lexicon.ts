import { MarsadError, type Token } from "../doc/index.js";
import { isArabicMark, isFormatControl } from "./normalize.js";
import type { WordSegment } from "./segment-clitics.js";
import { stemSegment } from "./stem.js";

/** What a stem of the lexicon can be; one entry may carry several (bit flags). */
export const STEM_TOOL = 1; // function word: preposition, pronoun, conjunction (T)
export const STEM_NOMINAL = 2; // noun or adjective, takes the article (N)
export const STEM_VERB = 4; // conjugated verb form, takes the future سـ (V)
export const STEM_NAME = 8; // person, place or organisation name from an NER corpus (P)
export const STEM_PRONOUN = 16; // independent pronoun هو، هي، أنت: never after a preposition (R)
export const STEM_HOST = 32; // function word that takes pronoun enclitics: منه، عليها، أنهم (E)

const TAG_BITS: Readonly<Record<string, number>> = {
  T: STEM_TOOL,
  N: STEM_NOMINAL,
  V: STEM_VERB,
  P: STEM_NAME,
  R: STEM_PRONOUN,
  E: STEM_HOST,
};

/** Past this many memoised words the memo starts afresh, so memory stays bounded on long streams. */
const MEMO_LIMIT = 200_000;

/** Compiled clitic-stems lexicon: stems keyed by `cliticKey`, with their tag bits. */
export interface CliticLexicon {
  readonly name: string;
  readonly version: string;
  /** Number of distinct keys. */
  readonly size: number;
  readonly stems: ReadonlyMap<string, number>;
  /** Per-lexicon memo of `segmentWord` results, keyed by the word as written; bounded by MEMO_LIMIT. */
  readonly memo: Map<string, readonly WordSegment[]>;
  readonly memoLimit: number;
}

/**
 * Folds one UTF-16 unit for stem look-ups; -1 drops it. Like `matchKey` for hamza-carrying alefs, but
 * ta marbuta ة stays apart from ha ه (ه is also the pronoun "his": كتابة "writing", كتابه "his book")
 * and alef maqsura ى from ya ي (ي is the pronoun "my": والي "governor" is not و + إلى).
 */
export function foldCliticChar(code: number): number {
  if (code === 0x0623 || code === 0x0625 || code === 0x0622 || code === 0x0671) return 0x0627;
  if (isArabicMark(code) || isFormatControl(code)) return -1;
  return code;
}

/** The look-up key of a whole string (see `foldCliticChar`). */
export function cliticKey(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const folded = foldCliticChar(text.charCodeAt(i));
    if (folded >= 0) out += String.fromCharCode(folded);
  }
  return out;
}

/**
 * Compiles the text of data/lexicons/clitic-stems/stems.tsv: a header line
 * `# name=… version=… licence=… source=…`, then one `word<TAB>tags` line per stem (tags from TNVP).
 */
export function parseCliticLexicon(data: string): CliticLexicon {
  const firstBreak = data.indexOf("\n");
  const header = firstBreak < 0 ? data : data.slice(0, firstBreak);
  const name = /\bname=(\S+)/.exec(header)?.[1];
  const version = /\bversion=(\S+)/.exec(header)?.[1];
  if (!header.startsWith("#") || name === undefined || version === undefined) {
    throw new MarsadError(
      "input.format",
      "clitic-stems",
      "the clitic lexicon has no `# name=… version=…` header",
    );
  }
  const stems = new Map<string, number>();
  let start = firstBreak < 0 ? data.length : firstBreak + 1;
  while (start < data.length) {
    let end = data.indexOf("\n", start);
    if (end < 0) end = data.length;
    const tab = data.indexOf("\t", start);
    if (tab > start && tab < end) {
      const key = cliticKey(data.slice(start, tab));
      let bits = 0;
      for (let i = tab + 1; i < end; i++) bits |= TAG_BITS[data[i]!] ?? 0;
      stems.set(key, (stems.get(key) ?? 0) | bits);
    }
    start = end + 1;
  }
  return { name, version, size: stems.size, stems, memo: new Map(), memoLimit: MEMO_LIMIT };
}

/** The lexicon's tag bits for the token's stem (its clitics set aside); 0 when it is not listed. */
function stemBits(lexicon: CliticLexicon, token: Token): number {
  return lexicon.stems.get(cliticKey(stemSegment(token)?.form ?? token.text)) ?? 0;
}

/**
 * True when the lexicon lists the token's stem as a common word (a noun, verb or function word) and
 * never as a name: إضافة، ضرورة are words, ثوابة (unlisted) or أمير (also a name) are not.
 */
export function isCommonWord(lexicon: CliticLexicon, token: Token): boolean {
  const bits = stemBits(lexicon, token);
  return (bits & (STEM_NOMINAL | STEM_VERB | STEM_TOOL)) !== 0 && (bits & STEM_NAME) === 0;
}

/** True when the lexicon lists the token's stem as a verb form, whether or not it is also a name (فتح). */
export function isVerbForm(lexicon: CliticLexicon, token: Token): boolean {
  return (stemBits(lexicon, token) & STEM_VERB) !== 0;
}
