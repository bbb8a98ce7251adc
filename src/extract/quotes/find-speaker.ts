import { firstSpanEndingAfter, type Entity, type Token } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import { isQuoteMark } from "../../text/quote-marks.js";
import {
  hasObjectPronoun,
  hasPrepositionClitic,
  opensWithWaw,
  isA,
  isInnerDot,
  isComma,
  startAfterConjunction,
  type Reading,
  type TokenMention,
} from "./reading.js";
import { CUE_CLASSES, type CueGender } from "./speech-cues.js";
import { isCalled, withholdsName } from "./non-reporting-idioms.js";

/** A speaker read from the text: an entity mention, or a noun phrase naming no entity (مصدر قبلي). */
export interface FoundSpeaker {
  readonly entity: Entity | null;
  readonly start: number;
  readonly end: number;
  /** Token index after the speaker's phrase. */
  readonly next: number;
  /** Token index where the phrase holding the speaker begins, when before the mention (وكالة الحوثيين). */
  readonly head?: number;
}

/** Demonstrative pronouns (match keys): ذلك، هذا، هذه، تلك. */
const DEMONSTRATIVES = new Set(["ذلك", "هذا", "هذه", "تلك", "ذاك"].map(matchKey));

/** ذلك، هذه، تلك, also with a proclitic (بهذه، لتلك): a word pointing back at something named before. */
export function isDemonstrative(token: Token): boolean {
  if (DEMONSTRATIVES.has(token.key)) return true;
  if (token.segments[0]?.kind !== "proclitic") return false;
  const stem = token.segments.find((segment) => segment.kind === "stem");
  return stem !== undefined && DEMONSTRATIVES.has(matchKey(stem.form));
}

/**
 * Words of time that open a clause (في حين، حين، بعدما): nouns in form, but a verb after one is the
 * clause's own (وفي حين يعلنون أن …، بعدما قالت إنها …), not a description of it.
 */
export const CLAUSE_TIME_WORDS: ReadonlySet<string> = new Set(["حين", "بعدما"].map(matchKey));

/** Longest noun phrase taken as a speaker that is not an entity (مصدر مطلع، محللون). */
export const MAX_PHRASE = 5;
/** Words a title may take before the name (الأمين العام للجامعة العربية فلان). */
export const MAX_TITLE = 8;

export function fromMention(mention: TokenMention, next = mention.last): FoundSpeaker {
  return { entity: mention.entity, start: mention.mention.start, end: mention.mention.end, next };
}

/** Words that may stand between a cue and its subject: adverbs, auxiliaries, commas (وكان الجيش، كشف، الأحد). */
function isSkippable(reading: Reading, i: number): boolean {
  const token = reading.tokens[i]!;
  return isComma(token) || isA(reading, i, "adverb") || isA(reading, i, "aux") || isQuoteMark(token);
}

/**
 * Participles and adverbs of manner in the accusative, written without their tanween (وأضاف
 * مخاطبا الصحافيين، وتابع متوجها إلى ترامب), match keys: the circumstance of the saying, never
 * its subject, and the phrase after them is the one addressed.
 */
const MANNER_WORDS = new Set(
  [
    "مخاطبا",
    "متوجها",
    "موجها",
    "متحدثا",
    "متهكما",
    "مازحا",
    "ممازحا",
    "ساخرا",
    "مبتسما",
    "مكررا",
    "مستطردا",
    "مقسما",
    "معلقا",
  ].map(matchKey),
);

/** Verbal nouns of the stems افتعال، انفعال، استفعال, on match keys (انتساب، انسحاب، استخدام). */
const DERIVED_VERBAL_NOUN = /^(?:ا.ت.ا.|ان..ا.|است..ا.)$/;
/** Nouns of that shape that name a body, not an act (ائتلاف، اتحاد are coalitions and unions). */
const DERIVED_BODIES = new Set(["ائتلاف", "اتحاد"].map(matchKey));

/**
 * Token i is an indefinite verbal noun of a derived stem, in no lexicon class and no entity mention.
 * (A woman's name of that shape, ابتسام or انتصار, is read as one unless the tagger found it.)
 */
function isDerivedVerbalNoun(reading: Reading, i: number): boolean {
  const token = reading.tokens[i]!;
  return (
    reading.mentionAt[i] === undefined &&
    (reading.words[i]?.classes ?? 0) === 0 &&
    !isDefinite(token) &&
    !DERIVED_BODIES.has(token.key) &&
    DERIVED_VERBAL_NOUN.test(token.key)
  );
}

