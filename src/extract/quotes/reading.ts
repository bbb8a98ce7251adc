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
  addSurnames(text, tokens, words, mentionAt, mentionEndingAt);
  return { text, tokens, words, mentionAt, mentionEndingAt };
}

/** Shortest surname (in letters of its match key) read alone as the person's. */
const MIN_SURNAME = 3;
/** Last words of names that are also common words (عبد الله، نصر الله). */
const NOT_SURNAMES = new Set(["الله", "الدين", "بن"]);

/**
 * Marks a person's surname standing alone after the full name (وقال رعد الحسين …. وقال الحسين: "…")
 * as a mention of that person, when the entity layer left it unlinked. Only the last word of a name
 * of several words, after that name, and not the surname of two persons. A definite surname is
 * taken only where it cannot be an adjective or a title's head: not after a definite word (العالم
 * العربي) and not before one (الأمين العام). `mentionAt` and `mentionEndingAt` are changed in place.
 */
function addSurnames(
  text: string,
  tokens: readonly Token[],
  words: readonly (CueWord | undefined)[],
  mentionAt: (TokenMention | undefined)[],
  mentionEndingAt: (TokenMention | undefined)[],
): void {
  const bySurname = new Map<string, TokenMention | null>();
  for (let k = 0; k < tokens.length; k++) {
    const located = mentionAt[k];
    if (located !== undefined) {
      if (located.entity.type === "PER" && located.first === k && located.last - located.first >= 2) {
        const key = tokens[located.last - 1]!.key;
        const known = bySurname.get(key);
        if (known === undefined) bySurname.set(key, located);
        else if (known !== null && known.entity !== located.entity) bySurname.set(key, null);
      }
      k = Math.max(k, located.last - 1);
      continue;
    }
    if (bySurname.size === 0 || mentionEndingAt[k] !== undefined) continue;
    const token = tokens[k]!;
    if (token.kind !== "word" || words[k] !== undefined || token.key.length < MIN_SURNAME) continue;
    const person = bySurname.get(token.key);
    if (person === undefined || person === null || NOT_SURNAMES.has(token.key)) continue;
    if (startsDefinite(token) && (isDefiniteWord(tokens[k - 1]) || isDefiniteWord(tokens[k + 1]))) continue;
    const mention: Mention = { start: token.start, end: token.end, text: text.slice(token.start, token.end) };
    const surname: TokenMention = { entity: person.entity, mention, first: k, last: k + 1 };
    mentionAt[k] = surname;
    mentionEndingAt[k] = surname;
  }
}

function startsDefinite(token: Token): boolean {
  return token.key.startsWith("ال") && token.key.length > 3;
}

function isDefiniteWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && startsDefinite(token);
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

/** A dot between two letters with no space around it (بي.بي.سي، سي.إن.إن): part of an acronym. */
export function isAcronymDot(tokens: readonly Token[], k: number): boolean {
  return isInnerDot(tokens, k) && tokens[k + 1]!.start === tokens[k]!.end;
}

/**
 * A dot inside a sentence that ends nothing: glued to the word before it, a word after it, and an
 * acronym's (بي.بي.سي، and the last of أيه.إم.سي.) or an abbreviation's after one letter (د. for
 * doctor, ميتشل ب. ريس), where the sentence splitter does not end a sentence either.
 */
export function isInnerDot(tokens: readonly Token[], k: number): boolean {
  const dot = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (dot?.text !== "." || before?.kind !== "word" || after?.kind !== "word") return false;
  if (before.end !== dot.start) return false;
  // (أيه.إم.سي. أنترتينمنت: the last dot of dotted initials, as the splitter reads it.)
  return after.start === dot.end || before.text.length === 1 || isAcronymDot(tokens, k - 2);
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

/** The token opens with the conjunction و, a proclitic and not a root letter (وأن، وقال; not وجود). */
export function opensWithWaw(token: Token): boolean {
  const first = token.segments[0];
  return first?.kind === "proclitic" && first.form === "و";
}

/** The token ends with an object pronoun the segmenter split off (حملهم، اتهمتها). */
export function hasObjectPronoun(reading: Reading, i: number): boolean {
  const segments = reading.tokens[i]!.segments;
  return segments.length > 1 && segments[segments.length - 1]!.kind === "enclitic";
}
