/**
 * Who says a reporting verb's words when the phrase after it is not plainly its subject: the
 * subject written before it (a contrast, a sentence opening), the one carried from an earlier
 * report of the sentence, the person a participle follows, the source an attribution names.
 */
import { firstSpanEndingAfter } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import { isQuoteMark } from "../../text/quote-marks.js";
import type { Cue } from "./find-cues.js";
import { agrees, isDefinite, subjectAfter, subjectBefore, type FoundSpeaker } from "./find-speaker.js";
import { sentenceSubject } from "./sentence-subject.js";
import { hasObjectPronoun, hasPrepositionClitic, isA, isComma, type Reading } from "./reading.js";
import { isBefore, type Complement } from "./cue-complement.js";
import { isImperfect } from "./not-a-report.js";
import { pastAdverbs } from "./clause-shape.js";
import type { QuoteDraft } from "./quote-draft.js";

/**
 * اتهم X بـ…: the phrase after an accusing verb is the accused when بـ follows it, past adverbs,
 * the name a title ending the phrase introduces (نظام الرئيس فلان) and an opening quotation mark
 * ("بدفع …"). (In اتهمت روسيا المنظمة بـ the name after روسيا is the accused, not روسيا.)
 */
export function accusesOf(reading: Reading, after: FoundSpeaker): boolean {
  let k = pastAdverbs(reading, after.next);
  const named = reading.mentionAt[k];
  if (named !== undefined && named.first === k && k > 0 && isA(reading, k - 1, "title")) k = named.last;
  const token = reading.tokens[k];
  if (token !== undefined && isQuoteMark(token)) k++;
  return isBefore(reading, k, "ب");
}

/**
 * ووصفت القرار بأنه …: one word between a naming verb and its بـ is the thing named, not the one
 * naming (وصف البيان الهجوم بأنه has both; وصفه خبراء بأنه names with its pronoun).
 */
export function namesOneWord(reading: Reading, cue: Cue, after: FoundSpeaker): boolean {
  if (!isA(reading, cue.first, "naming") || hasObjectPronoun(reading, cue.first)) return false;
  // (وندد الوزير بالاعتداء: a verb with no direct object has only its subject before بـ.)
  if (isA(reading, cue.first, "intransitive")) return false;
  if (after.entity !== null || after.next !== firstSpanEndingAfter(reading.tokens, after.start) + 1)
    return false;
  return accusesOf(reading, after);
}

/** The cue begins its sentence, after at most a conjunction, auxiliaries and adverbs (وأضاف، ثم قال). */
export function opensSentence(reading: Reading, cue: Cue, from: number): boolean {
  // ولكنه قال، لكنها أضافت: the pronoun is the subject, carried like وأضاف's.
  const before = cue.first > from ? reading.tokens[cue.first - 1]! : undefined;
  if (
    before !== undefined &&
    isA(reading, cue.first - 1, "conjunction") &&
    before.segments.at(-1)?.kind === "enclitic"
  )
    return true;
  let b = cue.first;
  while (
    b > from &&
    (isA(reading, b - 1, "conjunction") || isA(reading, b - 1, "aux") || isA(reading, b - 1, "adverb"))
  )
    b--;
  return b === from;
}

/**
 * The person named last before a participle in its sentence, when the main clause's subject was
 * not read (في أول تعليق له …، تحدث الرئيس فلان، الخميس، مشددا على أن): not one governed by a
 * preposition (على المصري فلان is an object).
 */
export function nearestPerson(reading: Reading, from: number, cue: number): FoundSpeaker | null {
  for (let k = cue - 1; k >= from; k--) {
    const mention = reading.mentionEndingAt[k];
    if (mention?.entity.type !== "PER" || mention.first < from) continue;
    const before = mention.first - 1;
    if (
      before >= from &&
      (isA(reading, before, "preposition") || hasPrepositionClitic(reading.tokens[mention.first]!))
    )
      continue;
    if (
      before >= from &&
      isDefinite(reading.tokens[before]!) &&
      before - 1 >= from &&
      isA(reading, before - 1, "preposition")
    )
      continue;
    const { start, end } = mention.mention;
    return { entity: mention.entity, start, end, next: mention.last };
  }
  return null;
}

/** واكتفى بالقول: the one word read before a said-noun is the sentence's opening verb, with و or ف. */
export function isOpeningVerb(reading: Reading, found: FoundSpeaker, from: number): boolean {
  const token = reading.tokens[from]!;
  return (
    found.entity === null &&
    found.start <= token.end &&
    found.end <= token.end &&
    token.segments[0]?.kind === "proclitic" &&
    !isDefinite(token)
  );
}

/**
 * واكتفى الوزير بالقول إن: the subject of the verb opening the sentence, for a said-noun with ب
 * after it; null when the verb has none written (واكتفى بالقول), so the speaker is carried.
 */
export function subjectOfVerb(reading: Reading, cue: Cue, from: number): FoundSpeaker | null {
  if (cue.first <= from + 1 || !hasPrepositionClitic(reading.tokens[cue.first]!)) return null;
  const found = sentenceSubject(reading, from, cue.first);
  return found !== null && found.start >= reading.tokens[from]!.end ? found : null;
}

