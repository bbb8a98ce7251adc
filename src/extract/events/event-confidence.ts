/**
 * A confidence in [0, 1] that a found trigger is one of the article's reported events, from the
 * strength of the rule that found it. Hand-set odds factors, read off the dev split of the team's
 * gold articles (eval/gold, never the test split): the gold marks the main events, not every word
 * that can name one, so a lead sentence, a verb, a first mention, a context word and a date raise the
 * odds, and quotation marks, negation, a purpose ل/بـ and a repeated mention lower them.
 */
import type { Trigger } from "./find-triggers.js";

/** What the stage knows about a trigger beyond the trigger itself. */
export interface EventEvidence {
  readonly hasParticipants: boolean;
  readonly hasTime: boolean;
  /** An event of the same type was found earlier in the document. */
  readonly isRepeat: boolean;
  /** The trigger is in the document's first sentence (the lead, or the title). */
  readonly isLead: boolean;
  /** The trigger carries the preposition ل or بـ (لدعم، بانسحاب): a purpose or a cause, seldom a report. */
  readonly hasPreposition: boolean;
}

/** Odds of a trigger with no other evidence (about one in five on dev). */
const PRIOR_ODDS = 0.25;

const CLASS_ODDS: Readonly<Record<Trigger["class"], number>> = {
  verb: 1.5,
  "word-passive": 3,
  word: 0.4,
  noun: 0.8,
  "noun-patient": 1.4,
  announce: 0.3,
};

/** Types whose words (دعم، تعاون، انتخابات، نشر) name a state or a topic more often than an event. */
const WEAK_TYPES: ReadonlySet<string> = new Set([
  "SUPPORT",
  "COOPERATE",
  "ELECT",
  "MOBILIZE",
  "AGREE",
  "REPORT",
]);

export function eventConfidence(trigger: Trigger, evidence: EventEvidence): number {
  let odds = PRIOR_ODDS * CLASS_ODDS[trigger.class];
  if (trigger.confirmed) odds *= 2;
  if (evidence.isLead) odds *= 3;
  if (evidence.isRepeat) odds *= 0.4;
  else odds *= 1.5;
  if (evidence.hasTime) odds *= 1.5;
  if (evidence.hasParticipants) odds *= 1.4;
  if (evidence.hasPreposition) odds *= 0.3;
  if (trigger.quoted) odds *= 0.15;
  if (trigger.negated || trigger.possible) odds *= 0.4;
  if (WEAK_TYPES.has(trigger.type)) odds *= 0.4;
  return Math.round((odds / (1 + odds)) * 100) / 100;
}
