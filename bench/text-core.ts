import type { Resources } from "../dist/resources/index.js";
import { splitSentences, tokenize } from "../dist/text/index.js";
import { median, timeRuns } from "./stats.js";

export interface TextCoreFigures {
  readonly megabytes: number;
  readonly tokens: number;
  readonly coldMBps: number;
  readonly medianMBps: number;
  readonly runsMBps: readonly number[];
}

/**
 * Throughput of the text core (sentences, tokens with match keys, clitic segments) over texts
 * already in memory, in MB of UTF-8 per second on one core. The first pass is reported apart: it
 * fills the segmenter's memo of word forms, which a long-running process keeps.
 */
export function benchTextCore(texts: readonly string[], resources: Resources, runs: number): TextCoreFigures {
  const bytes = texts.reduce((sum, text) => sum + new TextEncoder().encode(text).length, 0);
  let tokens = 0;
  const pass = () => {
    tokens = 0;
    for (const text of texts) {
      splitSentences(text);
      tokens += tokenize(text, resources.clitics).length;
    }
  };
  const coldStarted = performance.now();
  pass();
  const coldMs = performance.now() - coldStarted;
  const times = timeRuns(runs, pass);
  const megabytes = bytes / 1e6;
  const runsMBps = times.map((ms) => megabytes / (ms / 1000));
  return { megabytes, tokens, coldMBps: megabytes / (coldMs / 1000), medianMBps: median(runsMBps), runsMBps };
}
