/**
 * A reporting verb's report: who says it (the phrase after the verb, a subject written before it,
 * one carried from earlier in the sentence, a document or the source an attribution names) and
 * where its content starts (its complement, a noun content, the phrase after its preposition).
 */
import { firstSpanEndingAfter } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import type { QuotePair } from "./direct-quotes.js";
import type { Cue } from "./find-cues.js";
import { subjectAfter, subjectBefore, agrees, isDefinite, type FoundSpeaker } from "./find-speaker.js";
import { documentAfter, isOblique } from "./sentence-subject.js";
import { hasObjectPronoun, isA, isComma, type Reading } from "./reading.js";
import {
  MAX_REACH,
  pastAddressee,
  afterPreposition,
  isGloss,
  contentWithoutPreposition,
  type Complement,
} from "./cue-complement.js";
import { sourceAfter } from "./read-attribution.js";
import { shownContent } from "./showing-media.js";
import { contentDraft } from "./content-draft.js";
import {
  afterRelative,
  blamesIn,
  namedAfterWhat,
  describedNoun,
  hasPronounSubjectBefore,
  isMasculineObject,
  isOwnAddressee,
  isResumptive,
  nounContent,
  pastAdverbs,
  statementClause,
} from "./clause-shape.js";
import {
  accusesOf,
  blamedPronoun,
  complementSubject,
  continuesReport,
  contrastedSubject,
  earlierSubject,
  hasContrastOpener,
  kamaBefore,
  namesOneWord,
  openingSubject,
  opensSentence,
  originalSource,
  pluperfectSubject,
} from "./verb-subject.js";
import type { QuoteDraft, SpeakerClaim } from "./quote-draft.js";

/** The sentence as readSentence reads it, cue after cue; a report updates the mutable parts. */
export interface SentenceReading {
  readonly reading: Reading;
  readonly pairAt: ReadonlyMap<number, QuotePair>;
  /** The sentence's first token. */
  readonly from: number;
  readonly cues: readonly Cue[];
  /** Per cue: it opens a clause of its own (opensClause). */
  readonly opening: readonly boolean[];
  /** Attributions read as part of a verb's clause (قال، وفقا لما نقلته الوكالة: "…"). */
  readonly absorbed: ReadonlySet<number>;
  /** The sentence's quotes so far. */
  readonly drafts: QuoteDraft[];
  /** Who says the words of a said-noun later in the sentence (نقلت عنه قوله، وصفها الناقد بقوله). */
  transmitted: FoundSpeaker | "implied" | null;
  /** The subject of the latest finite reporting verb of the sentence, with or without a quote. */
  lastSubject: FoundSpeaker | null;
}

/** Where a report's content starts and who says it. */
export interface ReportStart {
  readonly speaker: SpeakerClaim;
  /** The content's first token, or -1 when it has none after the cue (a quotation may precede it). */
  readonly contentAt: number;
  /** Where the content starts inside its first token (after the ب of بتحقيق), or -1. */
  readonly contentFrom: number;
  /** Its speaker is none a later report stands for (QuoteDraft.notCarried). */
  readonly notCarried: boolean;
}

/**
 * The speaker and where the content starts for the reporting verb `cues[c]` (a verb, an impersonal
 * or a transmitting one), given its complement (null when it has none) and the end of its reach.
 * Null when the verb gives no quote of its own here, or when it attributed the sentence's earlier
 * clause (…، كما أفاد المرصد), which it does in `sentence.drafts`.
 */
