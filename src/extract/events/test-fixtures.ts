/** Test helpers: the committed resources, loaded once, and triggers of one sentence. Not part of the stage. */
import type { Span } from "../../doc/index.js";
import { loadResources } from "../../node/resources.js";
import { splitSentences, tokenize } from "../../text/index.js";
import { findTriggers, sentenceTokenRanges, stemKey, type Trigger } from "./find-triggers.js";

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
