/** Test helpers: the committed resources, loaded once, and triggers of one sentence. Not part of the stage. */
import assert from "node:assert/strict";
import { test } from "node:test";
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

/** A sentence written for a test, the trigger word it must give, and that trigger's type. */
export interface TriggerCase {
  readonly name: string;
  readonly text: string;
  readonly trigger: string;
  readonly type: string;
}

/** One test per case: the case's sentence gives its trigger word with its type. */
export function testTriggerCases(cases: readonly TriggerCase[]): void {
  for (const { name, text, trigger, type } of cases) {
    test(name, () => {
      const found = triggersOf(text).find((candidate) => candidate.text === trigger);
      assert.ok(found, `no trigger ${trigger} in ${text}`);
      assert.equal(found.type, type);
    });
  }
}
