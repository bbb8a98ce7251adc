import { firstSpanEndingAfter } from "../../doc/index.js";
import { agrees, subjectAfter, type FoundSpeaker } from "./find-speaker.js";
import { hasPrepositionClitic, isA, isComma, type Reading } from "./reading.js";
import { classBit, CUE_CLASSES, type CueGender } from "./speech-cues.js";

/**
 * The antecedent of the pronoun on a conjunction before a cue inside a sentence (بينما كانت خطيبته
 * التركية تنتظر، ولكنها قالت): the subject after an earlier كانت/كان of the same gender in that
 * sentence. Only a feminine pronoun (ـها) with a feminine cue is read, where the man named first
 * would be wrong; null otherwise, and the speaker is carried as before. Tokens [from, cue).
 */
export function pronounAntecedent(
  reading: Reading,
  from: number,
  cue: number,
  gender: CueGender,
): FoundSpeaker | null {
  const { tokens } = reading;
  const conjunction = cue - 1;
  if (gender !== "f" || conjunction <= from || !isA(reading, conjunction, "conjunction")) return null;
  const clitic = tokens[conjunction]!.segments.at(-1);
  if (clitic?.kind !== "enclitic" || !clitic.form.endsWith("ها")) return null;
  for (let k = conjunction - 1; k >= from; k--) {
    if (!isA(reading, k, "aux") || !tokens[k]!.key.endsWith("ت")) continue;
    const found = subjectAfter(reading, k + 1, conjunction);
    if (found !== null && agrees(reading, found, gender) && found.entity?.type !== "LOC") return found;
  }
  return null;
}

/** The token index of a cue that starts at `start`. */
export function tokenAt(reading: Reading, start: number): number {
  return firstSpanEndingAfter(reading.tokens, start);
}

/**
 * True when the person mention at token i, near its sentence's start, follows a word with ب or ل
 * or a preposition in the same clause (والتقت الوزيرة بنظيرها الروسي فلان، واجتمع مع فلان): it is
 * the object of the sentence's verb, not the subject an implied speaker may refer back to.
 */
export function isObjectMention(reading: Reading, from: number, i: number): boolean {
  // وفي أول تعليق له، قال فلان، وفي تصريح للصحفيين قال فلان: a comma or a cue between ends the phrase.
  for (let k = i - 1; k > from; k--) {
    if (isComma(reading.tokens[k]!) || ((reading.words[k]?.classes ?? 0) & CUE_CLASSES) !== 0)
      return isGenitiveAfterVerb(reading, k, i);
    if (hasPrepositionClitic(reading.tokens[k]!) || isA(reading, k, "preposition")) return true;
  }
  return isGenitiveAfterVerb(reading, from, i);
}

/**
 * واتهم نظام الرئيس فلان، وانتقد أنصار فلان: after the reporting verb at `cue`, a first noun that is
 * no title makes the person at `i` its genitive, not the verb's subject (قال وزير الخارجية فلان).
 */
function isGenitiveAfterVerb(reading: Reading, cue: number, i: number): boolean {
  const next = cue + 1;
  if (next >= i || ((reading.words[cue]?.classes ?? 0) & classBit("verb")) === 0) return false;
  const token = reading.tokens[next]!;
  if (token.kind !== "word" || isA(reading, next, "title") || reading.mentionAt[next] !== undefined)
    return false;
  return !isA(reading, next, "adverb") && !isA(reading, next, "aux") && !hasPrepositionClitic(token);
}

/**
 * The gender of the pronoun on a conjunction right before a cue (لكنها، إلا أنه، لكنهم): written
 * out, it says more than the verb's ending, which a typo may miss (لكنها قال). Null without one.
 */
export function pronounGender(reading: Reading, cue: number): CueGender {
  const conjunction = cue - 1;
  if (conjunction < 0 || !isA(reading, conjunction, "conjunction")) return null;
  const clitic = reading.tokens[conjunction]!.segments.at(-1);
  if (clitic?.kind !== "enclitic" || reading.tokens[conjunction]!.segments.length < 2) return null;
  const form = clitic.form;
  if (form.endsWith("هم") || form.endsWith("هما") || form.endsWith("هن")) return "p";
  if (form.endsWith("ها")) return "f";
  if (form.endsWith("ه")) return "m";
  return null;
}
