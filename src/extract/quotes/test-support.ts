/**
 * What the quotes stage's rule tests share (not built into dist): the stage run on a written
 * sentence with the shipped resources, and a check of its quotes against expectations that state
 * only the fields they care about.
 */
import assert from "node:assert/strict";
import { loadResources } from "../../node/resources.js";
import { findEntities, wordTestsOf } from "../entities/index.js";
import { splitSentences, tokenize } from "../../text/index.js";
import { findQuotes, type QuoteRecord } from "./index.js";

const resources = loadResources();

/** The quotes of `text`, after sentences, tokens and entities as the pipeline finds them. */
export function quotesOf(text: string): QuoteRecord[] {
  const sentences = splitSentences(text);
  const tokens = tokenize(text, resources.clitics);
  const entities = findEntities(text, sentences, tokens, resources.entities, wordTestsOf(resources));
  return findQuotes(text, sentences, tokens, entities, resources.speechCues);
}

export interface ExpectedQuote {
  content?: string;
  kind?: QuoteRecord["kind"];
  cue?: string;
  speaker?: string | null;
}

/** The found quotes, each reduced to the fields the expectation at its index states, equal `want`. */
export function checkQuotes(text: string, want: readonly ExpectedQuote[]): void {
  const found = quotesOf(text).map((quote, i) => {
    const all: ExpectedQuote = {
      content: quote.text,
      kind: quote.kind,
      cue: quote.cue?.text,
      speaker: quote.speaker?.text ?? null,
    };
    const keys = Object.keys(want[i] ?? all) as (keyof ExpectedQuote)[];
    return Object.fromEntries(keys.map((key) => [key, all[key]]));
  });
  assert.deepEqual(found, want);
}
