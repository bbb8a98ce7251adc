import { firstSpanEndingAfter, type Mention, type QuoteKind } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import { pairQuoteMarks, type QuotePair } from "./direct-quotes.js";
import { isQuoteMark } from "../../text/quote-marks.js";
import { findSpeechCues, type Cue } from "./find-cues.js";
import { findSetting } from "./find-setting.js";
import {
  agrees,
  documentAfter,
  isDefinite,
  isOblique,
  sentenceSubject,
  subjectAfter,
  subjectBefore,
  type FoundSpeaker,
} from "./find-speaker.js";
import {
  hasObjectPronoun,
  hasPrepositionClitic,
  isA,
  isColon,
  isComma,
  isStop,
  type Reading,
} from "./reading.js";
import type { CueGender } from "./speech-cues.js";
import {
  MAX_REACH,
  asideEnd,
  findComplement,
  isBefore,
  pastAddressee,
  afterPreposition,
  isGloss,
  type Complement,
} from "./cue-complement.js";
import { isImperfect, isNotReport } from "./not-a-report.js";
import { quoteBefore, sourceAfter, readAttribution } from "./read-attribution.js";
import { chargeDraft } from "./charge-nouns.js";
import { contentDraft, joinedDrafts } from "./content-draft.js";
import {
  afterOpeningPhrase,
  afterRelative,
  blamesIn,
  namedAfterWhat,
  describedNoun,
  hasPronounSubjectBefore,
  isAfterComplementizedSubject,
  isIndefiniteNoun,
  isOwnAddressee,
  isResumptive,
  nounContent,
  pastAdverbs,
} from "./clause-shape.js";

/**
 * Who a draft quote's speaker is: found in the text, to be carried over from the previous report
 * (`implied`: وقال: …، ثم تابع …), or unstated (`none`: يُعتقد أن …).
 */
export type SpeakerClaim = { readonly found: FoundSpeaker } | "implied" | "none";

/** A quote read from one sentence, before implied speakers are resolved across sentences. */
export interface QuoteDraft {
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly cue: Mention;
  readonly speaker: SpeakerClaim;
  readonly setting: Mention | null;
  /** The gender the cue demands of its speaker (وقالت: f), to resolve an implied one. */
  readonly gender: CueGender;
}

/**
 * Reads the quotes of the sentence on tokens [from, to): finds its cues, each cue's complement and
 * subject, and the content up to where the next report begins (a participle, a new cue clause or
 * an attribution such as ، حسب قوله). `unclosed` receives opening marks that are never closed.
 */
