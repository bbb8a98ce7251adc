import type { Mention, QuoteKind, Token } from "../../doc/index.js";
import { isQuoteMark, pairQuoteMarks, type QuotePair } from "./direct-quotes.js";
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
  hasPrepositionClitic,
  isA,
  isColon,
  isComma,
  isStop,
  startAfterConjunction,
  type Reading,
} from "./reading.js";
import { matchKey } from "../../text/index.js";
import { classBit, CUE_CLASSES, type CueGender } from "./speech-cues.js";

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

/** Tokens a cue may look ahead for its complement (إن/أن, a colon, a quote mark). */
const MAX_REACH = 40;
/** Tokens between a naming verb and its fragment (وصفه بـ، أطلقت وسائل الإعلام على فلان اسم "…"). */
const MAX_NAMING_GAP = 8;
/** The match key of إلى (يشار إلى أن). */
const ILA = matchKey("إلى");
/** Cue classes that take a complement of their own. */
const SPEAKING = CUE_CLASSES & ~classBit("according");
/** A quoted stretch this long (in tokens) is speech, not a quoted name (شبكة "سي.إن.إن"). */
const MIN_SPEECH_TOKENS = 4;

/** Where a cue's reported content begins: a token index, and the token the speaker search stops at. */
interface Complement {
  readonly at: number;
  readonly limit: number;
  /** Where the content ends, when it is a quoted fragment rather than the rest of the clause. */
  readonly end?: number;
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
  const reachOf = (c: number): number => {
    for (let n = c + 1; n < cues.length; n++) if (opening[n]) return boundaries[n]!;
    return to;
  };
  const drafts: QuoteDraft[] = [];
  const claimed = new Set<number>();
  let transmitted: FoundSpeaker | "implied" | null = null;
  /** The subject of the latest finite reporting verb of the sentence, with or without a quote. */
  let lastSubject: FoundSpeaker | null = null;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    const reach = reachOf(c);
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
      const after =
        sourceIn ??
        (cue.role === "transmit"
          ? sourceAfter(reading, cue.last + 1, limit)
          : subjectAfter(reading, cue.last + 1, limit));
      const object =
        after !== null &&
        after !== "implied" &&
        cue.role === "verb" &&
        sourceIn === null &&
        (isOblique(reading, after) ||
          !agrees(reading, after, cue.gender) ||
          (isA(reading, cue.first, "accuse") && isBefore(reading, after.next, "ب")));
      let found =
        after === "implied" || object
          ? null
          : (after ?? (cue.role === "verb" ? subjectBefore(reading, cue.first, from) : null));
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
      if (found !== null && cue.role === "verb" && sourceIn === null) lastSubject = found;
      speaker = found ? { found } : cue.role === "impersonal" ? "none" : "implied";
      // وصفها الناقد بقوله: "…": the said-noun after the verb carries the quote, with this subject.
      const deferred = cues.some((next, n) => n > c && next.role === "said-noun" && next.first < reach);
      if (deferred && found !== null) transmitted = found;
      // أعلن فلان استعداد بلاده …: a verb of saying with a noun of stance or of a reported death.
      if (complement === null && cue.frame === "say" && opening[c] && !deferred) {
        let k = found !== null && found.next > cue.last ? found.next : cue.last + 1;
        while (k < reach && (isA(reading, k, "adverb") || isComma(reading.tokens[k]!))) k++;
        if (k < reach && isA(reading, k, "content-noun")) contentAt = k;
      }
      // طالب بتحقيق دولي "…": the object before a quotation belongs to the content.
      if (complement !== null && cue.frame === "object" && pairAt.has(complement.at)) {
        const after = afterPreposition(reading, cue, found?.next ?? cue.last + 1, complement.at);
        if (after !== null) [contentAt, contentFrom] = after;
      }
      if (complement === null && cue.frame === "object" && opening[c] && !deferred) {
        contentAt = found !== null && found.next > cue.last ? found.next : cue.last + 1;
        // نفى البيت الأبيض مجددا القيام …، أكد المصدر للصحفيين استئناف …: an adverb or the
        // addressee (ل and the definite words after it) after the subject is not the content.
        contentAt = pastAddressee(reading, contentAt, reach);
        const after = afterPreposition(reading, cue, contentAt, reach);
        if (after !== null) [contentAt, contentFrom] = after;
      }
      if (complement === null && contentAt < 0 && isAfterKama(reading, cue, from) && found !== null) {
        // …، كما أفاد المرصد: "as the Observatory reported" attributes the clause before it.
        if (previous !== undefined && previous.speaker === "none") {
          drafts[drafts.length - 1] = { ...previous, speaker: { found } };
          continue;
        }
        if (previous === undefined) {
          const draft = contentDraft(reading, pairAt, from, cue.first - 2, cue.span, { found }, null);
          if (draft) drafts.push(draft);
          continue;
        }
      }
    } else if (cue.role === "said-noun") {
      const found = transmitted ?? subjectBefore(reading, cue.first, from);
      speaker = found === null || found === "implied" ? "implied" : { found };
    } else if (cue.role === "participle") {
      if (previous !== undefined) speaker = previous.speaker;
      else {
        const subject =
          lastSubject ?? sentenceSubject(reading, from, cue.first) ?? nearestPerson(reading, from, cue.first);
        speaker = subject ? { found: subject } : "implied";
      }
      if (complement === null && cue.frame === "object" && opening[c]) {
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
    const end = complement?.end ?? reach;
    const draft = contentDraft(
      reading,
      pairAt,
      contentAt,
      end,
      cue.span,
      speaker,
      setting,
      cue.gender,
      contentFrom,
    );
    if (draft) {
      for (const open of pairAt.keys()) if (open >= contentAt && open < reach) claimed.add(open);
      drafts.push(draft);
    }
  }
  return drafts;
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

/** The cue follows كما after a comma (…، كما أفاد المرصد). */
function isAfterKama(reading: Reading, cue: Cue, from: number): boolean {
  const k = cue.first - 1;
  return (
    k - 1 > from &&
    (reading.words[cue.first]?.prefix ?? 0) === 0 &&
    reading.tokens[k]!.key === "كما" &&
    isComma(reading.tokens[k - 1]!)
  );
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

/**
 * A cue opens a clause of its own when it starts the sentence, carries و or ف, follows a comma, a
 * conjunction (ثم، لكنه) or an auxiliary, or is a participle (…، مضيفا أن); a bare verb after a
 * noun (بعد رفض مالكه، تظاهرات تدعو) is embedded in the clause before it.
 */
function opensClause(reading: Reading, cue: Cue, boundary: number, from: number): boolean {
  if (cue.role === "participle" || cue.role === "according" || cue.role === "self") return true;
  // قد أطلق سراحهم "مؤقتا": a naming verb names a fragment inside the clause, it does not end it.
  if (cue.frame === "name") return false;
  if (
    cue.first > from &&
    (isA(reading, cue.first - 1, "blocker") || isA(reading, cue.first - 1, "complementizer"))
  ) {
    // كما كشفت الوكالة at the sentence's start is "also", not "as": the clause is its own.
    return cue.first - 1 === from && isA(reading, from, "conjunction");
  }
  // بأن ترامب قد قال "…": a report whose subject follows a complementizer is inside that
  // complement; it gives a quote of its own and the outer report runs on past it.
  let b = cue.first - 1;
  while (b > from && (isA(reading, b, "aux") || isA(reading, b, "adverb"))) b--;
  const subject = reading.mentionEndingAt[b];
  if (subject !== undefined && subject.first > from) {
    b = subject.first - 1;
    if (isA(reading, b, "complementizer") && !(b > from && isA(reading, b - 1, "blocker"))) return false;
  }
  return boundary < cue.first || cue.first === from || (reading.words[cue.first]?.prefix ?? 0) > 0;
}

/**
 * The complement of a cue within [cue.last + 1, reach): the token after إن/أن (not the subjunctive
 * أن after بعد، يجب، لا بد), after a colon, or an opening mark of quoted speech. A short quotation
 * that does not end the clause is a quoted name in the subject and is read past.
 */
function findComplement(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  cue: Cue,
  reach: number,
): Complement | null {
  const { tokens } = reading;
  const end = Math.min(reach, cue.last + 1 + MAX_REACH);
  for (let k = cue.last + 1; k < end; k++) {
    const token = tokens[k]!;
    if (isStop(token)) return null;
    if (cue.frame === "name" && !pairAt.has(k)) continue;
    // A complementizer after another reporting word is that word's (عدم كشف هويته … أعلن أن).
    if (((reading.words[k]?.classes ?? 0) & SPEAKING) !== 0) return null;
    if (isA(reading, k, "complementizer") && !(k > 0 && isA(reading, k - 1, "blocker")))
      return { at: k + 1, limit: k };
    if (isColon(token)) return { at: k + 1, limit: k };
    const pair = pairAt.get(k);
    if (pair !== undefined) {
      const inside = pair.close - pair.open - 1;
      const after = tokens[pair.close + 1];
      const endsClause = pair.close + 1 >= reach || after === undefined || isStop(after);
      // وصفه بـ"تدخلات سافرة"، أطلقوا عليها اسم "…": the fragment a naming verb names is quoted
      // speech of its own, however short (أطلق wants the noun: أطلق سراحهم "مؤقتا" names nothing).
      if (isA(reading, cue.first, "naming") && k > 0 && k - cue.last <= MAX_NAMING_GAP) {
        const before = tokens[k - 1]!;
        if (isA(reading, k - 1, "name-noun") || (cue.frame !== "name" && isBareBa(before)))
          return { at: k, limit: k, end: pair.close + 1 };
      }
      // After any other cue a short quotation after بـ or كـ is a name (رفض ما يوصف بـ"صفقة القرن").
      const named = k > 0 && isBareParticle(tokens[k - 1]!);
      if (cue.frame !== "name" && (inside >= MIN_SPEECH_TOKENS || (endsClause && !named)))
        return { at: k, limit: k };
      k = pair.close;
    }
  }
  return null;
}

/** Token i opens with the preposition (بالقفز، بـ). */
function isBefore(reading: Reading, i: number, preposition: string): boolean {
  const token = reading.tokens[i];
  if (token === undefined || token.kind !== "word") return false;
  const first = token.segments[0];
  return (
    token.key === preposition ||
    isBareBa(token) ||
    (first?.kind === "proclitic" && first.form === preposition) ||
    (first?.kind === "proclitic" && first.form === "و" && token.segments[1]?.form === preposition)
  );
}

/** The preposition ب written alone before a quotation mark (بـ"…"). */
function isBareBa(token: Token): boolean {
  return token.kind === "word" && (token.key === "بـ" || token.key === "ب");
}

/** ب or ك written alone before a quotation mark (بـ"…"، كـ"…"). */
function isBareParticle(token: Token): boolean {
  return isBareBa(token) || (token.kind === "word" && (token.key === "كـ" || token.key === "ك"));
}

/**
 * Cue words that do not report here: a verbal noun after a preposition or a particle (عقب رفض
 * مالكه، بسبب رفضه، عدم كشف هويته، غير متوقعة), a participle after a number (بإعدام 17 متهما), a
 * passive verb in a relative clause (الأدلة التي قيل إنها، الذي يُعتبر شريكا), and the narrator's
 * asides (يُذكر أن، يشار إلى أن).
 */
function isNotReport(reading: Reading, cue: Cue, from: number): boolean {
  if (isA(reading, cue.first, "aside") && cue.role === "impersonal") {
    const next = cue.last + 1;
    if (isA(reading, next, "complementizer") || reading.tokens[next]?.key === ILA) return true;
  }
  if (cue.first <= from) return false;
  const before = cue.first - 1;
  const bare = (reading.words[cue.first]?.prefix ?? 0) === 0;
  if (cue.role === "verb" || cue.role === "participle" || cue.role === "impersonal") {
    if (
      bare &&
      (isA(reading, before, "preposition") || isA(reading, before, "blocker")) &&
      !isA(reading, before, "conjunction") &&
      reading.tokens[before]!.kind === "word"
    )
      return true;
  }
  if (cue.role === "participle" && reading.tokens[before]!.kind === "number") return true;
  if (cue.role === "impersonal" && isA(reading, before, "relative")) return true;
  return false;
}

/** The first token from k that is neither an adverb nor in a ل phrase (لوزارة الصحة الروسية). */
function pastAddressee(reading: Reading, k: number, reach: number): number {
  const { tokens } = reading;
  for (;;) {
    while (k < reach && isA(reading, k, "adverb")) k++;
    const first = tokens[k]?.segments[0];
    const isLam =
      k < reach && tokens[k]!.kind === "word" && (first?.form === "ل" || tokens[k]!.key.startsWith("لل"));
    if (!isLam || k + 1 >= reach) return k;
    k++;
    while (k < reach && isDefinite(tokens[k]!) && reading.words[k] === undefined) k++;
  }
}

/**
 * The content of an object verb that takes it after a preposition (دعا X إلى Y، اتهم X بـY، حذر
 * من Y): the token after a separate preposition, or the token with the preposition as proclitic and
 * the offset after it; null when the clause has none before another cue or a stop.
 */
function afterPreposition(reading: Reading, cue: Cue, from: number, reach: number): [number, number] | null {
  const prep = reading.words[cue.first]?.prep ?? null;
  if (prep === null) return null;
  const { tokens } = reading;
  const end = Math.min(reach, cue.last + 1 + MAX_REACH);
  for (let k = from; k < end; k++) {
    const token = tokens[k]!;
    if (isStop(token) || ((reading.words[k]?.classes ?? 0) & SPEAKING) !== 0) return null;
    if (token.kind !== "word") continue;
    if (token.key === prep || (prep === "ب" && isBareBa(token))) return k + 1 < end ? [k + 1, -1] : null;
    const segments = token.segments;
    const first = segments[0]?.kind === "proclitic" && segments[0].form === "و" ? 1 : 0;
    const segment = segments[first];
    if (segment?.kind === "proclitic" && segment.form === prep && segments.length > first + 1)
      return [k, segment.end];
  }
  return null;
}

/** An unclaimed quotation ending right before a cue's clause (…" ، قال فلان). */
function quoteBefore(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  boundary: number,
  clauseStart: number,
  claimed: ReadonlySet<number>,
): QuotePair | null {
  let close = boundary - 1;
  while (close >= clauseStart && (isComma(reading.tokens[close]!) || isStop(reading.tokens[close]!))) close--;
  if (close < clauseStart || !isQuoteMark(reading.tokens[close]!)) return null;
  for (const pair of pairAt.values()) {
    if (pair.close === close && pair.open >= clauseStart && !claimed.has(pair.open)) return pair;
  }
  return null;
}

/** The source after نقل: the phrase after عن (عنه: the speaker is implied). */
function sourceAfter(reading: Reading, from: number, limit: number): FoundSpeaker | "implied" | null {
  for (let k = from; k < limit; k++) {
    const segments = reading.tokens[k]!.segments;
    const stem = segments.find((segment) => segment.kind === "stem");
    if (stem?.form !== "عن") continue;
    if (segments[segments.length - 1]!.kind === "enclitic") return "implied";
    return subjectAfter(reading, k + 1, limit, true);
  }
  return null;
}

/**
 * A statement attributed with بحسب، وفقا لـ، نقلا عن: opening the sentence (وبحسب مصادر، فإن …),
 * the statement follows its first comma; closing it (…، بحسب الوكالة), the statement is what comes
 * before; as a parenthesis (…، بحسب المرصد، …) the whole sentence. An unstated speaker of the report
 * just before it (يُعتقد أن …، وفقا لـ…) is this source.
 */
function readAttribution(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  cue: Cue,
  from: number,
  reach: number,
  boundary: number,
  drafts: QuoteDraft[],
  to: number,
  previousSentence: readonly [number, number] | null,
): QuoteDraft | null {
  const { tokens } = reading;
  let comma = cue.last + 1;
  while (comma < reach && !isComma(tokens[comma]!) && !isStop(tokens[comma]!)) comma++;
  const source = subjectAfter(reading, cue.last + 1, comma, true);
  const speaker: SpeakerClaim = source ? { found: source } : "implied";
  const opening = cue.first === from || (cue.first === from + 1 && isA(reading, from, "conjunction"));
  if (opening) {
    // A sentence that is only the attribution (…. حسب ما ذكرت رويترز.) attributes the one before.
    if (comma >= to - 1 && previousSentence !== null) {
      return contentDraft(reading, pairAt, previousSentence[0], previousSentence[1], cue.span, speaker, null);
    }
    let at = comma + 1;
    if (at < to && isA(reading, at, "complementizer")) at++;
    // The whole rest of the sentence is attributed, reports inside it included.
    return contentDraft(reading, pairAt, at, to, cue.span, speaker, null);
  }
  const previous = drafts[drafts.length - 1];
  // Inside a phrase (المسؤولة بحسب المتظاهرين عن …) an attribution qualifies that phrase: from the
  // word it interrupts to the next comma; a report before it ends where the phrase begins.
  let rest = source?.next ?? cue.last + 1;
  while (rest < comma && isA(reading, rest, "adverb")) rest++;
  // (…"لخطر شديد" بحسب ما أفادت الأمم المتحدة الأحد. ends the sentence: it attributes the clause.)
  if (boundary === cue.first && rest < comma && !isA(reading, cue.last, "verb")) {
    const head = cue.first - 1;
    if (head <= from || tokens[head]!.kind !== "word") return null;
    const phraseStart = tokens[head]!.start;
    if (previous !== undefined && previous.start < phraseStart && previous.end > phraseStart) {
      let last = head - 1;
      while (last > from && isTrailing(reading, last)) last--;
      drafts[drafts.length - 1] = { ...previous, end: tokens[last]!.end };
    }
    return contentDraft(reading, pairAt, head, comma, cue.span, speaker, null);
  }
  if (boundary === cue.first && comma < to - 1) return null;
  // …، وفقا لبيان حصلت عليه: a document after a report in the sentence is where it was said.
  if (previous !== undefined && isA(reading, cue.last + 1, "setting")) return null;
  if (previous !== undefined && previous.speaker === "none" && source !== null) {
    drafts[drafts.length - 1] = { ...previous, speaker };
    return null;
  }
  // …، حسبما نقلت على موقعها: no source of its own, it names the medium of the report before.
  if (previous !== undefined && source === null) return null;
  const parenthesis = comma < reach && isComma(tokens[comma]!) && comma + 1 < reach;
  return contentDraft(reading, pairAt, from, parenthesis ? reach : boundary, cue.span, speaker, null);
}

/** Longest quoted name, in tokens (شبكة "سي.إن.إن"، حركة "حماس"، "قانون ماغنيتسكي"). */
const MAX_NAME_TOKENS = 3;

/**
 * Quotation marks around a name, not around the speaker's words: one entity mention, a word after
 * a noun that introduces names (سفينة "أكواريوس"، حركة "حماس"), after بـ/كـ (يُعرف بـ"داعش"),
 * after a person's name (a nickname), opening with such a noun, or with no Arabic letter (MI6).
 */
function isQuotedName(reading: Reading, pair: QuotePair): boolean {
  const { tokens } = reading;
  const first = pair.open + 1;
  const size = pair.close - first;
  if (size <= 0 || size > MAX_NAME_TOKENS) return false;
  const mention = reading.mentionAt[first];
  if (mention !== undefined && mention.last >= pair.close) return true;
  const before = pair.open - 1;
  if (before >= 0) {
    if (isA(reading, before, "name-head") || isBareParticle(tokens[before]!)) return true;
    if (reading.mentionEndingAt[before]?.entity.type === "PER") return true;
  }
  if (isA(reading, first, "name-head")) return true;
  for (let k = first; k < pair.close; k++) if (hasArabicLetter(tokens[k]!.text)) return false;
  return true;
}

function hasArabicLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0600 && code <= 0x06ff) return true;
  }
  return false;
}

