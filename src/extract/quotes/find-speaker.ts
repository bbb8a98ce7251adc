import type { Entity } from "../../doc/index.js";
import { isQuoteMark } from "./direct-quotes.js";
import { hasPrepositionClitic, isA, isComma, type Reading, type TokenMention } from "./reading.js";
import { CUE_CLASSES } from "./speech-cues.js";

/** A speaker read from the text: an entity mention, or a noun phrase naming no entity (مصدر قبلي). */
export interface FoundSpeaker {
  readonly entity: Entity | null;
  readonly start: number;
  readonly end: number;
  /** Token index after the speaker's phrase. */
  readonly next: number;
}

/** Longest noun phrase taken as a speaker that is not an entity (مصدر مطلع، محللون). */
const MAX_PHRASE = 5;
/** Words a title may take before the name (الأمين العام للجامعة العربية فلان). */
const MAX_TITLE = 8;

function fromMention(mention: TokenMention, next = mention.last): FoundSpeaker {
  return { entity: mention.entity, start: mention.mention.start, end: mention.mention.end, next };
}

/** Words that may stand between a cue and its subject: adverbs, auxiliaries, commas (وكان الجيش، كشف، الأحد). */
function isSkippable(reading: Reading, i: number): boolean {
  const token = reading.tokens[i]!;
  return isComma(token) || isA(reading, i, "adverb") || isA(reading, i, "aux") || isQuoteMark(token);
}

function isPrepositionWord(reading: Reading, i: number): boolean {
  return isA(reading, i, "preposition") && reading.mentionAt[i] === undefined;
}

/** A noun phrase from token i: words up to a preposition, a cue, a complementizer or a mark. */
function phraseEnd(reading: Reading, i: number, limit: number): number {
  let j = i;
  while (j < limit && j - i < MAX_PHRASE) {
    const token = reading.tokens[j]!;
    if (token.kind !== "word" && token.kind !== "number") break;
    if (j > i && (isPrepositionWord(reading, j) || isA(reading, j, "adverb"))) break;
    if (
      isA(reading, j, "complementizer") ||
      (j > i && ((reading.words[j]?.classes ?? 0) & CUE_CLASSES) !== 0)
    )
      break;
    j++;
  }
  return j;
}

/**
 * The subject after a cue, among tokens [from, limit): Arabic news is verb-first (قال فلان إن،
 * وأشار تقرير للأمم المتحدة إلى أن). Prepositional phrases (في بيان، للصحفيين) are not subjects;
 * a person named in apposition after a title (قال رئيس الأركان …، فلان، إن) is the speaker; a
 * phrase holding an entity (تقرير للأمم المتحدة) is that entity's; other phrases speak as text.
 * `clitics`: a word with ل or ب may open the subject (وفقا لمراقبين), as after an attribution.
 */
export function subjectAfter(
  reading: Reading,
  from: number,
  limit: number,
  clitics = false,
): FoundSpeaker | null {
  const { tokens, mentionAt } = reading;
  let i = from;
  while (i < limit) {
    if (isSkippable(reading, i)) {
      i++;
      continue;
    }
    const opensPhrase = isPrepositionWord(reading, i) || (!clitics && hasPrepositionClitic(tokens[i]!));
    if (opensPhrase && mentionAt[i]?.entity.type !== "PER") {
      while (i < limit && !isComma(tokens[i]!)) i++;
      continue;
    }
    break;
  }
  if (i >= limit || (tokens[i]!.kind !== "word" && tokens[i]!.kind !== "number")) return null;
  if (((reading.words[i]?.classes ?? 0) & CUE_CLASSES) !== 0 || isA(reading, i, "complementizer"))
    return null;
  // A person in apposition (…، فلان،), or after the title that opens the phrase (or its role).
  const role = (mention: TokenMention) =>
    mention.entity.role !== undefined &&
    mention.entity.role.start <= tokens[i]!.end &&
    mention.entity.role.end >= tokens[i]!.start;
  const titled = isA(reading, i, "title");
  for (let j = i; j < limit; j++) {
    const mention = mentionAt[j];
    if (mention?.entity.type === "PER") {
      if (j === i || isComma(tokens[j - 1]!) || role(mention) || (titled && j - i <= MAX_TITLE)) {
        return fromMention(mention);
      }
    }
    if (isA(reading, j, "complementizer")) break;
    if (tokens[j]!.kind === "punct" && !isComma(tokens[j]!) && !isQuoteMark(tokens[j]!)) break;
  }
  const first = mentionAt[i];
  if (first !== undefined) return fromMention(first);
  const end = phraseEnd(reading, i, limit);
  if (end === i) return null;
  for (let j = i + 1; j < end; j++) {
    const inside = mentionAt[j];
    if (inside !== undefined) return fromMention(inside, Math.max(end, inside.last));
  }
  return { entity: null, start: tokens[i]!.start, end: tokens[end - 1]!.end, next: end };
}