/**
 * …، ووعد الشعب بأن …: a verb joined by و after a comma to a report in its sentence continues that
 * report's subject, so a common noun between it and its complement (its preposition, or بأن) is the
 * object it addresses, not a new speaker. Named entities may still be a new subject.
 */
export function continuesReport(
  reading: Reading,
  cue: Cue,
  after: FoundSpeaker,
  previous: QuoteDraft | undefined,
): boolean {
  if (previous === undefined || after.entity !== null) return false;
  // (…، وتشير الأنباء إلى أن: a verb with no direct object has only its subject before إلى.)
  if (isA(reading, cue.first, "intransitive")) return false;
  // (…، وطالب المتحدث بالتحقيق: a title names a new speaker.)
  if (isA(reading, firstSpanEndingAfter(reading.tokens, after.start), "title")) return false;
  // (ووعد is one segment: the lexicon knows its و.)
  const word = reading.words[cue.first];
  if ((word?.prefix ?? 0) === 0 || reading.text.charAt(reading.tokens[cue.first]!.start) !== "و")
    return false;
  if (cue.first === 0) return false;
  if (!isComma(reading.tokens[cue.first - 1]!)) return false;
  const prep = word?.prep ?? "ب";
  return isBefore(reading, after.next, prep) || isBefore(reading, after.next, "ب");
}

/**
 * The source named by an attribution ending in عن inside a verb's clause (نقلا عن مصدر عسكري):
 * the one who said the words. Null for one naming the relayer (وفقا لما نقلته الوكالة).
 */
export function originalSource(
  reading: Reading,
  attribution: Cue,
  complement: Complement | null,
): FoundSpeaker | null {
  if (complement === null || reading.tokens[attribution.last]!.key !== AN) return null;
  return subjectAfter(reading, attribution.last + 1, complement.limit, true);
}

/** A conjunction or complementizer stands a few words before the verb (a cheap look first). */
export function hasContrastOpener(reading: Reading, cue: Cue, from: number): boolean {
  for (let k = Math.max(from, cue.first - CONTRAST_WINDOW); k < cue.first; k++)
    if (isA(reading, k, "conjunction") || isA(reading, k, "complementizer")) return true;
  return false;
}

/**
 * The verb's subject stands before it right after لكن، بينما or إلا أن، غير أن (…، لكن الحكومة
 * نفت وجود أزمة): a contrasting clause of its own, whose verb takes a noun content like one
 * opening the sentence. Called when hasContrastOpener holds.
 */
export function contrastedSubject(reading: Reading, cue: Cue, from: number): FoundSpeaker | null {
  const found = subjectBefore(reading, cue.first, from);
  if (found === null || found.next > cue.first) return null;
  // (كما لم تعترف بـ…: a negation is no subject, and a negated report is none.)
  const first = firstSpanEndingAfter(reading.tokens, found.start);
  if (found.entity === null && NEGATIONS.has(reading.tokens[first]!.key)) return null;
  for (let k = found.next; k < cue.first; k++)
    if (!isA(reading, k, "adverb") && !isA(reading, k, "aux")) return null;
  const b = first - 1;
  if (b < from) return null;
  if (isA(reading, b, "conjunction") && (reading.words[b]?.prefix ?? 0) === 0) return found;
  return isA(reading, b, "complementizer") && b > from && isA(reading, b - 1, "blocker") ? found : null;
}

/**
 * الصحيفة أشارت إلى الضجة، الطراونة أكد أهمية …: a named source, a title or a document that opens
 * the sentence (after at most و, كان and the like) and a perfect verb right after it; the phrase
 * after the verb is then its content, not its subject.
 */
export function openingSubject(reading: Reading, cue: Cue, from: number): FoundSpeaker | null {
  // (تركيا تؤكد استمرار العملية: an imperfect after its subject is a headline's, seldom a report.)
  if (cue.first - from > CONTRAST_WINDOW || isImperfect(reading, cue)) return null;
  const found = subjectBefore(reading, cue.first, from);
  if (found === null || found.next > cue.first) return null;
  const first = firstSpanEndingAfter(reading.tokens, found.start);
  // Only a named source, a title or a document: another phrase before a verb is seldom its subject.
  const named = found.entity !== null || isA(reading, first, "title") || isA(reading, first, "document");
  if (!named || (found.entity === null && NEGATIONS.has(reading.tokens[first]!.key))) return null;
  for (let k = found.next; k < cue.first; k++)
    if (!isA(reading, k, "adverb") && !isA(reading, k, "aux")) return null;
  for (let k = from; k < first; k++)
    if (!isA(reading, k, "aux") && !isA(reading, k, "conjunction")) return null;
  return found;
}

/**
 * A named subject written right after a complementizer, before the verb (قال إن الملك نفى
 * علمه …): the verb reports inside the other report's content, with that subject.
 */
