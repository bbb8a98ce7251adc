/**
 * @module extract/events
 * Typed news events (PLOVER categories) over the entity and time layers: triggers from the
 * event-triggers lexicon by stem match key, arguments from word order and cue words within the
 * trigger's sentence, then the article's main events: each candidate gets a salience (the
 * probability, from the event-salience model, that it is one of the events the article reports
 * as news); the layer keeps those at or above the model's threshold and the most salient ones until
 * the article has a few distinct events (merge-events.ts keepDistinct), and merges repeated mentions
 * of one event.
 *
 * Why only the main events: an analyst reading the layer wants what the article reports, not every
 * word that can name an event (about four candidates per main event), and the gold measures exactly
 * that. A tool that wants every mention, a timeline of all dated events say, calls
 * `scoredCandidates` and chooses its own cut on the salience.
 */
import type { Mention, NewsEvent, Stage } from "../../doc/index.js";
import type { Resources } from "../../resources/index.js";
import { eventCandidates, type EventCandidate } from "./event-candidates.js";
import { candidateSalience } from "./event-salience.js";
import { keepDistinct, lemmaKey, mergeRepeats } from "./merge-events.js";

export { parseEventLexicon, type EventLexicon, type EventType } from "./event-lexicon.js";
export { findTriggers, type Trigger } from "./find-triggers.js";
export { eventArguments, type EventArguments, type MentionRef } from "./event-arguments.js";
export { eventCandidates, type EventCandidate } from "./event-candidates.js";
export {
  candidateSalience,
  keepMain,
  parseSalienceModel,
  salience,
  salienceFeatures,
  type SalienceModel,
} from "./event-salience.js";

export const EVENTS_STAGE_ID = "events@9";

/** A news event with the optional fields this stage adds. */
export interface EventRecord extends NewsEvent {
  /**
   * 0–1: the salience, the model's probability that this is one of the article's main events (see
   * event-salience.ts). The layer holds the events at or above the model's threshold.
   */
  readonly confidence: number;
  /** Index of the trigger's sentence in the sentences layer. */
  readonly sentence: number;
  /** "negative" when negated (لم تعتقل، عدم انسحاب). */
  readonly polarity: "positive" | "negative";
  /** "possible" when planned, future or hypothetical (ستنسحب، تعتزم، إذا); "asserted" otherwise. */
  readonly modality: "asserted" | "possible";
  /** True when the trigger stands inside quotation marks (reported words, not narration). */
  readonly quoted: boolean;
  /**
   * Every mention of this event the stage found, in text order, `trigger` among them: the merged
   * repeats (merge-events.ts) and the candidates below the threshold that name the same event. News
   * names its main event several times (the lead's قتلوا, then وقتل 54); a reader or a scorer
   * (event-level matching, as ACE/ERE event hoppers are scored) may take any of them.
   */
  readonly mentions: readonly Mention[];
}

function toRecord(candidate: EventCandidate, probability: number): EventRecord {
  const { trigger, args } = candidate;
  const mention: Mention = { start: trigger.start, end: trigger.end, text: trigger.text };
  return {
    type: trigger.type,
    trigger: mention,
    ...args,
    confidence: Math.round(probability * 100) / 100,
    sentence: candidate.sentence,
    polarity: trigger.negated ? "negative" : "positive",
    modality: trigger.possible ? "possible" : "asserted",
    quoted: trigger.quoted,
    mentions: [mention],
  };
}

/** Every candidate with its salience, in text order, before selection (for evals and tools). */
export function scoredCandidates(
  doc: Parameters<typeof eventsStage.run>[0],
  resources: Resources,
): { candidate: EventCandidate; salience: number }[] {
  return eventCandidates(doc, resources.events).map((candidate) => ({
    candidate,
    salience: candidateSalience(resources.eventSalience, candidate),
  }));
}

export const eventsStage: Stage<"sentences" | "tokens" | "entities" | "times", "events", Resources> = {
  id: EVENTS_STAGE_ID,
  needs: ["sentences", "tokens", "entities", "times"],
  gives: "events",
  run: (doc, ctx): readonly EventRecord[] => {
    const { threshold, atLeast } = ctx.resources.eventSalience;
    const scored = scoredCandidates(doc, ctx.resources);
    const records = scored.map((item) => toRecord(item.candidate, item.salience));
    // The lemma of each trigger, by its start (a merged record keeps its first trigger): a verb
    // repeated in another inflection or as its verbal noun is one event.
    const lemmas = new Map<number, string>(
      scored.map(({ candidate }) => [candidate.trigger.start, lemmaKey(candidate.trigger.form)]),
    );
    const lemmaOf = (record: EventRecord) => lemmas.get(record.trigger.start);
    const keep = keepDistinct(
      records,
      scored.map((item) => item.salience),
      threshold,
      atLeast,
      lemmaOf,
    );
    const kept: EventRecord[] = [];
    const others: EventRecord[] = [];
    records.forEach((record, i) => (keep[i] ? kept : others).push(record));
    return mergeRepeats(kept, others, lemmaOf);
  },
};
