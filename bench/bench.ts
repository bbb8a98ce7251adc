/**
 * `npm run bench -- [corpus.jsonl] [--runs N]`: prints throughput and memory figures, medians of runs.
 * Defaults to the shared news corpus. Not part of `npm test`: figures, not assertions.
 * Imports the compiled package (dist/), as users run it: tsx's transform of src/ turns every imported
 * binding into a getter call, which would make the figures a measure of the loader, not of Marsad.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { toRecord, withLayer, type Document, type LayerName, type StageContext } from "../dist/doc/index.js";
import { cleanText } from "../dist/ingest/clean-text.js";
import { createDocument, DEFAULT_STAGES } from "../dist/pipeline/index.js";
import type { Resources } from "../dist/resources/index.js";
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
  options: {
    runs: { type: "string", default: "5" },
    // A comma list of core, entities, stages, analyze: a subset runs faster while working on one part.
    only: { type: "string", default: "core,entities,stages,analyze" },
  },
});
const only = new Set(values.only.split(","));
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

if (only.has("core")) {
  const core = benchTextCore(texts, resources, runs);
  console.log(
    `text core: ${core.medianMBps.toFixed(1)} MB/s median of ${runs} runs ` +
      `(runs ${core.runsMBps.map((v) => v.toFixed(1)).join(", ")}; first cold pass ${core.coldMBps.toFixed(1)} MB/s), ` +
      `${core.megabytes.toFixed(1)} MB, ${core.tokens} tokens`,
  );
}
if (only.has("entities")) {
  // A tenth of the corpus keeps the entity benchmark's pre-tokenized documents small in memory.
  const entities = benchEntities(texts.slice(0, Math.ceil(texts.length / 10)), resources, runs);
  console.log(
    `entities (recognition + linking): ${Math.round(entities.medianTokensPerSecond).toLocaleString("en")} tokens/s ` +
      `median of ${runs} runs (runs ${entities.runsTokensPerSecond.map((v) => Math.round(v / 1000) + "k").join(", ")}), ` +
      `${entities.tokens} tokens`,
  );
}
if (only.has("stages")) {
  const stageRuns = Math.min(runs, 3);
  const stageMs = timeStages(texts, resources, stageRuns);
  const textMegabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  console.log(
    `per stage (MB/s of the raw text, median of ${stageRuns} passes; per CPU second in brackets): ` +
      [...stageMs]
        .map(
          ([name, ms]) =>
            `${name} ${(textMegabytes / (median(ms.wall) / 1000)).toFixed(1)} ` +
            `(${(textMegabytes / (median(ms.cpu) / 1000)).toFixed(1)})`,
        )
        .join(", "),
  );
}
texts.length = 0;

if (only.has("analyze")) {
  const analyzeRuns = Math.min(runs, 3);
  const figures = [];
  for (let run = 0; run < analyzeRuns; run++)
    figures.push(await benchAnalyzeCorpus(corpus, resources, articleCount));
  const rates = figures.map((f) => f.articles / f.seconds);
  const mbRates = figures.map((f) => f.megabytes / f.seconds);
  const cpuRates = figures.map((f) => f.megabytes / f.cpuSeconds);
  const last = figures.at(-1)!;
  console.log(
    `analyze (streamed, record serialized): ${median(rates).toFixed(0)} articles/s, ${median(mbRates).toFixed(2)} MB/s ` +
      `(${median(cpuRates).toFixed(2)} MB per CPU second) median of ${analyzeRuns} runs over ${last.articles} articles`,
  );
  console.log(
    `memory: peak RSS ${mib(Math.max(...figures.map((f) => f.peakRss)))} MiB; heap retained after each quarter of the corpus ` +
      `${last.heapByQuarter.map(mib).join(" / ")} MiB`,
  );
}

/**
 * Each stage's time over the whole corpus, as analyzeText runs them (cleaning, the stages in order,
 * the record's serialization), so a slow stage shows apart from the whole: per name, ms per pass of
 * wall time, and of CPU time estimated as the stage's share of the pass's process CPU time (asking
 * for CPU time around each call costs more than the shorter stages themselves).
 */
function timeStages(
  texts: readonly string[],
  resources: Resources,
  passes: number,
): Map<string, { wall: number[]; cpu: number[] }> {
  const names = ["clean", ...DEFAULT_STAGES.map((stage) => stage.id.split("@")[0]!), "record"];
  const ms = new Map(names.map((name) => [name, { wall: [] as number[], cpu: [] as number[] }]));
  const context: StageContext<Resources> = { resources, reference: null, note: () => undefined };
  for (let pass = 0; pass < passes; pass++) {
    const wall = names.map(() => 0);
    const cpuStarted = process.cpuUsage();
    const passStarted = performance.now();
    for (const text of texts) {
      let started = performance.now();
      const cleaned = cleanText(text, "bench");
      let doc = createDocument({ ...cleaned, meta: {} }, "bench") as Document<LayerName>;
      wall[0]! += performance.now() - started;
      DEFAULT_STAGES.forEach((stage, i) => {
        started = performance.now();
        const layer = stage.run(doc, context);
        wall[i + 1]! += performance.now() - started;
        doc = withLayer(doc, stage.gives, layer, stage.id);
      });
      started = performance.now();
      JSON.stringify(toRecord(doc));
      wall[names.length - 1]! += performance.now() - started;
    }
    const cpu = process.cpuUsage(cpuStarted);
    const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - passStarted);
    names.forEach((name, i) => {
      ms.get(name)!.wall.push(wall[i]!);
      ms.get(name)!.cpu.push(wall[i]! * cpuShare);
    });
  }
  return ms;
}
