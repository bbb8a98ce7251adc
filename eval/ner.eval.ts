/**
 * Named-entity tagging against a `token TAG` file: `npm run eval:ner -- [file|dir …] [--all-types]`.
 * Without arguments, scores the NewsFANE dev split (corpus-split.ts). Tag sets are mapped as in
 * tags.ts (FANE fine classes, ANERcorp PERS, AQMAR MIS*, Wojood GPE/NORP…; first tag of nested
 * lines). Scores are exact-span, conlleval-style, per type and micro-averaged over PER/ORG/LOC
 * (add --all-types for MISC). The tagger runs on the file's own tokens through their match keys.
 * --speed also times the whole entities stage (tagging, KB fallback, linking, names) on the same text
 * rejoined and tokenized by src/text: median of 15 runs on one core, tokenization excluded.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chunksOf, formatScores, scoreChunks } from "../src/extract/entities/chunks.js";
import { parseConll, type TaggedSentence } from "../src/extract/entities/conll.js";
import { splitNewsFane } from "../src/extract/entities/corpus-split.js";
import { loadResources } from "../src/node/resources.js";
import { matchKey, splitSentences, tokenize } from "../src/text/index.js";
import { findEntities } from "../src/extract/entities/index.js";
import type { EntityType } from "../src/doc/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const NER = join(ROOT, "..", "shared", "data", "ner");

function filesOf(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesOf(join(path, name)));
}

const args = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const types: EntityType[] = process.argv.includes("--all-types")
  ? ["PER", "ORG", "LOC", "MISC"]
  : ["PER", "ORG", "LOC"];
let sentences: readonly TaggedSentence[];
let label: string;
if (args.length === 0) {
  const read = (path: string) => parseConll(readFileSync(join(NER, path), "utf8"));
  sentences = splitNewsFane(read("fane/NewsFANE_Gold_2014_170K.txt"), read("anercorp-train/train.txt")).dev;
  label = "NewsFANE dev (every 10th sentence found in ANERcorp-train)";
} else {
  sentences = args.flatMap(filesOf).flatMap((file) => parseConll(readFileSync(file, "utf8")));
  label = args.join(" ");
}
const loadStarted = performance.now();
const resources = loadResources();
const { entities } = resources;
const loadMs = performance.now() - loadStarted;
const started = performance.now();
// The stage's own tagger (tag-scorer.ts: the same tags as decode over sentenceFeatures, memoised).
const pairs = sentences.map((sentence) => ({
  gold: chunksOf(sentence.tags),
  found: chunksOf(entities.tagger.tag(sentence.words.map(matchKey))),
}));
const ms = performance.now() - started;
const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
console.log(
  `${label}: ${sentences.length} sentences, ${tokens} tokens, model ${entities.model.name} ${entities.model.version}`,
);
console.log(formatScores(scoreChunks(pairs, types)));
console.log(
  `tagging: ${Math.round(tokens / (ms / 1000))} tokens/s (memoised features + Viterbi, one pass, one core)`,
);
console.log(`resources (all, incl. clitic lexicon) loaded in ${loadMs.toFixed(0)} ms`);
if (process.argv.includes("--speed")) {
  const text = sentences.map((s) => s.words.join(" ")).join("\n");
  const docTokens = tokenize(text, resources.clitics);
  const docSentences = splitSentences(text);
  const runs: number[] = [];
  for (let run = 0; run < 15; run++) {
    const t = performance.now();
    findEntities(text, docSentences, docTokens, entities);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const median = runs[7]!;
  console.log(
    `entities stage: ${docTokens.length} tokens, median ${median.toFixed(0)} ms, ${Math.round(docTokens.length / (median / 1000))} tokens/s`,
  );
}
