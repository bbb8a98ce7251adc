/**
 * Where a cue's clause begins and whether it opens a report of its own or is embedded in the
 * clause before it (بأن ترامب قد قال "…"، معلومات قد تؤكد …), which decides where the report
 * before it ends.
 */
import { matchKey } from "../../text/index.js";
import type { Cue } from "./find-cues.js";
import { isDefinite } from "./find-speaker.js";
import { hasPrepositionClitic, isA, isComma, type Reading } from "./reading.js";
import { isImperfect } from "./not-a-report.js";
import { afterOpeningPhrase, isAfterComplementizedSubject, isIndefiniteNoun } from "./clause-shape.js";

/** Where the clause of a cue begins: before ثم، لكنه، قد، the comma, and a subject written first. */
export function boundaryOf(reading: Reading, cue: Cue, from: number): number {
  const { tokens } = reading;
  let b = cue.first;
  const skip = () => {
    while (
      b > from &&
      (isA(reading, b - 1, "conjunction") || isA(reading, b - 1, "aux") || isA(reading, b - 1, "adverb"))
    )
      b--;
  };
  skip();
  const subject = b > from ? reading.mentionEndingAt[b - 1] : undefined;
  if (subject !== undefined && subject.first > from && isComma(tokens[subject.first - 1]!)) b = subject.first;
  skip();
  if (b > from && isComma(tokens[b - 1]!)) b--;
  return b;
}

/** إلا، غير، بيد before أن: "but" (إلا أنه، غير أنها، بيد أنهم), match keys. */
const BUT = new Set(["إلا", "غير", "بيد"].map(matchKey));

/** Words after a cue within which its own إن/أن is looked for (adverbs and a short subject). */
const OWN_COMPLEMENT = 6;

/** The cue is followed by its own إن/أن before any punctuation (كما ذكرت أيضا إنها). */
function comesBeforeComplementizer(reading: Reading, cue: Cue): boolean {
  const end = Math.min(reading.tokens.length, cue.last + 1 + OWN_COMPLEMENT);
  for (let k = cue.last + 1; k < end; k++) {
    if (reading.tokens[k]!.kind !== "word") return false;
    if (isA(reading, k, "complementizer")) return (reading.tokens[k]!.segments[0]?.form ?? "") !== "و";
  }
  return false;
}

/**
 * وأكد الوزير، الذي كان يتحدث لجمهور …، أن: a verb right after a relative pronoun (and its
 * auxiliaries) is inside the relative clause, which is inside the clause before it.
 */
function isInRelativeClause(reading: Reading, cue: Cue, from: number): boolean {
  let b = cue.first - 1;
  while (b > from && isA(reading, b, "aux")) b--;
  return b >= from && isA(reading, b, "relative");
}

/** A name or a definite word right after the cue: its subject, in verb-first order. */
function namedSubjectAfter(reading: Reading, cue: Cue): boolean {
  const next = reading.tokens[cue.last + 1];
  if (next === undefined || next.kind !== "word" || hasPrepositionClitic(next)) return false;
  return reading.mentionAt[cue.last + 1] !== undefined || isDefinite(next);
}

/**
 * قال إنه كان يعتبر …، أكدت أنها قد قالت: a report whose verb follows a complementizer and an
 * auxiliary (without a subject between) is inside that complement, as one right after the
 * complementizer is. Not after a comma and إلا/غير (…، إلا أنه كان قد أكد: "but") nor after رغم
 * ("although"): those open a clause of their own.
 */
function isAfterComplementizerAndAuxiliary(reading: Reading, cue: Cue, from: number): boolean {
  let b = cue.first - 1;
  while (b > from && (isA(reading, b, "aux") || isA(reading, b, "adverb"))) b--;
  if (b === cue.first - 1 || b <= from || !isA(reading, b, "complementizer")) return false;
  // (…، رغم أنه كان قد نفى: "although" opens a clause of the narrator's.)
  if (isA(reading, b - 1, "blocker") || isA(reading, b - 1, "narrator")) return false;
  return !(BUT.has(reading.tokens[b - 1]!.key) && b - 2 >= from && isComma(reading.tokens[b - 2]!));
}

/**
 * A cue opens a clause of its own when it starts the sentence, carries و or ف, follows a comma, a
 * conjunction (ثم، لكنه) or an auxiliary, or is a participle (…، مضيفا أن); a bare verb after a
 * noun (بعد رفض مالكه، تظاهرات تدعو) is embedded in the clause before it.
 */
export function opensClause(reading: Reading, cue: Cue, boundary: number, from: number): boolean {
  if (cue.role === "participle" || cue.role === "according" || cue.role === "self") return true;
  // (نفت الاتهامات بقمع المتظاهرين: a charge noun names a charge inside the clause.)
  if (isA(reading, cue.first, "charge")) return false;
  // قد أطلق سراحهم "مؤقتا": a naming verb names a fragment inside the clause, it does not end it.
  if (cue.frame === "name") return false;
  if (
    cue.first > from &&
    (isA(reading, cue.first - 1, "blocker") || isA(reading, cue.first - 1, "complementizer"))
  ) {
    // كما كشفت الوكالة at the sentence's start is "also", not "as": the clause is its own; so is
    // …، كما ذكرت أيضا إنها … with a complement of its own (…، كما أفاد المرصد attributes back).
    if (cue.first - 1 === from && isA(reading, from, "conjunction")) return true;
    // …، إلا أنها أكدت تلقيها: after a comma, "except that" is "but", and its pronoun the subject
    // of a new clause (without the comma it may run on inside an earlier report's content).
    const but = cue.first - 2;
    if (
      but - 1 >= from &&
      isComma(reading.tokens[but - 1]!) &&
      BUT.has(reading.tokens[but]!.key) &&
      isA(reading, cue.first - 1, "complementizer")
    )
      return true;
    return isA(reading, cue.first - 1, "conjunction") && comesBeforeComplementizer(reading, cue);
  }
  if (isAfterComplementizerAndAuxiliary(reading, cue, from) || isInRelativeClause(reading, cue, from))
    return false;
  // بأن ترامب قد قال "…": a report whose subject follows a complementizer is inside that
  // complement; it gives a quote of its own and the outer report runs on past it.
  let b = cue.first - 1;
  while (b > from && (isA(reading, b, "aux") || isA(reading, b, "adverb"))) b--;
  const subject = reading.mentionEndingAt[b];
  if (subject !== undefined && subject.first > from) {
    b = subject.first - 1;
    if (isA(reading, b, "complementizer") && !(b > from && isA(reading, b - 1, "blocker"))) return false;
  }
  if (isAfterComplementizedSubject(reading, cue, from)) return false;
  if ((reading.words[cue.first]?.prefix ?? 0) > 0 || cue.first === from) return true;
  // (وفي موضوع آخر أكد العمادي …: an opening prepositional phrase ends before a perfect verb with
  // its subject after it, even on an indefinite noun; في حين تطالب الصين is a clause of the phrase,
  // بعد هدوء حذر استمر an adjective.)
  if (!isImperfect(reading, cue) && namedSubjectAfter(reading, cue) && afterOpeningPhrase(reading, cue, from))
    return true;
  // معلومات قد تؤكد …: a verb after an indefinite noun (and قد) describes that noun; an Arabic
  // relative clause on an indefinite noun has no relative pronoun.
  b = cue.first - 1;
  while (b > from && isA(reading, b, "aux")) b--;
  if (isIndefiniteNoun(reading, b)) return false;
  return boundary < cue.first || afterOpeningPhrase(reading, cue, from);
}
