/**
 * Speakers found away from the cue: the subject of the sentence's main verb (for a participle or a
 * verb that continues it), the document a statement came in (وجاء في البيان), and the test that
 * tells an object in the oblique case from a subject.
 */
import { firstSpanEndingAfter, type Token } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import {
  fromMention,
  isDefinite,
  isPrepositionWord,
  MAX_PHRASE,
  MAX_TITLE,
  phraseEnd,
  subjectAfter,
  type FoundSpeaker,
} from "./find-speaker.js";
import {
  hasPrepositionClitic,
  isA,
  isComma,
  opensWithWaw,
  startAfterConjunction,
  type Reading,
} from "./reading.js";
import { classBit, CUE_CLASSES } from "./speech-cues.js";

/**
 * The subject of a sentence's main verb, for a participle or a pronoun verb that continues it
 * (ورفضت الإمارات الطرح مطالبة ب…): a name opening the sentence, a definite noun phrase opening it
 * (والقانون المثير للجدل لا يتضمن … بينما يشير), else the subject after its first verb. A dateline
 * (دبي، الإمارات العربية المتحدة (CNN)--) and an opening prepositional phrase (وفي أول تعليق له،)
 * are read past. Tokens [from, to).
 */
export function sentenceSubject(reading: Reading, from: number, to: number): FoundSpeaker | null {
  const { tokens } = reading;
  let i = from;
  const dash = datelineEnd(reading, from, to);
  if (dash > from) i = dash;
  const opensTimeClause = (k: number) => OPENING_TIME_CLAUSES.has(keyAfterConjunction(tokens[k]!));
  while (
    i < to &&
    !opensTimeClause(i) &&
    (isA(reading, i, "conjunction") || isA(reading, i, "aux") || isA(reading, i, "adverb"))
  )
    i++;
  // وحينما اندلع العنف في 2012، ونزح …، سعت سو تشي إلى …: a clause of time opening the sentence ends
  // at the first comma not followed by و; the main clause, and its subject, come after it.
  if (i < to && opensTimeClause(i)) {
    let k = i + 1;
    while (k + 1 < to && !(isComma(tokens[k]!) && !opensWithWaw(tokens[k + 1]!))) k++;
    if (k + 1 >= to) return null;
    i = k + 1;
  }
  if (i < to && isPrepositionWord(reading, i)) {
    // وفي أول تعليق له، قال …: the phrase ends at its comma; ومنذ حزيران/يونيو يرفض …: without
    // one, at the first imperfect verb.
    let k = i + 1;
    while (k < Math.min(to, i + MAX_PHRASE + 1) && !isComma(tokens[k]!)) k++;
    if (k < to && isComma(tokens[k]!)) i = k + 1;
    else {
      k = i + 1;
      // (يونيو in حزيران/يونيو is a month, not a verb)
      const isVerb = (t: number) =>
        tokens[t]!.kind === "word" && /^[يت]/.test(tokens[t]!.key) && tokens[t - 1]?.text !== "/";
      while (k < Math.min(to, i + MAX_PHRASE + 1) && !isVerb(k)) k++;
      // (وعبر كوركر عن سعادته بعقد بومبيو لهذا الاجتماع، وقال: with neither, the phrase's end is
      // unknown, and the word the window stops at is no subject.)
      if (k >= to || !isVerb(k)) return null;
      i = k;
    }
  }
  if (i >= to) return null;
  const opening = reading.mentionAt[i];
  if (opening !== undefined && opening.entity.type !== "LOC") return fromMention(opening);
  if (
    opening === undefined &&
    isDefinite(tokens[i]!) &&
    ((reading.words[i]?.classes ?? 0) & CUE_CLASSES) === 0
  ) {
    // وكان الأمين العام للأمم المتحدة، أنطونيو غوتيريس، قد قدم تقريرا قال فيه: a title opening the
    // sentence introduces the person named after it, as it does after a verb.
    // (الرئيس الأميركي الذي تسلم من الجنرال فلان: a name past a relative clause is not his.)
    if (isA(reading, i, "title")) {
      let limit = i + 1;
      while (limit < Math.min(to, i + MAX_TITLE * 2) && !isA(reading, limit, "relative")) limit++;
      const titled = subjectAfter(reading, i, limit);
      if (titled !== null && titled.entity !== null) return titled;
    }
    const end = phraseEnd(reading, i, to);
    if (end > i)
      return { entity: null, start: startAfterConjunction(tokens[i]!), end: tokens[end - 1]!.end, next: end };
  }
  if (opening !== undefined) return fromMention(opening);
  // وقد ردت على …، مثل …: a verb followed by a preposition has a pronoun subject (carried).
  let k = i + 1;
  while (k < to && (isA(reading, k, "adverb") || isComma(tokens[k]!))) k++;
  if (
    k < to &&
    reading.mentionAt[k] === undefined &&
    (isPrepositionWord(reading, k) || hasPrepositionClitic(tokens[k]!))
  )
    return null;
  return subjectAfter(reading, i + 1, Math.min(to, i + 1 + MAX_TITLE * 2));
}

