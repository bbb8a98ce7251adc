/**
 * Builds data/kb/clusters.tsv: word classes for the entity tagger, by k-means over each word's
 * left and right neighbours (among the most frequent words), on the stem of each word (stemStart in
 * features.ts). Text: WikiFANE and the NewsFANE training sentences only (never the dev sentences, never
 * the NewsFANE sentences outside ANERcorp-train). Seeded; `npx tsx scripts/build-kb-clusters.ts`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseConll } from "../src/extract/entities/conll.js";
import { splitNewsFane } from "../src/extract/entities/corpus-split.js";
import { stemStart } from "../src/extract/entities/features.js";
import { matchKey } from "../src/text/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const NER = join(ROOT, "..", "shared", "data", "ner");
const OUT = join(ROOT, "data", "kb", "clusters.tsv");
const CONTEXT = 400;
const K = 256;
const MIN_COUNT = 3;
const ITERATIONS = 12;

const read = (path: string) => readFileSync(path, "utf8");
const newsFane = parseConll(read(join(NER, "fane", "NewsFANE_Gold_2014_170K.txt")));
const anercorp = parseConll(read(join(NER, "anercorp-train", "train.txt")));
const { train } = splitNewsFane(newsFane, anercorp);
const wiki = parseConll(read(join(NER, "fane", "WikiFANE_Gold_2014_500K.txt")));
const sentences = [...train, ...wiki].map((s) =>
  s.words.map((w) => {
    const key = matchKey(w);
    return key.slice(stemStart(key));
  }),
);

const counts = new Map<string, number>();
for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
const byCount = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const context = new Map(byCount.slice(0, CONTEXT).map(([w], i) => [w, i]));
const vocab = byCount.filter(([, c]) => c >= MIN_COUNT).map(([w]) => w);
const index = new Map(vocab.map((w, i) => [w, i]));
const dims = 2 * CONTEXT;
const vectors = vocab.map(() => new Float32Array(dims));
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const v = index.get(s[i]!);
    if (v === undefined) continue;
    const left = context.get(s[i - 1] ?? "");
    const right = context.get(s[i + 1] ?? "");
    if (left !== undefined) vectors[v]![left]! += 1;
    if (right !== undefined) vectors[v]![CONTEXT + right]! += 1;
  }
}
for (const v of vectors) {
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += (v[d] = Math.sqrt(v[d]!)) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) v[d]! /= norm;
}
// Seeded start: every (n/K)-th word by frequency, so frequent and rare words both seed clusters.
let centres = Array.from({ length: K }, (_, k) =>
  Float32Array.from(vectors[Math.floor((k * vectors.length) / K)]!),
);
const assign = new Int32Array(vectors.length);
for (let iteration = 0; iteration < ITERATIONS; iteration++) {
  vectors.forEach((v, i) => {
    let best = -Infinity;
    for (let k = 0; k < K; k++) {
      const c = centres[k]!;
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += v[d]! * c[d]!;
      if (dot > best) {
        best = dot;
        assign[i] = k;
      }
    }
  });
  const sums = Array.from({ length: K }, () => new Float32Array(dims));
  vectors.forEach((v, i) => {
    const s = sums[assign[i]!]!;
    for (let d = 0; d < dims; d++) s[d]! += v[d]!;
  });
  centres = sums.map((s, k) => {
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += s[d]! ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) return centres[k]!;
    return s.map((x) => x / norm);
  });
  console.log(`iteration ${iteration + 1}`);
}
const lines = vocab.map((w, i) => `${w}\t${assign[i]}`).sort();
writeFileSync(
  OUT,
  [
    "# name=kb-clusters version=1.0.0 licence=CC-BY-SA-3.0 source=WikiFANE+NewsFANE-train(k-means-256-over-neighbour-words)",
    ...lines,
  ].join("\n") + "\n",
);
console.log(`wrote ${OUT}: ${lines.length} words in ${K} classes`);