export function complementSubject(reading: Reading, cue: Cue, from: number): FoundSpeaker | null {
  let k = cue.first - 1;
  while (k > from && cue.first - k <= COMPLEMENT_SUBJECT_WINDOW && !isA(reading, k, "complementizer")) k--;
  if (k <= from || !isA(reading, k, "complementizer") || isA(reading, k - 1, "blocker")) return null;
  const found = subjectBefore(reading, cue.first, k + 1);
  if (found === null || found.entity === null) return null;
  // Only titles between the complementizer and the name, only adverbs between it and the verb.
  const nameAt = firstSpanEndingAfter(reading.tokens, found.start);
  for (let j = k + 1; j < nameAt; j++) if (!isA(reading, j, "title")) return null;
  const afterName = firstSpanEndingAfter(reading.tokens, found.end - 1) + 1;
  for (let j = afterName; j < cue.first; j++)
    if (!isA(reading, j, "adverb") && !isA(reading, j, "aux")) return null;
  return found;
}

/** Words between a complementizer and the verb whose subject stands right after it. */
const COMPLEMENT_SUBJECT_WINDOW = 8;

/** Words before a verb within which لكن or إلا أن and the subject stand. */
const CONTRAST_WINDOW = 7;

/** Particles of negation (match keys). */
const NEGATIONS = new Set(["لم", "لن", "لا", "ما", "ليس"].map(matchKey));

/** حمّل with its object pronoun and مسؤولية right after it (وحملهم مسؤولية …). */
export function blamedPronoun(reading: Reading, cue: Cue): boolean {
  return (
    isA(reading, cue.first, "blame") &&
    hasObjectPronoun(reading, cue.first) &&
    cue.last + 1 < reading.tokens.length &&
    isA(reading, cue.last + 1, "blame")
  );
}

const MA = matchKey("ما");
const ALA = matchKey("على");

/**
 * The cue follows كما or على ما after a clause, with or without a comma (…، كما أفاد المرصد،
 * …، على ما أوردت الوكالة): the index of كما or على, else -1.
 */
export function kamaBefore(reading: Reading, cue: Cue, from: number): number {
  let k = cue.first - 1;
  const { tokens } = reading;
  if (k - 1 > from && tokens[k]!.key === MA && tokens[k - 1]!.key === ALA) k--;
  else if (k < 0 || tokens[k]!.key !== "كما") return -1;
  return k - 1 > from &&
    (reading.words[cue.first]?.prefix ?? 0) === 0 &&
    // (…من منصبه كما أفادت وسائل إعلام: the comma is often left out.)
    (isComma(tokens[k - 1]!) || tokens[k - 1]!.kind === "word")
    ? k
    : -1;
}

/**
 * The subject a verb with none of its own takes from earlier in its sentence: the speaker of the
 * report before it, else the subject of an earlier reporting verb, else the sentence's subject;
 * only when it agrees with the verb (ولكنها قالت is not said by the man named first).
 */
export function earlierSubject(
  reading: Reading,
  from: number,
  cue: Cue,
  previous: QuoteDraft | undefined,
  lastSubject: FoundSpeaker | null,
): FoundSpeaker | null {
  // وأضاف "…"، وقال إن …: after a report of this sentence whose speaker is carried, this one's is too.
  if (previous !== undefined && previous.speaker === "implied" && lastSubject === null) return null;
  const candidates = [
    previous !== undefined && typeof previous.speaker === "object" ? previous.speaker.found : null,
    lastSubject,
  ];
  for (const candidate of candidates) {
    if (candidate !== null && candidate.start < reading.tokens[cue.first]!.start) {
      return agrees(reading, candidate, cue.gender) ? candidate : null;
    }
  }
  const subject = sentenceSubject(reading, from, cue.first);
  return subject !== null && agrees(reading, subject, cue.gender) ? subject : null;
}

/** The match key of عن. */
const AN = matchKey("عن");

/** The match key of قد. */
const QAD = matchKey("قد");
/** Longest subject between كان and قد, in tokens (وكان وزير الخارجية الأميركي السابق قد). */
const MAX_PLUPERFECT_SUBJECT = 8;

/**
 * وكان روحاني قد حذر نظيره الأميركي من …: the subject of a pluperfect stands between كان and قد,
 * so the phrase after the verb is its object, not a speaker. Null when the verb has no such frame,
 * or the words between are not one subject phrase.
 */
export function pluperfectSubject(reading: Reading, cue: Cue, from: number): FoundSpeaker | null {
  const qad = cue.first - 1;
  if (qad - 2 < from || reading.tokens[qad]!.key !== QAD) return null;
  for (let k = qad - 2; k >= Math.max(from, qad - 1 - MAX_PLUPERFECT_SUBJECT); k--) {
    if (!isA(reading, k, "aux") || reading.tokens[k]!.key === QAD) continue;
    // (Not describedNoun: a verb after قد in this frame is كان's predicate, not a relative clause.)
    const found = subjectBefore(reading, cue.first, from);
    return found !== null && found.start >= reading.tokens[k + 1]!.start ? found : null;
  }
  return null;
}