/** Words opening a clause of time (match keys, without their و): حينما، عندما، بعدما، حين. */
const OPENING_TIME_CLAUSES = new Set(["حينما", "عندما", "بعدما", "حين"].map(matchKey));

/** The token's match key without a leading و or ف. */
function keyAfterConjunction(token: Token): string {
  const first = token.segments[0];
  return first?.kind === "proclitic" && (first.form === "و" || first.form === "ف")
    ? token.key.slice(1)
    : token.key;
}

/** Longest dateline, in tokens (لندن، المملكة المتحدة (CNN)--). */
const MAX_DATELINE = 12;

/** The token after a dateline's dash when the sentence opens with one, else `from`. */
function datelineEnd(reading: Reading, from: number, to: number): number {
  const { tokens } = reading;
  if (reading.mentionAt[from]?.entity.type !== "LOC" || !isComma(tokens[from + 1] ?? tokens[from]!))
    return from;
  for (let k = from + 2; k < Math.min(to, from + MAX_DATELINE); k++) {
    const token = tokens[k]!;
    if (token.kind === "punct" && (token.text === "-" || token.text === "—" || token.text === "–")) {
      while (k + 1 < to && tokens[k + 1]!.kind === "punct") k++;
      return k + 1;
    }
  }
  return from;
}

/**
 * The document a statement came in, for جاء and ورد (وجاء في البيان الاتهامي أن): the phrase after
 * في; with a pronoun (وجاء فيه) the document was named before, so the speaker is carried.
 */
export function documentAfter(
  reading: Reading,
  from: number,
  limit: number,
): FoundSpeaker | "implied" | null {
  const { tokens } = reading;
  let k = from;
  while (k < limit && (isA(reading, k, "adverb") || isComma(tokens[k]!))) k++;
  if (k >= limit) return null;
  const segments = tokens[k]!.segments;
  const stem = segments.find((segment) => segment.kind === "stem");
  if (stem === undefined || matchKey(stem.form) !== "في") return null;
  if (segments[segments.length - 1]!.kind === "enclitic")
    return relativeAntecedent(reading, from - 1) ?? "implied";
  return subjectAfter(reading, k + 1, limit, true);
}

/** Lexicon classes that are not nouns. */
const FUNCTION_CLASSES =
  classBit("preposition") |
  classBit("conjunction") |
  classBit("complementizer") |
  classBit("relative") |
  classBit("aux") |
  classBit("adverb");

/** Words of a noun phrase read back from a relative pronoun (نص البيان الكامل، الذي). */
const MAX_ANTECEDENT = 4;

/**
 * The noun phrase a relative pronoun before the verb at `verb` refers to (نص البيان، الذي ورد فيه
 * أن …): the document the pronoun of فيه stands for. Null when the verb follows no relative.
 */
function relativeAntecedent(reading: Reading, verb: number): FoundSpeaker | null {
  const { tokens, mentionEndingAt } = reading;
  let k = verb - 1;
  if (k < 0 || !isA(reading, k, "relative")) return null;
  k--;
  if (k >= 0 && isComma(tokens[k]!)) k--;
  if (k < 0 || tokens[k]!.kind !== "word") return null;
  const mention = mentionEndingAt[k];
  if (mention !== undefined) return fromMention(mention, verb);
  const nominal = (i: number) =>
    tokens[i]!.kind === "word" &&
    ((reading.words[i]?.classes ?? 0) & (CUE_CLASSES | FUNCTION_CLASSES)) === 0 &&
    !hasPrepositionClitic(tokens[i]!);
  if (!nominal(k)) return null;
  let start = k;
  while (start > 0 && k - start < MAX_ANTECEDENT - 1 && nominal(start - 1)) start--;
  return { entity: null, start: startAfterConjunction(tokens[start]!), end: tokens[k]!.end, next: verb };
}

/**
 * A definite sound plural or dual in the oblique case (الحوثيين، المواطنين) is not a subject: after
 * a verb it is the object (واتهم الحوثيين ب…), and the subject is the implied one.
 */
export function isOblique(reading: Reading, found: FoundSpeaker): boolean {
  // (وقال الحسين في مقابلة: a person's name ending in ين is a name, not a plural.)
  if (found.entity?.type === "PER") return false;
  const head = found.head ?? firstSpanEndingAfter(reading.tokens, found.start);
  // وكالة الحوثيين عن: only a phrase of one word is read as an object by its ending.
  if (head !== found.next - 1) return false;
  const token = reading.tokens[found.next - 1];
  const after = reading.tokens[found.next];
  const key = token?.key ?? "";
  // Only before the verb's second complement (اتهم … بـ، طالب … بـ، دعا … إلى): الكرملين and
  // البحرين end in ين too, as subjects.
  const complement =
    after !== undefined && (hasPrepositionClitic(after) || isA(reading, found.next, "preposition"));
  return complement && key.length >= 6 && key.startsWith("ال") && key.endsWith("ين");
}