export function readVerbReport(
  sentence: SentenceReading,
  c: number,
  reach: number,
  complement: Complement | null,
): ReportStart | null {
  const { reading, pairAt, from, cues, opening, absorbed, drafts } = sentence;
  const { tokens } = reading;
  const cue = cues[c]!;
  const previous = drafts[drafts.length - 1];
  let speaker: SpeakerClaim = "implied";
  let contentAt = complement?.at ?? -1;
  /** Where the content starts inside its first token (after the ب of بتحقيق), or -1. */
  let contentFrom = -1;
  const limit = complement?.limit ?? Math.min(reach, cue.last + 1 + MAX_REACH);
  // رجلا يشتبه في علاقته بالتفجير، يشتبه بتورطه: an impersonal verb of suspicion has no subject, and
  // what follows the preposition right after it (past its own به or فيه) is what is suspected. Nobody
  // said it, so no later report takes its speaker from it.
  if (complement === null && cue.role === "impersonal" && cue.frame === "object") {
    const at = suspectedContent(reading, cue, reach);
    return at === null ? null : { speaker: "none", contentAt: at[0], contentFrom: at[1], notCarried: true };
  }
  const isSourceIn = isA(reading, cue.first, "source-in");
  const sourceIn = isSourceIn ? documentAfter(reading, cue.last + 1, limit) : null;
  // جاء ذلك بعد …: جاء without في and a document is "came", not a report.
  if (isSourceIn && sourceIn === null) return null;
  const after =
    hasPronounSubjectBefore(reading, cue, from) || minFollowsVerb(reading, cue)
      ? null
      : (sourceIn ??
        (cue.role === "transmit"
          ? // ونقلت وكالة الأنباء "…": with no عن, the agency relays nobody; it is the source.
            (sourceAfter(reading, cue.last + 1, limit) ?? subjectAfter(reading, cue.last + 1, limit))
          : subjectAfter(reading, cue.last + 1, limit)));
  // فيديو يظهر …، أظهرت الصور حجم …: a medium shows the noun phrase after the verb.
  const shown = complement === null && cue.role === "verb" ? shownContent(reading, cue, from) : null;
  if (shown !== null)
    return {
      speaker: { found: shown.speaker },
      contentAt: shown.contentAt,
      contentFrom: -1,
      notCarried: true,
    };
  let object =
    after !== null &&
    after !== "implied" &&
    cue.role === "verb" &&
    sourceIn === null &&
    (isOblique(reading, after) ||
      !agrees(reading, after, cue.gender) ||
      (isA(reading, cue.first, "accuse") && accusesOf(reading, after)) ||
      namesOneWord(reading, cue, after) ||
      continuesReport(reading, cue, after, previous) ||
      isOwnAddressee(reading, cue, after) ||
      isMasculineObject(reading, cue, after) ||
      // (إلى من أسماهم الدول الكبرى: with its object pronoun and no quotation after it, a verb
      // of naming is followed by the name it gives, its second object.)
      (cue.frame === "name" && complement === null && hasObjectPronoun(reading, cue.first)));
  // زوجته أخطرت الشرطة بأن: when the phrase after the verb is its object, the subject may
  // still stand before it.
  // الذي نفى بدوره علمه: after a relative pronoun an object verb's one phrase is its object.
  if (
    complement === null &&
    cue.frame === "object" &&
    after !== null &&
    after !== "implied" &&
    after.entity === null &&
    afterRelative(reading, cue, from)
  )
    object = true;
  // (انتقد الوزير ما وصفه بـ…: the word before the verb is ما, the speaker is the sentence's.)
  const whatNamed = namedAfterWhat(reading, cue, from);
  // (ما وصفه مكتبه بـ…: a subject after such a verb stands right after it.)
  const far = whatNamed && after !== null && after !== "implied" && after.start >= tokens[cue.last + 1]!.end;
  // (…، لكن الحكومة نفت وجود أزمة، الصحيفة أشارت إلى الضجة: a subject before the verb opens its
  // clause; the phrase after the verb is content.)
  // (قال إن الملك نفى علمه …: a subject right after a complementizer reports inside its content.)
  const nestedSubject =
    complement === null && cue.role === "verb" && cue.frame === "object" && !opening[c]
      ? complementSubject(reading, cue, from)
      : null;
  const clauseSubject =
    complement === null && cue.role === "verb" && cue.frame !== "name" && !opening[c]
      ? hasContrastOpener(reading, cue, from)
        ? (contrastedSubject(reading, cue, from) ?? nestedSubject)
        : openingSubject(reading, cue, from)
      : null;
  // (وكان روحاني قد حذر نظيره …: a subject between كان and قد; the phrase after is the object.)
  const pluperfect =
    cue.role === "verb" && clauseSubject === null ? pluperfectSubject(reading, cue, from) : null;
  // (بيانا أكد فيه مقتل …: in a statement's own relative clause the phrase after فيه is what it
  // says, said by whoever issued it; a name or a definite noun there is the verb's subject, as in
  // وهذه أول مرة تعلن فيها الحكومة أنها.)
  const inStatement =
    statementClause(reading, cue, from) &&
    (after === null ||
      after === "implied" ||
      (after.entity === null && !isDefinite(tokens[firstSpanEndingAfter(tokens, after.start)]!)));
  let found =
    clauseSubject ??
    pluperfect ??
    (after === "implied"
      ? null
      : ((object || far || inStatement ? null : after) ??
        (cue.role === "verb" && !isResumptive(reading, cue.last + 1) && !whatNamed
          ? (describedNoun(reading, cue, from) ?? subjectBefore(reading, cue.first, from))
          : null)));
  // واتهمتهم بأنهم، بينما يشير إلى أن: a verb inside the sentence with no subject of its own
  // has the subject of the sentence's earlier clause (same gender); at the sentence's opening
  // (وأضاف أن) the speaker is carried from the previous report instead.
  if (found === null && cue.role === "verb" && after !== "implied" && !opensSentence(reading, cue, from)) {
    found = earlierSubject(reading, from, cue, outerDraft(drafts), sentence.lastSubject);
  }
  // وحملها مسؤولية …: with the one blamed as the verb's pronoun, مسؤولية is no subject.
  if (found !== null && blamedPronoun(reading, cue) && found.start < reading.tokens[cue.last + 1]!.end)
    found = null;
  if (found !== null && cue.role === "verb" && sourceIn === null && found !== nestedSubject)
    sentence.lastSubject = found;
  // قال التلفزيون نقلا عن مصدر عسكري إن …: the verb's subject relays what the source said.
  const relayed = absorbed.has(c + 1) ? originalSource(reading, cues[c + 1]!, complement) : null;
  if (relayed !== null) found = relayed;
  speaker = found ? { found } : cue.role === "impersonal" ? "none" : "implied";
  // وصفها الناقد بقوله: "…": the said-noun after the verb carries the quote, with this subject.
  const deferred = cues.some((next, n) => n > c && next.role === "said-noun" && next.first < reach);
  if (deferred && found !== null) sentence.transmitted = found;
  // أعلن فلان استعداد بلاده …: a verb of saying with a noun of stance or of a reported death.
  // الذي نفى بدوره علمه …: a relative clause's verb takes a noun content too, though its
  // clause does not end the report around it.
  const own =
    opening[c] || afterRelative(reading, cue, from) || whatNamed || clauseSubject !== null || inStatement;
  // The token after the verb's subject, when written after it; in a statement's relative clause,
  // the token after its resumptive فيه.
  const subjectNext = found !== null && found.next > cue.last ? found.next : cue.last + 1;
  // (وناشدت "كلنا وطني" الأجهزة …: the mark closing a quoted subject is no part of what follows.)
  const afterSubject =
    found !== null && closesQuoteAt(pairAt, subjectNext, cue.last) ? subjectNext + 1 : subjectNext;
  const subjectEnd = inStatement ? cue.last + 2 : afterSubject;
  if (complement === null && (cue.frame === "say" || cue.frame === "stance") && own && !deferred) {
    const k = nounContent(reading, subjectEnd, reach);
    if (k >= 0) contentAt = k;
  }
  // وحمّل المتحدث الميليشيات المسؤولية عن …: the one blamed opens the content.
  if (complement === null && opening[c] && !deferred && isA(reading, cue.first, "blame")) {
    const k = pastAdverbs(reading, afterSubject);
    if (blamesIn(reading, k, reach)) contentAt = k;
    // وحملهم الوزير مسؤولية …: the one blamed is the verb's pronoun; the content is مسؤولية.
    else if (hasObjectPronoun(reading, cue.first)) {
      const m = [k, pastAdverbs(reading, cue.last + 1)].find((j) => j < reach && isA(reading, j, "blame"));
      if (m !== undefined) contentAt = m;
    }
  }
  // طالب بتحقيق دولي "…": the object before a quotation belongs to the content.
  // (وصفه بأنه "…": after a complementizer the quotation is its content, nothing before it.)
  if (
    complement !== null &&
    cue.frame === "object" &&
    pairAt.has(complement.at) &&
    complement.limit === complement.at
  ) {
    const after = afterPreposition(reading, cue, afterSubject, complement.at);
    if (after !== null) [contentAt, contentFrom] = after;
  }
  if (complement === null && cue.frame === "object" && own && !deferred && !isGloss(reading, subjectEnd)) {
    contentAt = subjectEnd;
    // نفى البيت الأبيض مجددا القيام …، أكد المصدر للصحفيين استئناف …: an adverb or the
    // addressee (ل and the definite words after it) after the subject is not the content, except
    // after a verb taking إلى, whose spoken form ل is (دعت الأمم المتحدة للانسحاب).
    contentAt = pastAddressee(reading, contentAt, reach, reading.words[cue.first]?.prep === TO);
    const after = afterPreposition(reading, cue, contentAt, reach);
    // (انتقد ما وصفه بجهود …: after ما the verb names with بـ right after it, or names nothing.)
    if (whatNamed && (after === null || after[0] > contentAt + 1)) return null;
    // (الأمر الذي نفته الشرطة، وهو ما تنفيه الدوحة: the pronoun on the verb points back to what was
    // said before; with no content after a preposition the clause quotes nothing.)
    if (after === null && hasObjectPronoun(reading, cue.last) && refersBack(reading, cue, from)) return null;
    [contentAt, contentFrom] = after ?? contentWithoutPreposition(reading, cue, contentAt);
  }
  const kama = complement === null && contentAt < 0 && found !== null ? kamaBefore(reading, cue, from) : -1;
  if (kama >= 0 && found !== null) {
    // …، كما أفاد المرصد: "as the Observatory reported" attributes the clause before it.
    if (previous !== undefined && previous.speaker === "none") {
      drafts[drafts.length - 1] = { ...previous, speaker: { found } };
      return null;
    }
    if (previous === undefined) {
      const end = isComma(reading.tokens[kama - 1]!) ? kama - 1 : kama;
      const draft = contentDraft(reading, pairAt, from, end, cue.span, { found }, null);
      if (draft) drafts.push(draft);
      return null;
    }
  }
  return { speaker, contentAt, contentFrom, notCarried: nestedSubject !== null && found === nestedSubject };
}

