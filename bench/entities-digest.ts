/**
 * `tsx bench/entities-digest.ts [corpus.jsonl] [--passes N]`: the entities stage alone over a whole
 * corpus, cleaned, split and tokenized beforehand. Prints a sha256 of the stage's input layers
 * (sentences, tokens) and one of its output (every entity's id, type, names, mentions, aliases and
 * role, in JSON), so a change meant to speed the stage up can show it left the output byte-identical;
 * then its speed per pass in MB/s of the raw text, by wall and by CPU time. The input digest tells
 * whether two runs saw the same tokens: when it differs, an earlier stage changed and the output
 * digests cannot be compared. Imports dist/, like bench.ts: run `npm run build` first.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { withLayer, type Document, type LayerName, type StageContext } from "../dist/doc/index.js";
import { buildEntityResources, entitiesStage } from "../dist/extract/entities/index.js";
import { cleanText } from "../dist/ingest/clean-text.js";
import { DATA_DIR } from "../dist/node/resources.js";
import { createDocument, DEFAULT_STAGES } from "../dist/pipeline/index.js";
import type { Resources } from "../dist/resources/index.js";
import { parseCliticLexicon } from "../dist/text/index.js";
import { readCorpus } from "./corpus.js";
import { median } from "./stats.js";

const DEFAULT_CORPUS =
  "../shared/data/news/ant-multisource/ant_multisource_v2.1_middleEast_internationalNews_sample.jsonl";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { passes: { type: "string", default: "3" } },
});
const passes = Math.max(1, Number(values.passes) || 3);
const corpus = positionals[0] ?? DEFAULT_CORPUS;
if (!existsSync(corpus)) {
  console.error(`entities-digest: ${corpus}: no such corpus`);
  process.exit(1);
}

const read = (path: string) => readFileSync(join(DATA_DIR, path), "utf8");
// Only what the stages up to this one read: the other stages' lexicons play no part in the digests.
const resources = {
  clitics: parseCliticLexicon(read("lexicons/clitic-stems/stems.tsv")),
  entities: buildEntityResources({
    model: read("models/ner/ner-model.txt"),
    entities: read("kb/entities.tsv"),
    governorates: read("kb/governorates.tsv"),
    places: read("kb/places.tsv"),
    names: read("kb/names.tsv"),
    cues: read("kb/cues.tsv"),
    clusters: read("kb/clusters.tsv"),
    demonyms: read("kb/demonyms.tsv"),
  }),
} as Resources;
const context: StageContext<Resources> = { resources, reference: null, note: () => undefined };
const before = DEFAULT_STAGES.slice(
  0,
  DEFAULT_STAGES.indexOf(entitiesStage as (typeof DEFAULT_STAGES)[number]),
);
const docs: Document<LayerName>[] = [];
const input = createHash("sha256");
let megabytes = 0;
for await (const article of readCorpus(corpus)) {
  megabytes += Buffer.byteLength(article.text) / 1e6;
  let doc = createDocument(
    { ...cleanText(article.text, "digest"), meta: {} },
    "digest",
  ) as Document<LayerName>;
  for (const stage of before) doc = withLayer(doc, stage.gives, stage.run(doc, context), stage.id);
  input.update(JSON.stringify([doc.layers.sentences, doc.layers.tokens]));
  docs.push(doc);
}
console.log(
  `corpus: ${docs.length} articles, ${megabytes.toFixed(1)} MB; input digest ${input.digest("hex")}`,
);

// The first pass hashes the output and warms the stage (its tagger memo, the JIT); the others are timed.
const output = createHash("sha256");
for (const doc of docs)
  output.update(JSON.stringify(entitiesStage.run(doc as Document<"sentences" | "tokens">, context)) + "\n");
console.log(`entities digest ${output.digest("hex")}`);
const wall: number[] = [];
const cpu: number[] = [];
for (let pass = 0; pass < passes; pass++) {
  (globalThis as { gc?: () => void }).gc?.();
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  for (const doc of docs) entitiesStage.run(doc as Document<"sentences" | "tokens">, context);
  wall.push((performance.now() - started) / 1000);
  const used = process.cpuUsage(cpuStarted);
  cpu.push((used.user + used.system) / 1e6);
  console.log(
    `pass ${pass + 1}: ${(megabytes / wall.at(-1)!).toFixed(1)} MB/s wall, ${(megabytes / cpu.at(-1)!).toFixed(1)} MB/s CPU`,
  );
}
console.log(
  `entities stage: median ${(megabytes / median(wall)).toFixed(1)} MB/s wall, ${(megabytes / median(cpu)).toFixed(1)} MB/s CPU ` +
    `over ${passes} timed passes after a warm-up`,
);