export function readSentence(
  reading: Reading,
  from: number,
  to: number,
  unclosed: number[],
  previousSentence: readonly [number, number] | null = null,
): QuoteDraft[] {
  const { tokens, text } = reading;
  const found = findSpeechCues(text, tokens, reading.words, from, to);
  const marks = pairQuoteMarks(tokens, from, to);
  unclosed.push(...marks.unclosed);
  if (found.length === 0) return [];
  // وقالت فلانة: "… ⏎ with no closing mark in its paragraph (scraped pages drop it): the quotation
  // runs to the sentence's final stop, as if the mark closed there.
  for (const open of marks.unclosed) {
    const last = to - 1;
    if (open > from && isColon(tokens[open - 1]!) && last > open + 1 && isStop(tokens[last]!))
      marks.pairs.push({ open, close: last });
  }
  const pairAt = new Map<number, QuotePair>();
  for (const pair of marks.pairs) pairAt.set(pair.open, pair);
  // Words inside quotation marks are the quoted speaker's, not the report's (…"أعتقد أن…").
  const cues = found.filter(
    (cue) =>
      !marks.pairs.some((pair) => pair.open < cue.first && cue.last < pair.close) &&
      !isNotReport(reading, cue, from),
  );
  const boundaries = cues.map((cue) => boundaryOf(reading, cue, from));
  const opening = cues.map((cue, c) => opensClause(reading, cue, boundaries[c]!, from));
  // A report ends where the next one opens its own clause; an embedded cue (…بأن ترامب قد قال "…")
  // gives a quote inside it and does not end it.
  /** Attributions read as part of a verb's clause (قال، وفقا لما نقلته الوكالة: "…"). */
  const absorbed = new Set<number>();
  const reachOf = (c: number): number => {
    for (let n = c + 1; n < cues.length; n++) if (opening[n] && !absorbed.has(n)) return boundaries[n]!;
    return to;
  };
  for (let c = 0; c + 1 < cues.length; c++) {
    // The attribution between a verb and its content names who relayed the words; the verb's
    // subject said them, so it neither ends the verb's clause nor gives a quote of its own.
    if (cues[c]!.role !== "verb" || cues[c + 1]!.role !== "according") continue;
    absorbed.add(c + 1);
    const complement = findComplement(reading, pairAt, cues[c]!, reachOf(c));
    if (complement === null || complement.limit < cues[c + 1]!.first) absorbed.delete(c + 1);
  }
  const drafts: QuoteDraft[] = [];
  const claimed = new Set<number>();
  let transmitted: FoundSpeaker | "implied" | null = null;
  /** The subject of the latest finite reporting verb of the sentence, with or without a quote. */
  let lastSubject: FoundSpeaker | null = null;
  for (let c = 0; c < cues.length; c++) {
    if (absorbed.has(c)) continue;
    const cue = cues[c]!;
    const reach = asideEnd(reading, cue, reachOf(c));
    const clauseStart = c === 0 ? from : cues[c - 1]!.last + 1;
    const previous = drafts[drafts.length - 1];
    if (cue.role === "self") {
      if (previous === undefined) {
        const draft = contentDraft(
          reading,
          pairAt,
          from,
          boundaries[c]!,
          cue.span,
          "implied",
          null,
          cue.gender,
        );
        if (draft) drafts.push(draft);
      }
      continue;
    }
    if (isA(reading, cue.first, "charge")) {
      const draft = chargeDraft(reading, pairAt, cue, reach);
      if (draft) drafts.push(draft);
      continue;
    }
    if (cue.role === "according") {
      const draft = readAttribution(
        reading,
        pairAt,
        cue,
        from,
        reach,
        boundaries[c]!,
        drafts,
        to,
        previousSentence,
      );
      if (draft) drafts.push(draft);
      continue;
    }
    if (cue.role === "transmit" && cues.slice(c + 1).some((next) => next.role === "said-noun")) {
      transmitted = sourceAfter(reading, cue.last + 1, reach);
      continue;
    }
    const complement = findComplement(reading, pairAt, cue, reach);
    let speaker: SpeakerClaim = "implied";
    let contentAt = complement?.at ?? -1;
    /** Where the content starts inside its first token (after the ب of بتحقيق), or -1. */
    let contentFrom = -1;
    if (cue.role === "verb" || cue.role === "impersonal" || cue.role === "transmit") {
      const limit = complement?.limit ?? Math.min(reach, cue.last + 1 + MAX_REACH);
      const isSourceIn = isA(reading, cue.first, "source-in");
      const sourceIn = isSourceIn ? documentAfter(reading, cue.last + 1, limit) : null;
      // جاء ذلك بعد …: جاء without في and a document is "came", not a report.
      if (isSourceIn && sourceIn === null) continue;
      const after = hasPronounSubjectBefore(reading, cue, from)
        ? null
        : (sourceIn ??
          (cue.role === "transmit"
            ? // ونقلت وكالة الأنباء "…": with no عن, the agency relays nobody; it is the source.
              (sourceAfter(reading, cue.last + 1, limit) ?? subjectAfter(reading, cue.last + 1, limit))
            : subjectAfter(reading, cue.last + 1, limit)));
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
          isOwnAddressee(reading, cue, after));
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
      const far =
        whatNamed && after !== null && after !== "implied" && after.start >= tokens[cue.last + 1]!.end;
      // (…، لكن الحكومة نفت وجود أزمة، الصحيفة أشارت إلى الضجة: a subject before the verb opens its
      // clause; the phrase after the verb is content.)
      const clauseSubject =
        complement === null && cue.role === "verb" && cue.frame !== "name" && !opening[c]
          ? hasContrastOpener(reading, cue, from)
            ? contrastedSubject(reading, cue, from)
            : openingSubject(reading, cue, from)
          : null;
      let found =
        clauseSubject ??
        (after === "implied"
          ? null
          : ((object || far ? null : after) ??
            (cue.role === "verb" && !isResumptive(reading, cue.last + 1) && !whatNamed
              ? (describedNoun(reading, cue, from) ?? subjectBefore(reading, cue.first, from))
              : null)));
      // واتهمتهم بأنهم، بينما يشير إلى أن: a verb inside the sentence with no subject of its own
      // has the subject of the sentence's earlier clause (same gender); at the sentence's opening
      // (وأضاف أن) the speaker is carried from the previous report instead.
      if (
        found === null &&
        cue.role === "verb" &&
        after !== "implied" &&
        !opensSentence(reading, cue, from)
      ) {
        found = earlierSubject(reading, from, cue, previous, lastSubject);
      }
      // وحملها مسؤولية …: with the one blamed as the verb's pronoun, مسؤولية is no subject.
      if (found !== null && blamedPronoun(reading, cue) && found.start < reading.tokens[cue.last + 1]!.end)
        found = null;
      if (found !== null && cue.role === "verb" && sourceIn === null) lastSubject = found;
      // قال التلفزيون نقلا عن مصدر عسكري إن …: the verb's subject relays what the source said.
      const relayed = absorbed.has(c + 1) ? originalSource(reading, cues[c + 1]!, complement) : null;
      if (relayed !== null) found = relayed;
      speaker = found ? { found } : cue.role === "impersonal" ? "none" : "implied";
      // وصفها الناقد بقوله: "…": the said-noun after the verb carries the quote, with this subject.
      const deferred = cues.some((next, n) => n > c && next.role === "said-noun" && next.first < reach);
      if (deferred && found !== null) transmitted = found;
      // أعلن فلان استعداد بلاده …: a verb of saying with a noun of stance or of a reported death.
      // الذي نفى بدوره علمه …: a relative clause's verb takes a noun content too, though its
      // clause does not end the report around it.
      const own = opening[c] || afterRelative(reading, cue, from) || whatNamed || clauseSubject !== null;
      if (complement === null && (cue.frame === "say" || cue.frame === "stance") && own && !deferred) {
        const k = nounContent(
          reading,
          found !== null && found.next > cue.last ? found.next : cue.last + 1,
          reach,
        );
        if (k >= 0) contentAt = k;
      }
      // وحمّل المتحدث الميليشيات المسؤولية عن …: the one blamed opens the content.
      if (complement === null && opening[c] && !deferred && isA(reading, cue.first, "blame")) {
        const k = pastAdverbs(reading, found !== null && found.next > cue.last ? found.next : cue.last + 1);
        if (blamesIn(reading, k, reach)) contentAt = k;
        // وحملهم الوزير مسؤولية …: the one blamed is the verb's pronoun; the content is مسؤولية.
        else if (hasObjectPronoun(reading, cue.first)) {
          const m = [k, pastAdverbs(reading, cue.last + 1)].find(
            (j) => j < reach && isA(reading, j, "blame"),
          );
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
        const after = afterPreposition(
          reading,
          cue,
          found !== null && found.next > cue.last ? found.next : cue.last + 1,
          complement.at,
        );
        if (after !== null) [contentAt, contentFrom] = after;
      }
      const subjectEnd = found !== null && found.next > cue.last ? found.next : cue.last + 1;
      if (
        complement === null &&
        cue.frame === "object" &&
        own &&
        !deferred &&
        !isGloss(reading, subjectEnd)
      ) {
        contentAt = subjectEnd;
        // نفى البيت الأبيض مجددا القيام …، أكد المصدر للصحفيين استئناف …: an adverb or the
        // addressee (ل and the definite words after it) after the subject is not the content.
        contentAt = pastAddressee(reading, contentAt, reach);
        const after = afterPreposition(reading, cue, contentAt, reach);
        // (انتقد ما وصفه بجهود …: after ما the verb names with بـ right after it, or names nothing.)
        if (whatNamed && (after === null || after[0] > contentAt + 1)) continue;
        if (after !== null) [contentAt, contentFrom] = after;
      }
      const kama =
        complement === null && contentAt < 0 && found !== null ? kamaBefore(reading, cue, from) : -1;
      if (kama >= 0 && found !== null) {
        // …، كما أفاد المرصد: "as the Observatory reported" attributes the clause before it.
        if (previous !== undefined && previous.speaker === "none") {
          drafts[drafts.length - 1] = { ...previous, speaker: { found } };
          continue;
        }
        if (previous === undefined) {
          const end = isComma(reading.tokens[kama - 1]!) ? kama - 1 : kama;
          const draft = contentDraft(reading, pairAt, from, end, cue.span, { found }, null);
          if (draft) drafts.push(draft);
          continue;
        }
      }
    } else if (cue.role === "said-noun") {
      // واكتفى الوزير بالقول إن: after a verb that is no cue, the sentence's subject says it.
      const before = subjectBefore(reading, cue.first, from);
      const found =
        transmitted ??
        (before === null || isOpeningVerb(reading, before, from)
          ? subjectOfVerb(reading, cue, from)
          : before);
      speaker = found === null || found === "implied" ? "implied" : { found };
    } else if (cue.role === "participle") {
      if (previous !== undefined) speaker = previous.speaker;
      else {
        const subject =
          lastSubject ?? sentenceSubject(reading, from, cue.first) ?? nearestPerson(reading, from, cue.first);
        speaker = subject ? { found: subject } : "implied";
      }
      if (complement === null && cue.frame === "object" && opening[c] && !isGloss(reading, cue.last + 1)) {
        contentAt = cue.last + 1;
        const after = afterPreposition(reading, cue, contentAt, reach);
        if (after !== null) [contentAt, contentFrom] = after;
      }
    }
    if (contentAt < 0) {
      // "…"، قال فلان: a quotation right before its cue.
      const before = quoteBefore(reading, pairAt, boundaries[c]!, clauseStart, claimed);
      if (before === null) continue;
      const draft = contentDraft(
        reading,
        pairAt,
        before.open,
        before.close + 1,
        cue.span,
        speaker,
        null,
        cue.gender,
      );
      if (draft) {
        claimed.add(before.open);
        drafts.push(draft);
      }
      continue;
    }
    const setting = findSetting(reading, c === 0 ? from : boundaries[c]!, complement?.limit ?? contentAt);
    let end = complement?.end ?? reach;
    // (حذر مما وصفته بهجوم على المدينة، التي …: the name a relative clause gives ends at a comma.)
    if (complement === null && namedAfterWhat(reading, cue, from)) end = commaAfter(reading, contentAt, end);
    // "…"، و"…": pieces of one quotation are a draft each; any other content is one draft.
    const head = { cue: cue.span, speaker, setting, gender: cue.gender };
    const made = joinedDrafts(reading, pairAt, contentAt, end, head) ?? [
      contentDraft(reading, pairAt, contentAt, end, cue.span, speaker, setting, cue.gender, contentFrom),
    ];
    const contents = made.filter((draft): draft is QuoteDraft => draft !== null);
    if (contents.length > 0) {
      for (const open of pairAt.keys()) if (open >= contentAt && open < reach) claimed.add(open);
      drafts.push(...contents);
    }
  }
  return drafts;
}

