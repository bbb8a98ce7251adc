import { firstSpanEndingAfter, type Entity, type Mention, type Token } from "../../doc/index.js";
import { classBit, hasClass, type CueClass, type CueWord } from "./speech-cues.js";

/** An entity mention located on the tokens: tokens [first, last) hold it. */
export interface TokenMention {
  readonly entity: Entity;
  readonly mention: Mention;
  readonly first: number;
  readonly last: number;
}

/** What the quote readers share for one document; built once, read only. */
export interface Reading {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Lexicon entry of each token (undefined for most). */
  readonly words: readonly (CueWord | undefined)[];
  /** The entity mention starting at each token, if any. */
  readonly mentionAt: readonly (TokenMention | undefined)[];
  /** The entity mention whose last token is this one, if any. */
  readonly mentionEndingAt: readonly (TokenMention | undefined)[];
}

/**
 * Locates every entity mention on the tokens (mentions sit inside tokens or cover whole ones), and
 * clears the lexicon entries of words inside names of several words (`words` is changed in place).
 */
export function buildReading(
  text: string,
  tokens: readonly Token[],
  words: (CueWord | undefined)[],
  entities: readonly Entity[],
): Reading {
  const mentionAt = new Array<TokenMention | undefined>(tokens.length);
  const mentionEndingAt = new Array<TokenMention | undefined>(tokens.length);
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const first = firstSpanEndingAfter(tokens, mention.start);
      let last = first;
      while (last < tokens.length && tokens[last]!.start < mention.end) last++;
      if (last === first) continue;
      // A one-word mention that is a function word (على read as the name علي) is not a name.
      if (last === first + 1 && isFunctionWord(words[first])) continue;
      // A name is not read as function words (فان in فان دير زوان is not فإن).
      for (let k = first; k < last && last > first + 1; k++) {
        const word = words[k];
        // (إن هادي read as one name: a bare إن or أن written with its hamza begins no name.)
        if (k === first && HAMZA_COMPLEMENTIZERS.has(tokens[k]!.text)) continue;
        if (word !== undefined && (k > first || (word.classes & COMPLEMENTIZER) !== 0)) words[k] = undefined;
      }
      const located: TokenMention = { entity, mention, first, last };
      // Where two mentions start at one token, the longer one is the name.
      const there = mentionAt[first];
      if (there === undefined || there.last < last) mentionAt[first] = located;
      const ending = mentionEndingAt[last - 1];
      if (ending === undefined || ending.first > first) mentionEndingAt[last - 1] = located;
    }
  }
  return { text, tokens, words, mentionAt, mentionEndingAt };
}

const COMPLEMENTIZER = classBit("complementizer");
/** The complementizers as written with their hamza, which no name begins with (unlike فان). */
const HAMZA_COMPLEMENTIZERS = new Set(["إن", "أن", "بأن"]);

const FUNCTION_WORDS =
  classBit("preposition") |
  classBit("complementizer") |
  classBit("conjunction") |
  classBit("relative") |
  classBit("aux");

function isFunctionWord(word: CueWord | undefined): boolean {
  return word !== undefined && (word.classes & FUNCTION_WORDS) !== 0;
}

/** True when token i has the lexicon class. */
export function isA(reading: Reading, i: number, cueClass: CueClass): boolean {
  return hasClass(reading.words[i], cueClass);
}

const COMMAS = new Set(["،", ","]);
/** Marks that end a clause for our purposes. */
const STOPS = new Set([".", "؛", ";", "!", "?", "؟", "…"]);

export function isComma(token: Token): boolean {
  return token.kind === "punct" && COMMAS.has(token.text);
}

export function isStop(token: Token): boolean {
  return token.kind === "punct" && STOPS.has(token.text);
}

export function isColon(token: Token): boolean {
  return token.kind === "punct" && token.text === ":";
}

/** The token starts with the proclitic ل or ب (a prepositional phrase: للصحفيين، لقناة). */
export function hasPrepositionClitic(token: Token): boolean {
  const first = token.segments[0];
  return (
    first !== undefined &&
    first.kind === "proclitic" &&
    (first.form === "ل" ||
      first.form === "ب" ||
      token.segments[1]?.form === "ل" ||
      token.segments[1]?.form === "ب")
  );
}

/** Start of a token after its proclitics (و ف), so a span never begins with a conjunction. */
export function startAfterConjunction(token: Token): number {
  let start = token.start;
  for (const segment of token.segments) {
    if (segment.kind !== "proclitic" || (segment.form !== "و" && segment.form !== "ف")) break;
    start = segment.end;
  }
  return start < token.end ? start : token.start;
}