/** The word ends in the accusative's written tanween (حقاً، رسمياً، مسؤولًا). */
function isAccusative(token: Token): boolean {
  return token.kind === "word" && /\u064B\u0627?$|\u0627\u064B$/.test(token.text);
}

/** Token k is a bare indefinite noun, so a name after it is its genitive (إدارة فلان، مكتب فلان). */
function isGenitiveOf(reading: Reading, k: number): boolean {
  const token = reading.tokens[k]!;
  return (
    token.kind === "word" &&
    !isDefinite(token) &&
    reading.mentionEndingAt[k] === undefined &&
    reading.words[k] === undefined
  );
}

function hasEnclitic(token: Token): boolean {
  return token.segments.length > 1 && token.segments[token.segments.length - 1]!.kind === "enclitic";
}

export function isPrepositionWord(reading: Reading, i: number): boolean {
  return isA(reading, i, "preposition") && reading.mentionAt[i] === undefined;
}

/** Title words a name in apposition may carry after its comma (، العقيد الركن فلان،). */
const MAX_APPOSED_TITLE = 3;

/**
 * The name at token j stands in apposition after a comma, bare or with its own title words (قال
 * المتحدث باسم الجيش، العقيد الركن فلان، إن): it names the phrase that opened at i.
 */
function isApposed(reading: Reading, i: number, j: number): boolean {
  let k = j - 1;
  while (k > i && j - k <= MAX_APPOSED_TITLE && isA(reading, k, "title")) k--;
  return k > i - 1 && (isComma(reading.tokens[k]!) || isSlash(reading.tokens[k]!));
}

/** العميد/ فلان: Yemeni and Egyptian news set a name after its rank with a slash. */
function isSlash(token: Token): boolean {
  return token.kind === "punct" && token.text === "/";
}

/** Longest quoted name after a name head (صحيفة "…"), in tokens between the marks. */
const MAX_QUOTED_NAME = 4;

/**
 * The closing mark of a short quotation right after token `head` when it is a noun that introduces
 * names (صحيفة، موقع، قناة); -1 otherwise.
 */
function quotedNameAfter(reading: Reading, head: number, limit: number): number {
  const open = reading.tokens[head + 1];
  if (!isA(reading, head, "name-head") || open === undefined || !isQuoteMark(open)) return -1;
  for (let k = head + 2; k < Math.min(limit, head + 3 + MAX_QUOTED_NAME); k++) {
    const token = reading.tokens[k]!;
    if (isQuoteMark(token)) return k > head + 2 ? k : -1;
    if (token.kind === "punct" && !isComma(token)) return -1;
  }
  return -1;
}

const ON_BEHALF_OF = matchKey("باسم");

/** A noun phrase from token i: words up to a preposition, a cue, a complementizer or a mark. */
export function phraseEnd(reading: Reading, i: number, limit: number): number {
  let j = i;
  let longest = MAX_PHRASE;
  while (j < limit && j - i < longest) {
    const token = reading.tokens[j]!;
    // (تلفزيون بي.إف.إم.تي.في، د. أحمد: the dots of an acronym or an abbreviation stay inside.)
    if (isInnerDot(reading.tokens, j)) {
      j += 2;
      continue;
    }
    if (token.kind !== "word" && token.kind !== "number") break;
    // المتحدث باسم التحالف: "on behalf of" belongs to a spokesman's title, though it reads as a
    // preposition and an indefinite noun; the body it names may take three words past the phrase's
    // usual length (الناطق الرسمي باسم وزارة الخارجية الإيرانية).
    if (j > i && token.key === ON_BEHALF_OF && j + 1 < limit && reading.tokens[j + 1]!.kind === "word") {
      longest = Math.max(longest, j - i + 4);
      j++;
      continue;
    }
    if (j > i && (isPrepositionWord(reading, j) || isA(reading, j, "adverb"))) break;
    // للصحفيين، بالابتعاد، الذي: a prepositional phrase or a relative clause ends the noun phrase.
    if (j > i && (hasPrepositionClitic(token) || isA(reading, j, "relative"))) break;
    // (مصدر لم يذكر اسمه: a negated verb describes the noun; the phrase ends before it, as it
    // does before مصدر رفض الكشف عن هويته.)
    if (j > i && (NEGATION_KEYS.has(token.key) || withholdsName(reading.tokens, j))) break;
    // المحتجون سركسيان: after a definite word the construct phrase is closed; a name that follows
    // begins the next noun phrase (the verb's object).
    // (السلطات السعودية: a definite nisba adjective read as a place still belongs to the phrase.)
    if (
      j > i &&
      reading.mentionAt[j] !== undefined &&
      isDefinite(reading.tokens[j - 1]!) &&
      !isNisba(reading, j)
    )
      break;
    // (السلطات السورية القوات الأمريكية: after such an adjective a definite word begins the object.)
    if (j > i && isNisba(reading, j - 1) && isDefinite(token) && !isNisba(reading, j)) break;
    // الرئيس اليمني الراحل انتقادات: an indefinite noun after a definite one is not in its phrase;
    // nor is a definite oblique plural (الوزير المواطنين): an adjective of a subject would be ـون.
    if (j > i && isDefinite(reading.tokens[j - 1]!) && token.kind === "word") {
      if (
        !isDefinite(token) ||
        (token.key.length >= 6 && token.key.endsWith("ين") && reading.mentionAt[j] === undefined)
      )
        break;
    }
    // السفارة الرعايا: an adjective agrees with a feminine head, so a definite word without a
    // feminine ending after one is the verb's object.
    if (j === i + 1 && isDefinite(reading.tokens[i]!) && isDefinite(token)) {
      if (endsFeminine(reading.tokens[i]!) && !endsFeminine(token) && reading.mentionAt[j] === undefined)
        break;
    }
    if (
      isA(reading, j, "complementizer") ||
      (j > i && ((reading.words[j]?.classes ?? 0) & CUE_CLASSES) !== 0)
    )
      break;
    j++;
  }
  return j;
}