/** Marks and dashes a content span never ends with. */
function isTrailing(reading: Reading, i: number): boolean {
  const token = reading.tokens[i]!;
  return token.kind === "punct" && !isQuoteMark(token) && token.text !== ")" && token.text !== "]";
}

/**
 * The draft for content on tokens [at, end): trimmed of marks at both ends; direct when it is one
 * quotation (the marks excluded), mixed when it holds one, indirect otherwise.
 */
function contentDraft(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  at: number,
  end: number,
  cue: Mention,
  speaker: SpeakerClaim,
  setting: Mention | null,
  gender: CueGender = null,
  startFrom = -1,
): QuoteDraft | null {
  const { tokens } = reading;
  let first = at;
  const stopAt = narratorEnd(reading, pairAt, at, end);
  while (first < stopAt && isTrailing(reading, first)) first++;
  let last = stopAt - 1;
  while (last >= first && isTrailing(reading, last)) last--;
  if (last < first) return null;
  const pair = pairAt.get(first);
  if (pair !== undefined && pair.close === last) {
    if (pair.close === pair.open + 1) return null;
    const start = tokens[pair.open]!.end;
    const stop = tokens[pair.close]!.start;
    return { start, end: stop, kind: "direct", cue, speaker, setting, gender };
  }
  let kind: QuoteKind = "indirect";
  for (let k = first; k <= last; k++) {
    const inner = pairAt.get(k);
    if (inner !== undefined && inner.close <= last && !isQuotedName(reading, inner)) {
      kind = "mixed";
      break;
    }
  }
  const start =
    first === at && startFrom > tokens[first]!.start && startFrom < tokens[first]!.end
      ? startFrom
      : startAfterConjunction(tokens[first]!);
  const stop = tokens[last]!.end;
  return { start, end: stop, kind, cue, speaker, setting, gender };
}

/**
 * Where reported content ends before a narrator's addition: a comma followed by وذلك، وهو، رغم،
 * إلا أن … (، وذلك بعد …، وهو ما تنفيه الدوحة). Commas inside quotation marks do not count.
 */
function narratorEnd(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  at: number,
  end: number,
): number {
  for (let k = at + 1; k < end - 1; k++) {
    const pair = pairAt.get(k);
    if (pair !== undefined) {
      k = pair.close;
      continue;
    }
    if (isComma(reading.tokens[k]!) && isA(reading, k + 1, "narrator")) return k;
  }
  return end;
}
