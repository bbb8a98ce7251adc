/**
 * `npm run bench -- [corpus.jsonl] [--runs N]`: prints throughput and memory figures, medians of runs.
 * Defaults to the shared news corpus. Not part of `npm test`: figures, not assertions.
 * Imports the compiled package (dist/), as users run it: tsx's transform of src/ turns every imported
 * binding into a getter call, which would make the figures a measure of the loader, not of Marsad.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadResources } from "../dist/node/resources.js";
import { benchAnalyzeCorpus } from "./analyze-corpus.js";
import { benchEntities } from "./entities.js";
import { readCorpus } from "./corpus.js";
import { median, mib } from "./stats.js";
import { benchTextCore } from "./text-core.js";

const DEFAULT_CORPUS =
  "../shared/data/news/ant-multisource/ant_multisource_v2.1_middleEast_internationalNews_sample.jsonl";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: "string", default: "5" } },
});
const runs = Math.max(1, Number(values.runs) || 5);
const corpus = positionals[0] ?? DEFAULT_CORPUS;
if (!existsSync(corpus)) {
  console.error(`bench: ${corpus}: no such corpus (give a JSONL file with a "text" field per line)`);
  process.exit(1);
}

const loadStarted = performance.now();
const resources = loadResources();
console.log(`resources loaded in ${(performance.now() - loadStarted).toFixed(0)} ms`);

const texts: string[] = [];
for await (const article of readCorpus(corpus)) texts.push(article.text);
const articleCount = texts.length;
console.log(`corpus: ${corpus} (${texts.length} articles)`);

const core = benchTextCore(texts, resources, runs);
console.log(
  `text core: ${core.medianMBps.toFixed(1)} MB/s median of ${runs} runs ` +
    `(runs ${core.runsMBps.map((v) => v.toFixed(1)).join(", ")}; first cold pass ${core.coldMBps.toFixed(1)} MB/s), ` +
    `${core.megabytes.toFixed(1)} MB, ${core.tokens} tokens`,
);
// A tenth of the corpus keeps the entity benchmark's pre-tokenized documents small in memory.
const entities = benchEntities(texts.slice(0, Math.ceil(texts.length / 10)), resources, runs);
console.log(
  `entities (recognition + linking): ${Math.round(entities.medianTokensPerSecond).toLocaleString("en")} tokens/s ` +
    `median of ${runs} runs (runs ${entities.runsTokensPerSecond.map((v) => Math.round(v / 1000) + "k").join(", ")}), ` +
    `${entities.tokens} tokens`,
);
texts.length = 0;

const analyzeRuns = Math.min(runs, 3);
const figures = [];
for (let run = 0; run < analyzeRuns; run++)
  figures.push(await benchAnalyzeCorpus(corpus, resources, articleCount));
const rates = figures.map((f) => f.articles / f.seconds);
const mbRates = figures.map((f) => f.megabytes / f.seconds);
const last = figures.at(-1)!;
console.log(
  `analyze (streamed, record serialized): ${median(rates).toFixed(0)} articles/s, ${median(mbRates).toFixed(2)} MB/s ` +
    `median of ${analyzeRuns} runs over ${last.articles} articles`,
);
console.log(
  `memory: peak RSS ${mib(Math.max(...figures.map((f) => f.peakRss)))} MiB; heap retained after each quarter of the corpus ` +
    `${last.heapByQuarter.map(mib).join(" / ")} MiB`,
);