/** Token j is a definite relative adjective of a place (السعودية، الأمريكي) read as a place name. */
function isNisba(reading: Reading, j: number): boolean {
  const mention = reading.mentionAt[j];
  const token = reading.tokens[j]!;
  return (
    mention !== undefined &&
    mention.entity.type === "LOC" &&
    mention.last === j + 1 &&
    isDefinite(token) &&
    (token.key.endsWith("يه") || token.key.endsWith("ية") || token.key.endsWith("ي"))
  );
}

/** The word ends as a feminine singular noun or adjective: ة، or ى/اء of الكبرى، الحمراء. */
function endsFeminine(token: Token): boolean {
  const stem = token.segments.find((segment) => segment.kind === "stem")?.form ?? token.text;
  const bare = stem.replace(/[\u064B-\u0652\u0640]/g, "");
  return bare.endsWith("ة") || bare.endsWith("ى") || bare.endsWith("اء");
}

/**
 * دون، بدون ("without"), match keys, compared with the whole token's key: as a lexicon preposition
 * دون would also be read in دوني (a first name, segmented دون + ي) and cut the name off a speaker.
 */
const WITHOUT = new Set(["دون", "بدون"].map(matchKey));

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
    // أعلنت فيه الأمم المتحدة: a preposition with a pronoun is a whole phrase of one word.
    if (isPrepositionWord(reading, i) && hasEnclitic(tokens[i]!)) {
      i++;
      continue;
    }
    // (وأضاف دون الخوض في التفاصيل "…": دون, "without", heads a phrase of manner, not a subject.)
    const opensPhrase =
      isPrepositionWord(reading, i) ||
      WITHOUT.has(tokens[i]!.key) ||
      (!clitics && hasPrepositionClitic(tokens[i]!));
    if (opensPhrase && mentionAt[i]?.entity.type !== "PER") {
      while (i < limit && !isComma(tokens[i]!)) i++;
      continue;
    }
    break;
  }
  // جاء ذلك في كلمة: a demonstrative standing alone points at a statement, it is not a speaker
  // (هذا المسؤول، with its noun, is); nor is one before a word of saying (نفى تلك المزاعم، أكد هذه
  // التصريحات): the two point back at what was said, the verb's object.
  if (i < limit && DEMONSTRATIVES.has(tokens[i]!.key)) {
    const next = tokens[i + 1];
    if (next === undefined || next.kind !== "word" || isPrepositionWord(reading, i + 1)) return null;
    if (((reading.words[i + 1]?.classes ?? 0) & CUE_CLASSES) !== 0 || isA(reading, i + 1, "content-noun"))
      return null;
  }
  // كل من السعودية والإمارات: the list after كل من is the subject.
  if (i + 2 < limit && tokens[i]!.key === "كل" && tokens[i + 1]!.key === "من") i += 2;
  if (i >= limit || (tokens[i]!.kind !== "word" && tokens[i]!.kind !== "number")) return null;
  if (((reading.words[i]?.classes ?? 0) & CUE_CLASSES) !== 0 || isA(reading, i, "complementizer"))
    return null;
  // قالت حقاً إنها، أضاف مخاطباً الصحافيين، كشفت إنجازاً: a word written in the accusative is an
  // adverb, a circumstance or the object; a subject is never in that case.
  if (isAccusative(tokens[i]!) || MANNER_WORDS.has(tokens[i]!.key)) return null;
  // وأكد انتساب "…"، نفت استخدام …، توقع ارتفاع …: a verbal noun of the derived stems (افتعال،
  // انفعال، استفعال) opens the verb's content; the subject is the sentence's.
  if (isDerivedVerbalNoun(reading, i)) return null;
  // (كشفت، في سبتمبر، عن العثور على ألغام، لكن الأحجار …: past the verb's phrases a conjunction
  // opens a clause of its own; its words are not the verb's subject.)
  if (i > from && isA(reading, i, "conjunction")) return null;
  // أطلق عليه اسم "…": the name-noun is the naming verb's object; its subject is not written.
  // (أكدت وجود 689 سوقا: a noun of stance or death is the verb's content, never its subject.)
  if (isA(reading, i, "name-noun") || isA(reading, i, "content-noun")) return null;
  // A person in apposition (…، فلان،), or after the title that opens the phrase (or its role).
  const role = (mention: TokenMention) =>
    mention.entity.role !== undefined &&
    mention.entity.role.start <= tokens[i]!.end &&
    mention.entity.role.end >= tokens[i]!.start;
  const titled = isA(reading, i, "title");
  // وصفت وزارة الخارجية، الثلاثاء، رئيس الوزراء، فلان بـ…: a body named whole before a comma is the
  // subject; a person in apposition further on names the verb's object.
  const opening = mentionAt[i];
  if (
    opening !== undefined &&
    opening.first === i &&
    opening.entity.type === "ORG" &&
    tokens[opening.last] !== undefined &&
    isComma(tokens[opening.last]!)
  )
    return fromMention(opening);
  // مصدر مقرب من الكاتب، فلان: a name after من or عن is in apposition to that word's object.
  let governed = false;
  for (let j = i; j < limit; j++) {
    const mention = mentionAt[j];
    // شاهد عيان يدعى يوسف نجاح: the name after "called" is the speaker's.
    if (j > i && isCalled(tokens[j - 1]!)) {
      const called = calledName(reading, j, limit);
      if (called !== null) return called;
    }
    if (mention?.entity.type === "PER") {
      const apposed = isApposed(reading, i, j) && (titled || !governed);
      // مسؤول في إدارة فلان: after a preposition, a name right after an indefinite noun is that
      // noun's genitive; after a definite word or a name (المسؤول في الشركة فلان) it is the title's.
      const genitive = governed && isGenitiveOf(reading, j - 1);
      // (كبير مستشاري القائد العام للقوات المسلحة اللواء فلان: a rank right before the name
      // introduces it, however long the description before.)
      const ranked = j - i <= 2 * MAX_TITLE && RANKS.has(tokens[j - 1]!.key);
      if (j === i || apposed || ranked || role(mention) || (titled && j - i <= MAX_TITLE && !genitive)) {
        return fromMention(mention);
      }
    }
    if (isA(reading, j, "complementizer")) break;
    if (
      tokens[j]!.kind === "punct" &&
      !isComma(tokens[j]!) &&
      !isQuoteMark(tokens[j]!) &&
      !isSlash(tokens[j]!)
    )
      break;
    if (j > i && isPrepositionWord(reading, j)) governed = true;
  }
  const first = mentionAt[i];
  if (first !== undefined) return fromMention(first);
  const end = phraseEnd(reading, i, limit);
  if (end === i) return null;
  // (وفقا لمصادر، بحسب للبيان: after an attribution the phrase is the noun, not its ل; FORMAT.md
  // drops both lams of لل, as the gold does.)
  const start = clitics ? startAfterLam(tokens[i]!) : tokens[i]!.start;
  // حسب موقع "السومرية نيوز"، قالت صحيفة "الغارديان": the quoted name is the source's.
  const named = quotedNameAfter(reading, end - 1, limit);
  if (named > 0) return { entity: null, start, end: tokens[named]!.end, next: named + 1 };
  // تقرير للأمم المتحدة: an organisation right after a one-word document is its author; after a
  // person or a longer phrase (قال مسؤول لرويترز، مصدر عسكري يمني لوكالة الأنباء) it is the addressee.
  const author = end === i + 1 && end < limit && isA(reading, i, "document") ? mentionAt[end] : undefined;
  if (author !== undefined && author.entity.type === "ORG" && hasPrepositionClitic(tokens[end]!)) {
    return fromMention(author, Math.max(end, author.last));
  }
  // أمين سر اللجنة التنفيذية للمنظمة، صائب عريقات، أن: a name set between commas after the
  // subject phrase, right before the content, is the one who speaks, though no entity is known for it.
  const apposed = nameBetweenCommas(reading, end, limit);
  if (apposed !== null) return apposed;
  if (titled) {
    // رئيس الوزراء الإسرائيلي إيران: after a definite word the construct phrase is closed, and a
    // name that follows is the verb's object, not part of the title.
    let stop = end;
    for (let j = i + 1; j < end; j++) {
      if (mentionAt[j] !== undefined && isDefinite(tokens[j - 1]!)) {
        stop = j;
        break;
      }
    }
    return { entity: null, start, end: tokens[stop - 1]!.end, next: stop };
  }
  for (let j = i + 1; j < end; j++) {
    // (المتحدثة باسم الصليب الأحمر: the body a spokesman speaks for is not the one speaking.)
    if (tokens[j]!.key === ON_BEHALF_OF) break;
    const inside = mentionAt[j];
    // (السلطات السعودية speaks as a phrase, not as the place its adjective names.)
    if (inside !== undefined && !isNisba(reading, j))
      return { ...fromMention(inside, Math.max(end, inside.last)), head: i };
  }
  return { entity: null, start, end: tokens[end - 1]!.end, next: end };
}

