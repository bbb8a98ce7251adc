/**
 * How a reporting verb's clause is shaped around it, for the sentence reader: what opens it (a
 * short prepositional phrase, a relative pronoun, a titled subject inside إن), who is addressed
 * rather than speaking (دعا أنصاره إلى، حمّل X المسؤولية), a noun that a verb describes (تقرير
 * يفيد بأن), and where a noun content begins (أعلن عن مقتل، ذكرت في بيان لها وقوع).
 */
import { firstSpanEndingAfter, type Token } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import type { Cue } from "./find-cues.js";
import { classBit } from "./speech-cues.js";
import { agrees, CLAUSE_TIME_WORDS, isDefinite, type FoundSpeaker } from "./find-speaker.js";
import { isBefore } from "./cue-complement.js";
import { hasObjectPronoun, isA, isComma, startAfterConjunction, type Reading } from "./reading.js";

/** Words of a prepositional phrase that opens a sentence before its verb (في المقابل، من جهتها). */
const MAX_OPENING_PHRASE = 3;

/** The cue follows only a short prepositional phrase opening its sentence (في المقابل اتهمت …). */
export function afterOpeningPhrase(reading: Reading, cue: Cue, from: number): boolean {
  let k = from;
  if (isA(reading, k, "conjunction")) k++;
  if (k >= cue.first || !isA(reading, k, "preposition") || reading.mentionAt[k] !== undefined) return false;
  if (cue.first - k > MAX_OPENING_PHRASE) return false;
  for (let j = k + 1; j < cue.first; j++) {
    const token = reading.tokens[j]!;
    if (token.kind !== "word" || reading.words[j] !== undefined || reading.mentionAt[j] !== undefined)
      return false;
  }
  return true;
}

/** Words of a name in apposition between commas. */
const MAX_APPOSED_NAME = 5;
/** Words of a title read back from a name in apposition to the complementizer before it. */
const MAX_SUBJECT_TITLE = 6;

/**
 * إن الرئيس الصيني، فلان، نبه إلى أن …: a subject-first verb whose subject is a title with a name in
 * apposition, the whole right after إن/أن, is inside that complement (as بأن فلان قال), not a clause
 * of its own.
 */
export function isAfterComplementizedSubject(reading: Reading, cue: Cue, from: number): boolean {
  const { tokens } = reading;
  let b = cue.first - 1;
  while (b > from && (isA(reading, b, "aux") || isA(reading, b, "adverb"))) b--;
  if (b <= from || !isComma(tokens[b]!)) return false;
  // (the name between the commas may hold words the entity stage left out: شي جين بينغ)
  let open = b - 1;
  let named = false;
  while (open > from && b - open <= MAX_APPOSED_NAME && tokens[open]!.kind === "word") {
    named ||= reading.mentionAt[open]?.entity.type === "PER";
    open--;
  }
  if (!named || open <= from || !isComma(tokens[open]!)) return false;
  let k = open - 1;
  const stop = Math.max(from, k - MAX_SUBJECT_TITLE);
  while (k > stop && tokens[k]!.kind === "word" && !isA(reading, k, "complementizer")) k--;
  return k < open - 1 && isA(reading, k, "complementizer") && !(k > from && isA(reading, k - 1, "blocker"));
}

/**
 * دعا أنصاره إلى …، حث مواطنيه على …: the one phrase between an object verb and the preposition
 * of its content, when its head carries a possessive pronoun and names no person, is the people
 * addressed (the pronoun points back to the verb's unwritten subject), not the speaker.
 */
export function isOwnAddressee(reading: Reading, cue: Cue, after: FoundSpeaker): boolean {
  const prep = reading.words[cue.first]?.prep ?? null;
  if (cue.frame !== "stance" && (cue.frame !== "object" || prep === null)) return false;
  if (after.entity?.type === "PER") return false;
  const head = reading.tokens[after.head ?? firstSpanEndingAfter(reading.tokens, after.start)]!;
  const last = head.segments[head.segments.length - 1];
  if (head.segments.length < 2 || last?.kind !== "enclitic") return false;
  // (أفاد مراسلنا بأن: "our" is the outlet's, never the unwritten subject's; the phrase is the subject.)
  if (last.form === "نا") return false;
  // أبدى رغبته، أعربت عن قلقها: a verb of stance (it has no preposition) takes the feeling it
  // expresses as its own object.
  if (prep === null) return true;
  return isBefore(reading, after.next, prep) || isBefore(reading, after.next, "ل");
}