/** A quotation opened after token `after` closes at token `at` (the mark ending a quoted subject). */
function closesQuoteAt(pairAt: ReadonlyMap<number, QuotePair>, at: number, after: number): boolean {
  for (const pair of pairAt.values()) if (pair.close === at && pair.open > after) return true;
  return false;
}

/** إلى, the preposition whose spoken form is a ل written on the next word, match key. */
const TO = matchKey("إلى");
/** الأمر, and the pronouns and demonstratives before ما (وهو ما، وهذا ما), match keys. */
const WHAT_WAS_SAID = new Set(["الأمر", "وهو", "هو", "وهذا", "هذا", "وهي", "هي"].map(matchKey));
/** The relatives after them whose verb may point back (الذي، التي، ما), match keys. */
const RELATIVES_BACK = new Set(["الذي", "التي", "ما"].map(matchKey));

/** The verb follows الأمر الذي or وهو ما: its object pronoun is what the sentence before said. */
function refersBack(reading: Reading, cue: Cue, from: number): boolean {
  const k = cue.first - 1;
  return (
    k - 1 >= from &&
    RELATIVES_BACK.has(reading.tokens[k]!.key) &&
    WHAT_WAS_SAID.has(reading.tokens[k - 1]!.key)
  );
}

/**
 * The content of an impersonal object verb when its preposition comes right after it, or after a
 * preposition with a pronoun (يشتبه به في …): as afterPreposition gives it; null otherwise (a في
 * further on is a place, not what is suspected).
 */