/**
 * The subject before a cue, for subject-first reports: فلان كشف أن، لكن محامي عائلته قال إن،
 * فلان، الذي قال: …. Auxiliaries (قد، كان) and relative pronouns may stand between; a conjunction
 * with a pronoun (لكنه) or ثم means the subject is implied, not written.
 */
export function subjectBefore(reading: Reading, cue: number, from: number): FoundSpeaker | null {
  const { tokens, mentionEndingAt } = reading;
  // وقال، فأكد: a cue with و or ف opens a clause of its own, so nothing before it is its subject.
  if ((reading.words[cue]?.prefix ?? 0) > 0) return null;
  let j = cue - 1;
  let relative = false;
  let feminine = false;
  while (j >= from && (isA(reading, j, "aux") || isA(reading, j, "adverb") || isA(reading, j, "relative"))) {
    relative ||= isA(reading, j, "relative");
    feminine ||= tokens[j]!.key === FEMININE_RELATIVE;
    j--;
  }
  // برونسون الذي وصفه بأنه …: a verb with an object pronoun after a relative has the antecedent as
  // its object; the subject is someone else, said before.
  if (relative && hasObjectPronoun(reading, cue)) return null;
  // حقوق الإنسان في السعودية التي قالت: a place or a body named right before التي is the antecedent
  // of a feminine verb, not a man named earlier in the sentence (الرياض التي وصفها: a masculine verb's
  // object).
  if (relative && feminine && reading.words[cue]?.gender === "f") {
    const named = j >= from ? mentionEndingAt[j] : undefined;
    if (named !== undefined && named.first >= from && named.entity.type !== "PER")
      return fromMention(named, cue);
  }
  // فلان، المستشار في الديوان، الذي قال: the antecedent is the person named before.
  if (relative) {
    for (let k = j; k >= Math.max(from, j - MAX_TITLE * 2); k--) {
      const mention = mentionEndingAt[k];
      if (mention?.entity.type === "PER") return fromMention(mention, cue);
    }
    // الوكالة الرسمية، التي أشارت: else the organisation or place named right before it.
    const k = j >= from && isComma(tokens[j]!) ? j - 1 : j;
    const named = k >= from ? mentionEndingAt[k] : undefined;
    if (named !== undefined && named.first >= from) return fromMention(named, cue);
    // التقارير التي تفيد بـ، الوثائق التي تشير إلى: else a report or document the clause is on.
    const source = speakingSourceAt(reading, j, from, cue);
    if (source !== null) return source;
  }
  if (j >= from && isComma(tokens[j]!)) {
    // وكان الجيش اليمني، كشف، الأحد: the subject, then a comma before its verb.
    const before = j > from ? mentionEndingAt[j - 1] : undefined;
    if (before !== undefined && (before.first === from || isClauseOpener(reading, before.first - 1))) {
      return fromMention(before, cue);
    }
    const phrase = j > from ? phraseBefore(reading, j - 1, from, cue, false) : null;
    // وكانت لاعبة الجمباز، الحاصلة على الميدالية، قالت: the phrase between commas is in
    // apposition to the subject before it; so is one opening with و, however it names a place
    // (وكان المرصد، ومقره بريطانيا، قال).
    if (phrase !== null && (phrase.entity === null || opensWithWa(tokens, phrase.start))) {
      const k = firstSpanEndingAfter(tokens, phrase.start) - 1;
      if (k > from && isComma(tokens[k]!)) {
        const head = mentionEndingAt[k - 1];
        if (head !== undefined && head.first >= from) return fromMention(head, cue);
        const subject = phraseBefore(reading, k - 1, from, cue, false);
        if (subject !== null) return subject;
      }
      if (opensWithWa(tokens, phrase.start)) return null;
    }
    return phrase;
  }
  if (j < from || tokens[j]!.kind !== "word") return null;
  const mention = mentionEndingAt[j];
  if (mention !== undefined && mention.first >= from) return fromMention(mention, cue);
  // رغم أنه يصر، ولكنه قال: a pronoun subject, carried from before.
  if (isA(reading, j, "conjunction") || isA(reading, j, "preposition") || isA(reading, j, "complementizer"))
    return null;
  // ضجة واسعة، حين قال إن: a word of time opens the clause, whose subject is implied.
  if (CLAUSE_TIME_WORDS.has(tokens[j]!.key)) return null;
  return phraseBefore(reading, j, from, cue, true);
}