/**
 * Heads of organisations' names that are masculine nouns (match keys): a feminine verb cannot have
 * them as its subject, so right after one they are its object (طالبت المجلس بـ، اتهمت النظام بـ،
 * حثت الجيش على). Broken plurals (الأمم) and nouns in ة agree with a feminine verb and are left out.
 */
const MASCULINE_ORGANISATION_HEADS = new Set(
  "الجيش المجلس الحزب الاتحاد البرلمان التحالف النظام الكونغرس الحرس البنك الصندوق الائتلاف المكتب المركز النادي الكرملين المرصد الادعاء القضاء"
    .split(" ")
    .map(matchKey),
);

/** A feminine verb with a masculine organisation or people right after it, its object (حثت الجيش على). */
export function isMasculineObject(reading: Reading, cue: Cue, after: FoundSpeaker): boolean {
  const next = reading.tokens[cue.last + 1];
  return (
    next !== undefined &&
    after.start < next.end &&
    after.end > next.start &&
    isMasculineObjectAt(reading, cue.last)
  );
}

/** The token after the feminine verb at `verb` is a masculine organisation's head or people. */
export function isMasculineObjectAt(reading: Reading, verb: number): boolean {
  const word = reading.words[verb];
  const next = reading.tokens[verb + 1];
  return (
    word !== undefined &&
    word.gender === "f" &&
    (word.classes & classBit("verb")) !== 0 &&
    next !== undefined &&
    (MASCULINE_ORGANISATION_HEADS.has(next.key) || isMasculinePeople(reading, verb + 1))
  );
}

/** Masculine nouns of people that are plural without a sound ending (حذرت السكان من …). */
const MASCULINE_PEOPLE = new Set("السكان الناس الأهالي الطلاب الشباب الأطفال".split(" ").map(matchKey));

/**
 * The token at k is a definite masculine plural of people and names no place or body (حثت
 * المواطنين على …، دعت المحتجين إلى …; not البحرين، الصين): a feminine verb's object.
 */
function isMasculinePeople(reading: Reading, k: number): boolean {
  const token = reading.tokens[k]!;
  if (reading.mentionAt[k] !== undefined || !token.key.startsWith("ال")) return false;
  return MASCULINE_PEOPLE.has(token.key) || (token.key.length >= 7 && /(?:ين|ون)$/.test(token.key));
}

/**
 * بيانا، الأربعاء، دعا فيه …: a preposition with a pronoun right after the verb points back to the
 * noun before it (the statement "in which" he called), so that noun is not the verb's subject.
 */
export function isResumptive(reading: Reading, k: number): boolean {
  const token = reading.tokens[k];
  return (
    token !== undefined &&
    isA(reading, k, "preposition") &&
    token.segments.length > 1 &&
    token.segments[token.segments.length - 1]!.kind === "enclitic"
  );
}

/** Prepositions a verb of saying may put before its noun content (أعلن عن مقتل، أشار إلى مقتل). */
const NOUN_PREPOSITIONS = new Set(["عن", "إلى"].map(matchKey));
/** Words of a setting phrase read past before a noun content (في بيان لها). */
const MAX_SETTING_PHRASE = 3;

/**
 * Where a noun content (مقتل، استعداد) begins after a verb of saying and its subject, or -1: past
 * adverbs and commas, the setting of the statement (وذكرت في بيان لها وقوع …) and عن or إلى
 * (صرح الدفاع المدني صباح الأحد عن مقتل …، أشارت إلى مقتل).
 */
export function nounContent(reading: Reading, k: number, reach: number): number {
  const { tokens } = reading;
  const skip = () => {
    for (;;) {
      while (k < reach && (isA(reading, k, "adverb") || isComma(tokens[k]!))) k++;
      // (أعلنت وكالة الأنباء الفلسطينية (وفا)، الأربعاء، مقتل …: an abbreviation in brackets.)
      const close = tokens[k]?.text === "(" ? closingBracket(tokens, k, reach) : -1;
      if (close < 0) return;
      k = close + 1;
    }
  };
  skip();
  if (k + 1 < reach && isA(reading, k, "preposition") && isA(reading, k + 1, "setting")) {
    let end = k + 2;
    while (end < reach && end - k <= MAX_SETTING_PHRASE && !isA(reading, end, "content-noun")) end++;
    if (end < reach && isA(reading, end, "content-noun")) k = end;
  }
  skip();
  if (k + 1 < reach && NOUN_PREPOSITIONS.has(tokens[k]!.key) && isA(reading, k + 1, "content-noun")) k++;
  return k < reach && isA(reading, k, "content-noun") ? k : -1;
}

