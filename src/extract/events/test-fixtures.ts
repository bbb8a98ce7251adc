/** Test helpers: the committed resources, loaded once, and triggers of one sentence. Not part of the stage. */
import type { Span } from "../../doc/index.js";
import { loadResources } from "../../node/resources.js";
import { splitSentences, tokenize } from "../../text/index.js";
import { findTriggers, sentenceTokenRanges, stemKey, type Trigger } from "./find-triggers.js";
import type { EventRecord } from "./index.js";

export const resources = loadResources();

/** The triggers of every sentence of `text`, with the committed lexicon. */
export function triggersOf(text: string): Trigger[] {
  const tokens = tokenize(text, resources.clitics);
  const sentences: readonly Span[] = splitSentences(text);
  const keys = tokens.map(stemKey);
  const ranges = sentenceTokenRanges(tokens, sentences);
  return sentences.flatMap((sentence, index) => {
    const [first, end] = ranges[index]!;
    return findTriggers(text, tokens, keys, sentence, first, end, resources.events);
  });
}

/** An asserted event of `type` named by `word` at `start`, with the given actors and time. */
export function eventRecord(
  type: string,
  word: string,
  start: number,
  actors: string[] = [],
  time: string | null = null,
): EventRecord {
  const mention = { start, end: start + word.length, text: word };
  return {
    type,
    trigger: mention,
    actors,
    targets: [],
    place: null,
    time,
    confidence: 0.5,
    sentence: 0,
    polarity: "positive",
    modality: "asserted",
    quoted: false,
    mentions: [mention],
  };
}