/** The match key of التي, the feminine relative pronoun. */
const FEMININE_RELATIVE = matchKey("التي");

/**
 * Sources that speak through a relative clause on them (التقارير التي تفيد بـ، الوثائق التي تشير
 * إلى), match keys. Only these: most nouns before التي are the clause's object (الخيانة التي يقول
 * إن وراءها …), whose subject is a pronoun.
 */
const SPEAKING_SOURCES = new Set(
  [
    "التقارير",
    "التقرير",
    "الأنباء",
    "الأخبار",
    "المعلومات",
    "الوثائق",
    "الوثيقة",
    "الأدلة",
    "البيانات",
    "الإحصاءات",
    "الأرقام",
    "الدراسة",
    "الدراسات",
    "الصور",
    "التسجيلات",
    "الشائعات",
    "النتائج",
  ].map(matchKey),
);

/** Token j, when it is one of SPEAKING_SOURCES, as the speaker of the cue at `cue`; else null. */
function speakingSourceAt(reading: Reading, j: number, from: number, cue: number): FoundSpeaker | null {
  const token = reading.tokens[j];
  if (j < from || token === undefined || !SPEAKING_SOURCES.has(token.key)) return null;
  return { entity: null, start: token.start, end: token.end, next: cue };
}

/**
 * A noun phrase ending at token j and opening its clause (after the sentence start, a conjunction,
 * an auxiliary, a complementizer or a comma): لكن محامي عائلته قال، وكان مدير ميناء سيت الفرنسي على
 * ساحل المتوسط قال. A person named inside it is the speaker; otherwise the phrase up to its first
 * preposition speaks as text.
 */
