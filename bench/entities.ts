import type { Document, StageContext } from "../dist/doc/index.js";
import { entitiesStage } from "../dist/extract/entities/index.js";
import { createDocument } from "../dist/pipeline/index.js";
import type { Resources } from "../dist/resources/index.js";
import { splitSentences, tokenize } from "../dist/text/index.js";
import { median, timeRuns } from "./stats.js";

export interface EntityFigures {
  readonly tokens: number;
  readonly medianTokensPerSecond: number;
  readonly runsTokensPerSecond: readonly number[];
}

/**
 * Throughput of entity recognition + linking (tagging, KB fallback, linking, Latin names) alone,
 * over documents tokenized beforehand, in tokens per second on one core.
 */
export function benchEntities(texts: readonly string[], resources: Resources, runs: number): EntityFigures {
  const docs: Document<"sentences" | "tokens">[] = texts.map((text) => {
    const base = createDocument({ text }, "bench");
    return {
      ...base,
      layers: { sentences: splitSentences(text), tokens: tokenize(text, resources.clitics) },
    };
  });
  const tokens = docs.reduce((sum, doc) => sum + doc.layers.tokens.length, 0);
  const context: StageContext<Resources> = { resources, reference: null, note: () => undefined };
  const times = timeRuns(runs, () => {
    for (const doc of docs) entitiesStage.run(doc, context);
  });
  const runsTokensPerSecond = times.map((ms) => tokens / (ms / 1000));
  return { tokens, medianTokensPerSecond: median(runsTokensPerSecond), runsTokensPerSecond };
}