/**
 * اتهم X بـ…: the phrase after an accusing verb is the accused when بـ follows it, past adverbs,
 * the name a title ending the phrase introduces (نظام الرئيس فلان) and an opening quotation mark
 * ("بدفع …"). (In اتهمت روسيا المنظمة بـ the name after روسيا is the accused, not روسيا.)
 */
function accusesOf(reading: Reading, after: FoundSpeaker): boolean {
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
function namesOneWord(reading: Reading, cue: Cue, after: FoundSpeaker): boolean {
  if (!isA(reading, cue.first, "naming") || hasObjectPronoun(reading, cue.first)) return false;
  if (after.entity !== null || after.next !== firstSpanEndingAfter(reading.tokens, after.start) + 1)
    return false;
  return accusesOf(reading, after);
}

/** The cue begins its sentence, after at most a conjunction, auxiliaries and adverbs (وأضاف، ثم قال). */
function opensSentence(reading: Reading, cue: Cue, from: number): boolean {
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
function nearestPerson(reading: Reading, from: number, cue: number): FoundSpeaker | null {
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
function isOpeningVerb(reading: Reading, found: FoundSpeaker, from: number): boolean {
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
function subjectOfVerb(reading: Reading, cue: Cue, from: number): FoundSpeaker | null {
  if (cue.first <= from + 1 || !hasPrepositionClitic(reading.tokens[cue.first]!)) return null;
  const found = sentenceSubject(reading, from, cue.first);
  return found !== null && found.start >= reading.tokens[from]!.end ? found : null;
}

/**
 * …، ووعد الشعب بأن …: a verb joined by و after a comma to a report in its sentence continues that
 * report's subject, so a common noun between it and its complement (its preposition, or بأن) is the
 * object it addresses, not a new speaker. Named entities may still be a new subject.
 */
function continuesReport(
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
function originalSource(
  reading: Reading,
  attribution: Cue,
  complement: Complement | null,
): FoundSpeaker | null {
  if (complement === null || reading.tokens[attribution.last]!.key !== AN) return null;
  return subjectAfter(reading, attribution.last + 1, complement.limit, true);
}

/** A conjunction or complementizer stands a few words before the verb (a cheap look first). */
function hasContrastOpener(reading: Reading, cue: Cue, from: number): boolean {
  for (let k = Math.max(from, cue.first - CONTRAST_WINDOW); k < cue.first; k++)
    if (isA(reading, k, "conjunction") || isA(reading, k, "complementizer")) return true;
  return false;
}

/**
 * The verb's subject stands before it right after لكن، بينما or إلا أن، غير أن (…، لكن الحكومة
 * نفت وجود أزمة): a contrasting clause of its own, whose verb takes a noun content like one
 * opening the sentence. Called when hasContrastOpener holds.
 */
function contrastedSubject(reading: Reading, cue: Cue, from: number): FoundSpeaker | null {
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
function openingSubject(reading: Reading, cue: Cue, from: number): FoundSpeaker | null {
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

/** Words before a verb within which لكن or إلا أن and the subject stand. */
const CONTRAST_WINDOW = 7;

/** Particles of negation (match keys). */
const NEGATIONS = new Set(["لم", "لن", "لا", "ما", "ليس"].map(matchKey));

/** The first comma or full stop in [at, end), else end. */
function commaAfter(reading: Reading, at: number, end: number): number {
  let k = at;
  while (k < end && !isComma(reading.tokens[k]!) && !isStop(reading.tokens[k]!)) k++;
  return k;
}

/** حمّل with its object pronoun and مسؤولية right after it (وحملهم مسؤولية …). */
function blamedPronoun(reading: Reading, cue: Cue): boolean {
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
function kamaBefore(reading: Reading, cue: Cue, from: number): number {
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
function earlierSubject(
  reading: Reading,
  from: number,
  cue: Cue,
  previous: QuoteDraft | undefined,
  lastSubject: FoundSpeaker | null,
): FoundSpeaker | null {
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

/** Where the clause of a cue begins: before ثم، لكنه، قد، the comma, and a subject written first. */
function boundaryOf(reading: Reading, cue: Cue, from: number): number {
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

/** The match key of عن. */
const AN = matchKey("عن");

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
function opensClause(reading: Reading, cue: Cue, boundary: number, from: number): boolean {
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