function phraseBefore(
  reading: Reading,
  j: number,
  from: number,
  cue: number,
  afterVerb: boolean,
): FoundSpeaker | null {
  const { tokens, mentionAt } = reading;
  let start = j;
  while (start > from && j - start < MAX_TITLE - 1 && tokens[start - 1]!.kind === "word") {
    if (isClauseOpener(reading, start - 1)) break;
    if (((reading.words[start - 1]?.classes ?? 0) & CUE_CLASSES) !== 0) return null;
    // استهل القمة بانتقادات لما وصفه: a ب/ل phrase is a complement, not inside a subject.
    if (hasPrepositionClitic(tokens[start - 1]!)) return null;
    start--;
  }
  const opens = start === from || isClauseOpener(reading, start - 1) || isComma(tokens[start - 1]!);
  if (!opens || ((reading.words[start]?.classes ?? 0) & CUE_CLASSES) !== 0) return null;
  if (isPrepositionWord(reading, start) || hasPrepositionClitic(tokens[start]!)) return null;
  // The sentence-initial word of a verb-first sentence is its verb, not a subject.
  if (afterVerb && start === from && j - start >= 1 && isVerbFirst(reading, start)) return null;
  for (let k = start; k <= j; k++) {
    const mention = mentionAt[k];
    if (mention?.entity.type === "PER" && mention.last <= j + 1) return fromMention(mention, cue);
  }
  const end = Math.min(phraseEnd(reading, start, j + 1), j + 1);
  if (end === start) return null;
  const inside = mentionAt[start];
  if (inside !== undefined && inside.last <= end) return fromMention(inside, cue);
  return { entity: null, start: startAfterConjunction(tokens[start]!), end: tokens[end - 1]!.end, next: cue };
}