/** Longest bracketed aside read past before a noun content, in tokens. */
const MAX_BRACKETED = 4;

/** The ")" closing the "(" at token k within MAX_BRACKETED tokens and before reach, or -1. */
function closingBracket(tokens: readonly Token[], k: number, reach: number): number {
  for (let j = k + 1; j < Math.min(reach, k + 2 + MAX_BRACKETED); j++) if (tokens[j]!.text === ")") return j;
  return -1;
}

/** Words after the one blamed within which مسؤولية is looked for (ميليشيات الحوثي الإيرانية). */
const MAX_BLAMED = 6;

/** مسؤولية follows within a few words from k, before any punctuation (حمّل X مسؤولية …). */
export function blamesIn(reading: Reading, k: number, reach: number): boolean {
  for (let j = k + 1; j < Math.min(reach, k + 1 + MAX_BLAMED); j++) {
    if (reading.tokens[j]!.kind !== "word") return false;
    if (isA(reading, j, "blame") && !isA(reading, j, "verb")) return true;
  }
  return false;
}

/** The verb follows a relative pronoun, past adverbs and قد (الذي نفى بدوره، التي أشارت). */
export function afterRelative(reading: Reading, cue: Cue, from: number): boolean {
  let b = cue.first - 1;
  while (b > from && (isA(reading, b, "aux") || isA(reading, b, "adverb"))) b--;
  return (
    b >= from &&
    RELATIVE_PRONOUNS.has(reading.tokens[b]!.key) &&
    (reading.words[cue.first]?.prefix ?? 0) === 0
  );
}

/**
 * A naming verb after ما or من, bare or with a preposition (انتقد ما وصفه بالتدخلات، حذر مما
 * وصفته بهجوم، هاجم من وصفهم بالخونة): the relative clause names what the speaker called it.
 */
export function namedAfterWhat(reading: Reading, cue: Cue, from: number): boolean {
  const b = cue.first - 1;
  return (
    b >= from &&
    isA(reading, cue.first, "naming") &&
    (reading.words[cue.first]?.prefix ?? 0) === 0 &&
    WHAT_PRONOUNS.has(reading.tokens[b]!.key)
  );
}

/** ما and من with the prepositions that join them (لما، بما، مما، عما، لمن، بمن، ممن). */
const WHAT_PRONOUNS = new Set(["ما", "من", "لما", "بما", "مما", "عما", "لمن", "بمن", "ممن"].map(matchKey));

/** The relative pronouns that stand for a person or thing (not ما، لما). */
const RELATIVE_PRONOUNS = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين"].map(matchKey));

/** The first token from k that is not an adverb (أخطرت الشرطة مؤخرا بأن). */
export function pastAdverbs(reading: Reading, k: number): number {
  while (k < reading.tokens.length && isA(reading, k, "adverb")) k++;
  return k;
}

/** Words of an indefinite noun phrase read back from a verb that describes it. */
const MAX_DESCRIBED = 2;

/**
 * يعدون تقريرا يفيد بأن …، بيانات موثوقة تؤكد أن …: a verb right after an indefinite noun (and قد)
 * is a relative clause on that noun (Arabic needs no relative pronoun there), so the noun phrase
 * is what reports. Read back over one more indefinite word, not an imperfect verb (يعدون).
 */