function suspectedContent(reading: Reading, cue: Cue, reach: number): [number, number] | null {
  let k = cue.last + 1;
  const next = reading.tokens[k];
  if (next !== undefined && isA(reading, k, "preposition") && next.segments.at(-1)?.kind === "enclitic") k++;
  return afterPreposition(reading, cue, k, Math.min(reach, k + 2));
}

/** The sentence's latest draft whose speaker a later report may stand for (not notCarried). */
export function outerDraft(drafts: readonly QuoteDraft[]): QuoteDraft | undefined {
  for (let d = drafts.length - 1; d >= 0; d--) if (drafts[d]!.notCarried !== true) return drafts[d];
  return undefined;
}

const MIN = matchKey("من");

/**
 * طلب منه مغادرة …، حذر من تداعيات …: a verb whose lexicon preposition is من, with من right after
 * it: what follows is the one asked or the content, and no subject is written after it.
 */
function minFollowsVerb(reading: Reading, cue: Cue): boolean {
  if (reading.words[cue.first]?.prep !== MIN) return false;
  const next = reading.tokens[cue.last + 1];
  const stem = next?.segments.find((segment) => segment.kind === "stem");
  return next !== undefined && (next.key === MIN || (stem !== undefined && matchKey(stem.form) === MIN));
}