function isClauseOpener(reading: Reading, i: number): boolean {
  return (
    i >= 0 &&
    (isA(reading, i, "conjunction") ||
      isA(reading, i, "aux") ||
      isA(reading, i, "complementizer") ||
      isComma(reading.tokens[i]!))
  );
}

/** The word carries the article ال (after any proclitic): الإسرائيلي، والحكومة. */
export function isDefinite(token: Token): boolean {
  if (token.kind !== "word") return false;
  if (token.segments.some((segment) => segment.kind === "article")) return true;
  const stem = token.segments.find((segment) => segment.kind === "stem");
  // ألقى، ألمح: the key folds أ to ا, so a verb with hamza would read as definite.
  if (stem !== undefined && /^[أإآ]/.test(stem.form)) return false;
  const form = stem === undefined ? token.key : matchKey(stem.form);
  return form.startsWith("ال") && form.length > 3;
}

/** A verb-first clause starts with an imperfect verb (ي/ت) or a و-prefixed word; rough, on purpose. */
function isVerbFirst(reading: Reading, i: number): boolean {
  const token = reading.tokens[i]!;
  return token.segments[0]?.kind === "proclitic" || /^[يت]/.test(token.key);
}

/**
 * False when a found subject cannot be the subject of a verb of this gender: a feminine verb
 * (وطالبت، قالت) does not take a sound masculine plural (المواطنين، المسؤولون), which is then its
 * object. Names and other phrases are given the benefit of the doubt.
 */
export function agrees(reading: Reading, found: FoundSpeaker, gender: CueGender): boolean {
  // قالوا، يطالبونه: a plural verb is not said by one person.
  if (gender === "p") return found.entity?.type !== "PER";
  if (gender !== "f" || found.entity !== null) return true;
  const head = reading.tokens[firstSpanEndingAfter(reading.tokens, found.start)];
  const key = head?.key ?? "";
  return !(key.length >= 5 && (key.endsWith("ين") || key.endsWith("ون")));
}

/** The token at `start` opens with the conjunction و (ومقره). */
function opensWithWa(tokens: readonly Token[], start: number): boolean {
  const token = tokens[firstSpanEndingAfter(tokens, start)];
  return token !== undefined && opensWithWaw(token);
}

/**
 * Ranks that introduce the name right after them (military ones and الدكتور), match keys; unlike
 * الرئيس or الشيخ, whose name may be a genitive (مكتب الرئيس فلان، أمير الكويت الشيخ فلان).
 */
const RANKS = new Set(
  "اللواء العميد العقيد المقدم الرائد النقيب الملازم الفريق المشير الجنرال الكولونيل الميجور الأدميرال الركن الدكتور"
    .split(" ")
    .map(matchKey),
);

/**
 * لم، لن (match keys): a negation after a noun opens the clause that describes it (لا is left out:
 * it also stands inside names, شركة دي لا رو).
 */
const NEGATION_KEYS = new Set(["لم", "لن"].map(matchKey));

/** Longest name read between commas after a title, or after يدعى, in tokens (الملازم سلطان شمسان). */
const MAX_APPOSED_NAME = 4;

/** Longest addressee or time between a name's closing comma and the content (لصحيفة لوفيغارو). */
const MAX_ASIDE_AFTER_NAME = 4;

/**
 * قالت الوزيرة، فلانة، لصحيفة لوفيغارو إن; قال الرئيس، فلان، العام الماضي، إن: the comma closing a
 * name set apart after the subject phrase, when an addressee or a time stands between it and the
 * content (tokens from `end` up to `limit`); -1 when the words there are anything else.
 */
