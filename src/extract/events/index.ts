/**
 * @module extract/events
 * Typed news events (PLOVER categories) over the entity and time layers: triggers from the
 * event-triggers lexicon by stem match key, arguments from word order and cue words within the
 * trigger's sentence, and a rule-strength confidence.
 */
import type { NewsEvent, Span, Stage, TimeExpression } from "../../doc/index.js";
import type { Resources } from "../../resources/index.js";
import { eventArguments, type MentionRef } from "./event-arguments.js";
import { eventConfidence } from "./event-confidence.js";
import { findTriggers, sentenceTokenRanges, stemKey } from "./find-triggers.js";
import { mentionRefs } from "./mention-refs.js";

export { parseEventLexicon, type EventLexicon, type EventType } from "./event-lexicon.js";
export { findTriggers, type Trigger } from "./find-triggers.js";
export { eventArguments, type EventArguments, type MentionRef } from "./event-arguments.js";

export const EVENTS_STAGE_ID = "events@1";

/**
 * Events below this confidence are not given: the layer holds the article's reported events, not
 * every word that can name one (set on the dev split; see event-confidence.ts).
 */
export const MIN_CONFIDENCE = 0.3;

/** A news event with the optional fields this stage adds. */
export interface EventRecord extends NewsEvent {
  /** 0–1, from the strength of the rule that found it (see event-confidence.ts). */
  readonly confidence: number;
  /** Index of the trigger's sentence in the sentences layer. */
  readonly sentence: number;
  /** "negative" when negated (لم تعتقل، عدم انسحاب). */
  readonly polarity: "positive" | "negative";
  /** "possible" when planned, future or hypothetical (ستنسحب، تعتزم، إذا); "asserted" otherwise. */
  readonly modality: "asserted" | "possible";
  /** True when the trigger stands inside quotation marks (reported words, not narration). */
  readonly quoted: boolean;
}

/** Items of a sorted layer that start inside `span`, from a moving cursor (one pass per document). */
function takeInside<T extends Span>(items: readonly T[], cursor: { at: number }, span: Span): T[] {
  while (cursor.at < items.length && items[cursor.at]!.start < span.start) cursor.at++;
  const inside: T[] = [];
  for (let k = cursor.at; k < items.length && items[k]!.start < span.end; k++) inside.push(items[k]!);
  return inside;
}

export const eventsStage: Stage<"sentences" | "tokens" | "entities" | "times", "events", Resources> = {
  id: EVENTS_STAGE_ID,
  needs: ["sentences", "tokens", "entities", "times"],
  gives: "events",
  run: (doc, ctx): readonly EventRecord[] => {
    const { sentences, tokens, entities, times } = doc.layers;
    const lexicon = ctx.resources.events;
    const keys = tokens.map(stemKey);
    const mentions = mentionRefs(entities, tokens);
    const mentionCursor = { at: 0 };
    const timeCursor = { at: 0 };
    const events: EventRecord[] = [];
    const seenTypes = new Set<string>();
    const ranges = sentenceTokenRanges(tokens, sentences);
    sentences.forEach((sentence, index) => {
      const [first, end] = ranges[index]!;
      const inSentence: MentionRef[] = takeInside(mentions, mentionCursor, sentence);
      const timesIn: TimeExpression[] = takeInside(times, timeCursor, sentence);
      for (const trigger of findTriggers(doc.text, tokens, keys, sentence, first, end, lexicon)) {
        const args = eventArguments(trigger, tokens, keys, inSentence, timesIn, lexicon);
        const token = tokens[trigger.token]!;
        const confidence = eventConfidence(trigger, {
          hasParticipants: args.actors.length + args.targets.length > 0,
          hasTime: args.time !== null,
          isRepeat: seenTypes.has(trigger.type),
          isLead: index === 0,
          hasPreposition: token.segments.some(
            (segment) => segment.kind === "proclitic" && (segment.form === "ل" || segment.form === "ب"),
          ),
        });
        seenTypes.add(trigger.type);
        if (confidence < MIN_CONFIDENCE) continue;
        // One event per type and sentence: غارات جوية استهدفت… names one assault twice.
        const previous = events[events.length - 1];
        if (previous !== undefined && previous.sentence === index && previous.type === trigger.type) continue;
        events.push({
          type: trigger.type,
          trigger: { start: trigger.start, end: trigger.end, text: trigger.text },
          ...args,
          confidence,
          sentence: index,
          polarity: trigger.negated ? "negative" : "positive",
          modality: trigger.possible ? "possible" : "asserted",
          quoted: trigger.quoted,
        });
      }
    });
    return events;
  },
};
