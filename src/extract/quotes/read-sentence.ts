import { pairQuoteMarks, type QuotePair } from "./direct-quotes.js";
import { findSpeechCues } from "./find-cues.js";
import { findSetting } from "./find-setting.js";
import { subjectBefore } from "./find-speaker.js";
import { sentenceSubject } from "./sentence-subject.js";
import { isA, isColon, isComma, isStop, type Reading } from "./reading.js";
import {
  asideEnd,
  findComplement,
  afterPreposition,
  isGloss,
  contentWithoutPreposition,
} from "./cue-complement.js";
import { isNotReport, relaysNothing } from "./not-a-report.js";
import { quoteBefore, sourceAfter, readAttribution } from "./read-attribution.js";
import { accusedCharges, chargeDraft, namesAccused } from "./charge-nouns.js";
import { contentDraft, joinedDrafts } from "./content-draft.js";
import { namedAfterWhat } from "./clause-shape.js";
import { boundaryOf, opensClause } from "./clause-opening.js";
import { relayedReport } from "./relayed-reports.js";
import { isOpeningVerb, nearestPerson, subjectOfVerb } from "./verb-subject.js";
import type { QuoteDraft, SpeakerClaim } from "./quote-draft.js";
import { outerDraft, readVerbReport, type SentenceReading } from "./read-verb-report.js";

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
  // (A sentence with no cue may still name a charge: شاب متهم باغتصاب …; most name none.)
  if (found.length === 0) {
    if (!namesAccused(tokens, from, to)) return [];
    return accusedCharges(reading, pairsByOpening(marks.pairs), from, to);
  }
  // وقالت فلانة: "… ⏎ with no closing mark in its paragraph (scraped pages drop it): the quotation
  // runs to the sentence's final stop, as if the mark closed there.
  for (const open of marks.unclosed) {
    const last = to - 1;
    if (open > from && isColon(tokens[open - 1]!) && last > open + 1 && isStop(tokens[last]!))
      marks.pairs.push({ open, close: last });
  }
  const pairAt = pairsByOpening(marks.pairs);
  // Words inside quotation marks are the quoted speaker's, not the report's (…"أعتقد أن…").
  const cues = found.filter(
    (cue) =>
      !marks.pairs.some((pair) => pair.open < cue.first && cue.last < pair.close) &&
      !isNotReport(reading, cue, from) &&
      !relaysNothing(reading, cue, to),
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
    // subject said them, so it does not end the verb's clause (the relayer's own quote, around
    // the words, is added below: relayed-reports.ts).
    if (cues[c]!.role !== "verb" || cues[c + 1]!.role !== "according") continue;
    absorbed.add(c + 1);
    const complement = findComplement(reading, pairAt, cues[c]!, reachOf(c));
    if (complement === null || complement.limit < cues[c + 1]!.first) absorbed.delete(c + 1);
  }
  const drafts: QuoteDraft[] = [];
  /**
   * Charges (charge-nouns.ts) with the place in `drafts` they come at. They join the drafts only
   * at the end: a participle, an attribution or a trailing verb after a charge speaks of the
   * sentence's report, not of the charge (اعتقل بتهمة التجسس، قائلا …، وفقا للوكالة).
   */
  const charges: [number, QuoteDraft][] = [];
  const claimed = new Set<number>();
  const sentence: SentenceReading = {
    reading,
    pairAt,
    from,
    cues,
    opening,
    absorbed,
    drafts,
    transmitted: null,
    lastSubject: null,
  };
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
      if (draft) charges.push([drafts.length, draft]);
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
      sentence.transmitted = sourceAfter(reading, cue.last + 1, reach);
      continue;
    }
    const complement = findComplement(reading, pairAt, cue, reach);
    let speaker: SpeakerClaim = "implied";
    let contentAt = complement?.at ?? -1;
    /** Where the content starts inside its first token (after the ب of بتحقيق), or -1. */
    let contentFrom = -1;
    let notCarried = false;
    if (cue.role === "verb" || cue.role === "impersonal" || cue.role === "transmit") {
      const start = readVerbReport(sentence, c, reach, complement);
      if (start === null) continue;
      ({ speaker, contentAt, contentFrom, notCarried } = start);
    } else if (cue.role === "said-noun") {
      // واكتفى الوزير بالقول إن: after a verb that is no cue, the sentence's subject says it.
      const before = subjectBefore(reading, cue.first, from);
      const found =
        sentence.transmitted ??
        (before === null || isOpeningVerb(reading, before, from)
          ? subjectOfVerb(reading, cue, from)
          : before);
      speaker = found === null || found === "implied" ? "implied" : { found };
    } else if (cue.role === "participle") {
      const outer = outerDraft(drafts);
      if (outer !== undefined) speaker = outer.speaker;
      else {
        const subject =
          sentence.lastSubject ??
          sentenceSubject(reading, from, cue.first) ??
          nearestPerson(reading, from, cue.first);
        speaker = subject ? { found: subject } : "implied";
      }
      if (complement === null && cue.frame === "object" && opening[c] && !isGloss(reading, cue.last + 1)) {
        contentAt = cue.last + 1;
        const after = afterPreposition(reading, cue, contentAt, reach);
        [contentAt, contentFrom] = after ?? contentWithoutPreposition(reading, cue, contentAt);
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
    const contents = made
      .filter((draft): draft is QuoteDraft => draft !== null)
      .map((draft): QuoteDraft => (notCarried ? { ...draft, notCarried: true } : draft));
    if (contents.length > 0) {
      for (const open of pairAt.keys()) if (open >= contentAt && open < reach) claimed.add(open);
      drafts.push(...contents);
    }
  }
  for (const draft of accusedCharges(reading, pairAt, from, to)) charges.push([drafts.length, draft]);
  for (let k = charges.length - 1; k >= 0; k--) drafts.splice(charges[k]![0], 0, charges[k]![1]);
  // In text order, the relayer's quote before the words it carries (index.ts keeps its source out
  // of the speakers a later وقال or وتابع stands for).
  for (const a of absorbed) {
    const verb = cues[a - 1]!;
    const at = drafts.findIndex((draft) => draft.cue.start === verb.span.start);
    const relayed = at >= 0 && relayedReport(reading, pairAt, verb, cues[a]!, drafts[at]!);
    if (relayed) drafts.splice(at, 0, relayed);
  }
  return drafts;
}

/** The first comma or full stop in [at, end), else end. */
function commaAfter(reading: Reading, at: number, end: number): number {
  let k = at;
  while (k < end && !isComma(reading.tokens[k]!) && !isStop(reading.tokens[k]!)) k++;
  return k;
}

/** Quotation-mark pairs by the token of their opening mark. */
function pairsByOpening(pairs: readonly QuotePair[]): Map<number, QuotePair> {
  return new Map(pairs.map((pair) => [pair.open, pair]));
}
