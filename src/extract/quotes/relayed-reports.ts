/**
 * Relayed reports: an attribution between a verb of saying and its content (قال وفقا لما نقلته
 * صحيفة سبق: "…"؛ أكدت الشرطة، حسب ما أوردت الصحيفة، أن …) names who relayed the words. The verb's
 * subject said them (read-sentence.ts absorbs the attribution into the verb's clause); the relayer's
 * report is a quote of its own around them, from the verb to the end of the words (FORMAT.md), so a
 * reader can follow the chain back to the agency that carried the statement. (قال بوتين كما نقلت
 * عنه وكالة تاس "…" is read by نقل's own rule, as one quote of Putin's with نقلت as its cue.)
 */
import { firstSpanEndingAfter } from "../../doc/index.js";
import type { QuotePair } from "./direct-quotes.js";
import type { Cue } from "./find-cues.js";
import { subjectAfter } from "./find-speaker.js";
import type { QuoteDraft } from "./quote-draft.js";
import { isA, type Reading } from "./reading.js";

/**
 * The relayer's quote around the draft `inner` of the verb `verb`, whose clause absorbed the
 * attribution `attribution`; null when the attribution names no relayer of its own (نقلا عن مصدر:
 * the one after عن said the words, and the verb's subject relays them) or no source follows it.
 */
export function relayedReport(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  verb: Cue,
  attribution: Cue,
  inner: QuoteDraft,
): QuoteDraft | null {
  const { tokens } = reading;
  // (The relayer's verb is the attribution's last word: كما نقلت، وفقا لما نقلته، حسبما نشرت.)
  if (!isA(reading, attribution.last, "verb") && !isA(reading, attribution.last, "transmit")) return null;
  const contentAt = firstSpanEndingAfter(tokens, inner.start);
  const source = subjectAfter(reading, attribution.last + 1, contentAt, true);
  if (source === null) return null;
  // The speaker's words in marks end at their closing mark; the relayer's quote takes the mark in.
  const opening = contentAt - 1;
  const pair = opening >= 0 ? pairAt.get(opening) : undefined;
  const end = inner.kind === "direct" && pair !== undefined ? tokens[pair.close]!.end : inner.end;
  return {
    start: verb.span.start,
    end,
    kind: inner.kind === "indirect" ? "indirect" : "mixed",
    cue: lastWord(reading, attribution),
    speaker: { found: source },
    setting: null,
    gender: attribution.gender,
    relayed: true,
  };
}

/** The attribution's last word as the cue (نقلت of كما نقلت), as the gold marks it. */
function lastWord(reading: Reading, attribution: Cue): QuoteDraft["cue"] {
  const token = reading.tokens[attribution.last]!;
  return { start: token.start, end: token.end, text: token.text };
}