export function describedNoun(reading: Reading, cue: Cue, from: number): FoundSpeaker | null {
  const { tokens } = reading;
  // (وأضاف، فقال: a verb with و or ف opens a clause of its own.)
  if ((reading.words[cue.first]?.prefix ?? 0) > 0) return null;
  let k = cue.first - 1;
  while (k > from && isA(reading, k, "aux")) k--;
  if (k <= from || !isIndefiniteNoun(reading, k) || CLAUSE_TIME_WORDS.has(tokens[k]!.key)) return null;
  const phrase = { start: k, end: k };
  while (
    phrase.start - 1 > from &&
    phrase.end - phrase.start + 1 < MAX_DESCRIBED &&
    isIndefiniteNoun(reading, phrase.start - 1) &&
    !/^[يت]/.test(tokens[phrase.start - 1]!.key)
  )
    phrase.start--;
  // منظمة غير حكومية قالت، وصحيفة محلية ذكرت: a noun that introduces names heads the phrase,
  // and غير joins it to its adjective.
  let head = phrase.start - 1;
  if (head > from && tokens[head]!.key === GHAYR) head--;
  if (head >= from && cue.gender !== "p" && isNameHeadNoun(reading, head)) phrase.start = head;
  const found: FoundSpeaker = {
    entity: null,
    start: startAfterConjunction(tokens[phrase.start]!),
    end: tokens[phrase.end]!.end,
    next: cue.first,
  };
  // قانون جديد يعتبرون أنه: a plural verb after a singular noun has its own pronoun subject.
  const key = tokens[phrase.start]!.key;
  if (cue.gender === "p" && !key.endsWith("ون") && !key.endsWith("ين")) return null;
  return agrees(reading, found, cue.gender) ? found : null;
}

/** The match key of غير ("non-", in منظمة غير حكومية). */
const GHAYR = matchKey("غير");
const NAME_HEAD = classBit("name-head");

/** Token i is an indefinite noun that introduces names (منظمة، صحيفة، ووكالة), outside any name. */
function isNameHeadNoun(reading: Reading, i: number): boolean {
  const token = reading.tokens[i]!;
  const word = reading.words[i];
  return (
    word !== undefined &&
    (word.classes & ~NAME_HEAD) === 0 &&
    !isDefinite(token) &&
    reading.mentionAt[i] === undefined &&
    reading.mentionEndingAt[i] === undefined
  );
}

/** Token i is a bare indefinite noun: a word with no article, no clitic, no lexicon entry, no name. */
export function isIndefiniteNoun(reading: Reading, i: number): boolean {
  const token = reading.tokens[i];
  return (
    token !== undefined &&
    token.kind === "word" &&
    token.segments.length === 1 &&
    !isDefinite(token) &&
    reading.words[i] === undefined &&
    reading.mentionEndingAt[i] === undefined
  );
}

/**
 * لكنه نفى ارتكاب أي خطأ، إلا أنها أكدت تلقيها أوامر: a conjunction or complementizer carrying a
 * pronoun right before the verb (past قد and adverbs) is the verb's subject, already written; the
 * phrase after the verb is then its object or content, never a second subject.
 */
export function hasPronounSubjectBefore(reading: Reading, cue: Cue, from: number): boolean {
  let b = cue.first - 1;
  while (b > from && (isA(reading, b, "aux") || isA(reading, b, "adverb"))) b--;
  if (b < from || reading.tokens[b]!.kind !== "word") return false;
  if (!isA(reading, b, "conjunction") && !isA(reading, b, "complementizer")) return false;
  return hasObjectPronoun(reading, b);
}

/** في, "in", whose pronoun stands for the statement (بيانا أكد فيه). */
const FI = "في";

/**
 * بيانا أكد فيه، تغريدة قال فيها: a verb right after an indefinite noun with a resumptive
 * preposition after it (في with the noun's pronoun) is that statement's relative clause, and what
 * follows the preposition is what the statement says.
 */
export function statementClause(reading: Reading, cue: Cue, from: number): boolean {
  return (
    cue.first - 1 > from &&
    (reading.words[cue.first]?.prefix ?? 0) === 0 &&
    (isBareDocument(reading, cue.first - 1) ||
      // (في وقت تطالب فيه بعض الأصوات: a lone noun after a preposition is a time or a place.)
      (isIndefiniteNoun(reading, cue.first - 1) && !isA(reading, cue.first - 2, "preposition"))) &&
    isResumptive(reading, cue.last + 1) &&
    reading.tokens[cue.last + 1]!.segments[0]!.form === FI
  );
}

/** Token i is a document word (تغريدة، رسالة) standing alone: no article, no clitic. */
function isBareDocument(reading: Reading, i: number): boolean {
  return isA(reading, i, "document") && reading.tokens[i]!.segments.length === 1;
}
