/**
 * Every event the lexicon can see in a document, before any selection: each trigger with its
 * arguments and the facts about it the salience model reads. The stage (index.ts) scores, merges and
 * selects them; the eval trains the salience model on the same candidates, so both see one list.
 */
import type { Document, Span, TimeExpression, Token } from "../../doc/index.js";
import type { EventLexicon } from "./event-lexicon.js";
import { eventArguments, type EventArguments, type MentionRef } from "./event-arguments.js";
import {
  conjunctionKey,
  findTriggers,
  objectVerbKey,
  rootInitialKey,
  stemKey,
  type Trigger,
} from "./find-triggers.js";
import { eventAge } from "./event-age.js";
import { mentionRefs } from "./mention-refs.js";

/** A trigger with its arguments and its place in the document. */
export interface EventCandidate {
  readonly trigger: Trigger;
  readonly args: EventArguments;
  /** Index of the trigger's sentence in the sentences layer. */
  readonly sentence: number;
  /** The trigger carries the preposition ل or بـ (لدعم، بانسحاب): a purpose or a cause, seldom a report. */
  readonly hasPreposition: boolean;
  /** How many candidates of the same type came before it in the document. */
  readonly typeRank: number;
  /** How many words of its sentence stand before the trigger (0: it opens the sentence, as news verbs do). */
  readonly wordsBefore: number;
  /** أن/إن stands before it in its sentence: the event is the content of reported speech. */
  readonly reported: boolean;
  /** A number or a count word follows the trigger closely (قتل 54 شخصا، مقتل عشرات). */
  readonly counted: boolean;
  /** A candidate of the same type stands earlier in the same sentence (غارات جوية استهدفت…). */
  readonly repeatsInSentence: boolean;
  /** Whether its date lies near the publication date (event-age.ts); undefined when either is unknown. */
  readonly age: "recent" | "old" | undefined;
}

/** Items of a sorted layer that start inside `span`, from a moving cursor (one pass per document). */
function takeInside<T extends Span>(items: readonly T[], cursor: { at: number }, span: Span): T[] {
  while (cursor.at < items.length && items[cursor.at]!.start < span.start) cursor.at++;
  const inside: T[] = [];
  for (let k = cursor.at; k < items.length && items[k]!.start < span.end; k++) inside.push(items[k]!);
  return inside;
}

function hasPurposePreposition(token: Token, start: number): boolean {
  // A ب/ل inside the trigger's span is its root's first letter (بحث), not a preposition.
  return token.segments.some(
    (segment) =>
      segment.kind === "proclitic" && segment.end <= start && (segment.form === "ل" || segment.form === "ب"),
  );
}

type EventsInput = Document<"sentences" | "tokens" | "entities" | "times">;

/** How many tokens after a trigger a count may stand (قتل ما لا يقل عن 14): a casualty or arrest count marks a reported event. */
const COUNT_WINDOW = 5;

function countFollows(
  tokens: readonly Token[],
  keys: readonly string[],
  index: number,
  lexicon: EventLexicon,
): boolean {
  for (let k = index + 1; k < Math.min(tokens.length, index + 1 + COUNT_WINDOW); k++) {
    if (tokens[k]!.kind === "number" || lexicon.cues.get(keys[k]!)?.class === "count") return true;
  }
  return false;
}

/**
 * What stands before each trigger of a sentence, asked in token order: the word tokens (commas and
 * quotation marks do not push a verb off the sentence start) and whether أن/إن came (the trigger is
 * in a reported clause: قالت إنها عثرت…). One pass over the sentence however many triggers it holds.
 */
function sentencePrefix(
  tokens: readonly Token[],
  keys: readonly string[],
  first: number,
  lexicon: EventLexicon,
): (to: number) => { words: number; reported: boolean } {
  let at = first;
  let words = 0;
  let reported = false;
  return (to) => {
    for (; at < to; at++) {
      const token = tokens[at]!;
      if (token.kind === "word") words++;
      if (!reported && (lexicon.cues.get(token.key) ?? lexicon.cues.get(keys[at]!))?.class === "complement") {
        reported = true;
      }
    }
    return { words, reported };
  };
}