/**
 * The subject before a cue, for subject-first reports: فلان كشف أن، لكن محامي عائلته قال إن،
 * فلان، الذي قال: …. Auxiliaries (قد، كان) and relative pronouns may stand between; a conjunction
 * with a pronoun (لكنه) or ثم means the subject is implied, not written.
 */
export function subjectBefore(reading: Reading, cue: number, from: number): FoundSpeaker | null {
  const { tokens, mentionEndingAt } = reading;
  let j = cue - 1;
  let relative = false;
  while (j >= from && (isA(reading, j, "aux") || isA(reading, j, "adverb") || isA(reading, j, "relative"))) {
    relative ||= isA(reading, j, "relative");
    j--;
  }
  // فلان، المستشار في الديوان، الذي قال: the antecedent is the person named before.
  if (relative) {
    for (let k = j; k >= Math.max(from, j - MAX_TITLE * 2); k--) {
      const mention = mentionEndingAt[k];
      if (mention?.entity.type === "PER") return fromMention(mention, cue);
    }
  }
  if (j >= from && isComma(tokens[j]!)) {
    const before = j > from ? mentionEndingAt[j - 1] : undefined;
    if (before !== undefined && (before.first === from || isClauseOpener(reading, before.first - 1))) {
      return fromMention(before, cue);
    }
    return null;
  }
  if (j < from || tokens[j]!.kind !== "word") return null;
  const mention = mentionEndingAt[j];
  if (mention !== undefined && mention.first >= from) return fromMention(mention, cue);
  if (isA(reading, j, "conjunction") || isA(reading, j, "preposition")) return null;
  // A short common-noun subject opening its clause: لكن محامي عائلته قال.
  let start = j;
  while (start > from && j - start < MAX_PHRASE - 1 && tokens[start - 1]!.kind === "word") {
    if (isClauseOpener(reading, start - 1)) break;
    start--;
  }
  const opens = start === from || isClauseOpener(reading, start - 1) || isComma(tokens[start - 1]!);
  if (!opens || ((reading.words[start]?.classes ?? 0) & CUE_CLASSES) !== 0) return null;
  // The sentence-initial word of a verb-first sentence is its verb, not a subject.
  if (start === from && j - start >= 1 && isVerbFirst(reading, start)) return null;
  return { entity: null, start: tokens[start]!.start, end: tokens[j]!.end, next: cue };
}

function isClauseOpener(reading: Reading, i: number): boolean {
  return i >= 0 && (isA(reading, i, "conjunction") || isA(reading, i, "aux") || isComma(reading.tokens[i]!));
}

/** A verb-first clause starts with an imperfect verb (ي/ت) or a و-prefixed word; rough, on purpose. */
function isVerbFirst(reading: Reading, i: number): boolean {
  const token = reading.tokens[i]!;
  return token.segments[0]?.kind === "proclitic" || /^[يت]/.test(token.key);
}

/**
 * The subject of a sentence's main verb, for a participle that continues it (ورفضت الإمارات الطرح
 * مطالبة ب…): a name opening the sentence, else the subject after its first word.
 */
export function sentenceSubject(reading: Reading, from: number, to: number): FoundSpeaker | null {
  const opening = reading.mentionAt[from];
  if (opening !== undefined) return fromMention(opening);
  return subjectAfter(reading, from + 1, Math.min(to, from + MAX_TITLE * 2));
}

/**
 * A definite sound plural or dual in the oblique case (الحوثيين، المواطنين) is not a subject: after
 * a verb it is the object (واتهم الحوثيين ب…), and the subject is the implied one.
 */
export function isOblique(reading: Reading, found: FoundSpeaker): boolean {
  const token = reading.tokens[found.next - 1];
  const after = reading.tokens[found.next];
  const key = token?.key ?? "";
  // Only before the verb's second complement (اتهم … بـ، طالب … بـ، دعا … إلى): الكرملين and
  // البحرين end in ين too, as subjects.
  const complement =
    after !== undefined && (hasPrepositionClitic(after) || isA(reading, found.next, "preposition"));
  return complement && key.length >= 6 && key.startsWith("ال") && key.endsWith("ين");
}