function commaBeforeAside(reading: Reading, end: number, limit: number): number {
  const { tokens } = reading;
  if (end >= limit || !isComma(tokens[end]!)) return -1;
  let close = end + 1;
  while (close < limit && close - end <= MAX_APPOSED_NAME + 1 && !isComma(tokens[close]!)) close++;
  if (close >= limit || !isComma(tokens[close]!) || limit - close - 1 > MAX_ASIDE_AFTER_NAME) return -1;
  const first = close + 1;
  if (first >= limit) return -1;
  let aside = hasPrepositionClitic(tokens[first]!) || isPrepositionWord(reading, first);
  for (let k = first; k < limit; k++) {
    const token = tokens[k]!;
    if (token.kind === "punct" && !isComma(token)) return -1;
    if (((reading.words[k]?.classes ?? 0) & CUE_CLASSES) !== 0 || isA(reading, k, "complementizer"))
      return -1;
    aside ||= isA(reading, k, "adverb");
  }
  return aside ? close : -1;
}

/**
 * The name after يدعى at `at`: the person mention there, or up to four bare words before a comma or
 * a complementizer (مسؤول في الشرطة يدعى كوكب فاروقي أن), though no entity is known for them.
 */
function calledName(reading: Reading, at: number, limit: number): FoundSpeaker | null {
  const mention = reading.mentionAt[at];
  if (mention?.entity.type === "PER") return fromMention(mention);
  const { tokens } = reading;
  let end = at;
  while (end < limit && end - at < MAX_APPOSED_NAME) {
    const token = tokens[end]!;
    if (token.kind !== "word" || isA(reading, end, "complementizer") || reading.words[end] !== undefined)
      break;
    if (isDefinite(token) || token.segments[0]?.kind === "proclitic") break;
    end++;
  }
  if (end === at) return null;
  return { entity: null, start: tokens[at]!.start, end: tokens[end - 1]!.end, next: end };
}

/**
 * The words between the last two commas before `limit` (the complementizer) when they are a name
 * and the commas stand after the subject phrase ending at `end`: two to four bare words (ranks
 * allowed first; one word when it is a person's name), none a preposition, an adverb or a
 * reporting word.
 */
function nameBetweenCommas(reading: Reading, end: number, limit: number): FoundSpeaker | null {
  const named = nameEndingAt(reading, end, limit - 1);
  if (named !== null) return named;
  const aside = commaBeforeAside(reading, end, limit);
  return aside > 0 ? nameEndingAt(reading, end, aside) : null;
}

/** The name set between commas after token `end`, its closing comma at `close`, or null. */
function nameEndingAt(reading: Reading, end: number, close: number): FoundSpeaker | null {
  const { tokens } = reading;
  if (close <= end || !isComma(tokens[close]!)) return null;
  let open = close - 1;
  while (open > end && !isComma(tokens[open]!)) open--;
  if (open <= end - 1 || !isComma(tokens[open]!) || close - open - 1 > MAX_APPOSED_NAME) return null;
  let first = open + 1;
  while (first < close && isA(reading, first, "title")) first++;
  if (first >= close) return null;
  // (A single word, وقتذاك، تويتر, is seldom a name set apart; a place or an organisation in it
  // (شمالي مصر، شرطة دبي) says where or who else, not who speaks.)
  const person = reading.mentionAt[first]?.entity.type === "PER";
  if (close - first < 2 && !person) return null;
  for (let k = first; k < close; k++) {
    const inside = reading.mentionAt[k];
    if (inside !== undefined && inside.entity.type !== "PER") return null;
    const token = tokens[k]!;
    // (Only bare words: a name with ال, صالح العاروري, is missed rather than a phrase such as
    // واسمها الحقيقي فلان or صورة لجداريته الجديدة taken for one.)
    if (token.kind !== "word" || isDefinite(token) || hasPrepositionClitic(token)) return null;
    if (token.segments[0]?.kind === "proclitic") return null;
    // (…، رفض ذكر اسمه، أن: declining to be named is no name.)
    if (reading.words[k] !== undefined || withholdsName(tokens, k)) return null;
  }
  const mention = reading.mentionAt[first];
  if (mention !== undefined) return fromMention(mention);
  return { entity: null, start: tokens[first]!.start, end: tokens[close - 1]!.end, next: close + 1 };
}

/** Where a word starts past its و/ف and its ل, and past the article after ل (لمصادر، للبيان). */
function startAfterLam(token: Token): number {
  let start = token.start;
  let lam = false;
  for (const segment of token.segments) {
    const form = segment.form;
    const clitic = segment.kind === "proclitic" && (form === "و" || form === "ف" || form === "ل");
    if (!clitic && !(lam && segment.kind === "article")) break;
    lam ||= form === "ل";
    start = segment.end;
  }
  return lam && start < token.end ? start : token.start;
}