/** Each token's stem key, each sentence's token range and the word tokens of it the lexicon holds. */
interface Scan {
  readonly keys: string[];
  readonly ranges: [number, number][];
  readonly hits: (number[] | undefined)[];
}

/**
 * One pass over the tokens (the stage's main cost is walking them): the keys, the sentence ranges
 * (as sentenceTokenRanges gives them) and the lexicon hits, so sentences without any are skipped.
 */
function scan(tokens: readonly Token[], sentences: readonly Span[], lexicon: EventLexicon): Scan {
  const keys = new Array<string>(tokens.length);
  const ranges: [number, number][] = [];
  const hits: (number[] | undefined)[] = [];
  const isTrigger = (key: string) => lexicon.triggers.has(key);
  let t = 0;
  for (const sentence of sentences) {
    for (; t < tokens.length && tokens[t]!.end <= sentence.start; t++) keys[t] = stemKey(tokens[t]!);
    const first = t;
    let found: number[] | undefined;
    for (; t < tokens.length && tokens[t]!.start < sentence.end; t++) {
      const token = tokens[t]!;
      const key = stemKey(token);
      keys[t] = key;
      if (token.kind !== "word") continue;
      if (lexicon.triggers.has(key)) (found ??= []).push(t);
      else if (key.startsWith("و")) {
        const rest = conjunctionKey(token, key, isTrigger);
        if (rest !== undefined) {
          keys[t] = rest;
          (found ??= []).push(t);
        }
      } else {
        const whole = rootInitialKey(token, key, isTrigger) ?? objectVerbKey(token, key, lexicon);
        if (whole !== undefined) {
          keys[t] = whole;
          (found ??= []).push(t);
        }
      }
    }
    ranges.push([first, t]);
    hits.push(found);
  }
  for (; t < tokens.length; t++) keys[t] = stemKey(tokens[t]!);
  return { keys, ranges, hits };
}

/** The candidates of a document in text order. */
export function eventCandidates(doc: EventsInput, lexicon: EventLexicon): EventCandidate[] {
  const { sentences, tokens, entities, times } = doc.layers;
  const { keys, ranges, hits } = scan(tokens, sentences, lexicon);
  const candidates: EventCandidate[] = [];
  if (hits.every((found) => found === undefined)) return candidates;
  const mentions = mentionRefs(entities, tokens);
  const mentionCursor = { at: 0 };
  const timeCursor = { at: 0 };
  const typeCounts = new Map<string, number>();
  sentences.forEach((sentence, index) => {
    const found = hits[index];
    if (found === undefined) return;
    const [first, end] = ranges[index]!;
    const inSentence: MentionRef[] = takeInside(mentions, mentionCursor, sentence);
    const timesIn: TimeExpression[] = takeInside(times, timeCursor, sentence);
    const typesHere = new Set<string>();
    const before = sentencePrefix(tokens, keys, first, lexicon);
    for (const trigger of findTriggers(doc.text, tokens, keys, sentence, first, end, lexicon, found)) {
      const prefix = before(trigger.token);
      const typeRank = typeCounts.get(trigger.type) ?? 0;
      typeCounts.set(trigger.type, typeRank + 1);
      const args = eventArguments(trigger, tokens, keys, inSentence, timesIn, lexicon);
      candidates.push({
        trigger,
        args,
        sentence: index,
        hasPreposition: hasPurposePreposition(tokens[trigger.token]!, trigger.start),
        typeRank,
        wordsBefore: prefix.words,
        reported: prefix.reported,
        counted: countFollows(tokens, keys, trigger.token, lexicon),
        repeatsInSentence: typesHere.has(trigger.type),
        age: eventAge(args.time, doc.meta.published),
      });
      typesHere.add(trigger.type);
    }
  });
  return candidates;
}
