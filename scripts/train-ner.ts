/**
 * Trains the named-entity tagger: `npm run train:ner [-- --epochs N --bits B --split every-10th|block
 * --no-wiki --no-anercorp --no-newsfane --no-gazetteer --dry-run --out FILE]`. Reads the shared NER corpora
 * (never copied into the repository), writes data/models/ner/ner-model.txt and prints dev scores for
 * the model card. Seeded: the same corpora and options give the same file. `--split block` is always
 * a dry run (a check, not the committed model).
 *
 * Training data: NewsFANE training sentences, WikiFANE, and ANERcorp-train's own labels minus the
 * sentences whose text is in the dev split. Data hygiene (corpus-split.ts): only NewsFANE sentences
 * found in ANERcorp-train are used, so nothing of the ANERcorp test split is trained or tuned on; the
 * dev text is never trained on, under either corpus's labels.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseConll, type TaggedSentence } from "../src/extract/entities/conll.js";
import { splitNewsFane, withoutSentences } from "../src/extract/entities/corpus-split.js";
import { sentenceFeatures } from "../src/extract/entities/features.js";
import { buildKnowledgeBase } from "../src/extract/entities/kb.js";
import { buildGazetteer, EMPTY_GAZETTEER_DATA, type Gazetteer } from "../src/extract/entities/gazetteer.js";
import { trainPerceptron, type TrainingSentence } from "../src/extract/entities/perceptron.js";
import { decode, formatNerModel, type NerModel } from "../src/extract/entities/tagger.js";
import { chunksOf, formatScores, scoreChunks } from "../src/extract/entities/chunks.js";
import { matchKey } from "../src/text/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const NER = join(ROOT, "..", "shared", "data", "ner");
const MODEL_FILE = join(ROOT, "data", "models", "ner", "ner-model.txt");
const KB = join(ROOT, "data", "kb");
const MODEL_VERSION = "1.2.0";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const epochs = Number(option("epochs", "20"));
// Another path than the committed model: a candidate to compare before replacing it.
const OUT = option("out", MODEL_FILE);
const bits = Number(option("bits", "20"));
const split = option("split", "every-10th") === "block" ? "block" : "every-10th";
const withWiki = !process.argv.includes("--no-wiki");
const dryRun = process.argv.includes("--dry-run") || split !== "every-10th";
const noGazetteer = process.argv.includes("--no-gazetteer");

function read(path: string): string {
  return readFileSync(path, "utf8");
}

function loadGazetteer(): Gazetteer {
  if (noGazetteer) return buildGazetteer(EMPTY_GAZETTEER_DATA);
  const file = (name: string) => (existsSync(join(KB, name)) ? read(join(KB, name)) : "");
  return buildKnowledgeBase({
    entities: file("entities.tsv"),
    governorates: file("governorates.tsv"),
    places: file("places.tsv"),
    names: file("names.tsv"),
    cues: file("cues.tsv"),
    clusters: file("clusters.tsv"),
  }).gazetteer;
}

function featurize(sentences: readonly TaggedSentence[], gazetteer: Gazetteer): TrainingSentence[] {
  return sentences.map((s) => ({
    features: sentenceFeatures(s.words.map(matchKey), bits, gazetteer),
    tags: s.tags,
  }));
}

function evaluate(model: NerModel, data: readonly TrainingSentence[]) {
  return scoreChunks(
    data.map((s) => ({ gold: chunksOf(s.tags), found: chunksOf(decode(model, s.features, s.tags.length)) })),
    ["PER", "ORG", "LOC"],
  );
}

const newsFane = parseConll(read(join(NER, "fane", "NewsFANE_Gold_2014_170K.txt")));
const anercorp = parseConll(read(join(NER, "anercorp-train", "train.txt")));
const { train, dev, dropped } = splitNewsFane(newsFane, anercorp, split);
const withAnercorp = !process.argv.includes("--no-anercorp");
const noNewsFane = process.argv.includes("--no-newsfane");
const training = [
  ...(noNewsFane ? [] : train),
  ...(withWiki ? parseConll(read(join(NER, "fane", "WikiFANE_Gold_2014_500K.txt"))) : []),
  ...(withAnercorp ? withoutSentences(anercorp, dev) : []),
];
const count = (s: readonly TaggedSentence[]) => s.reduce((n, x) => n + x.words.length, 0);
console.log(
  `NewsFANE: ${newsFane.length} sentences; dropped (not in ANERcorp-train) ${dropped}; ` +
    `train ${train.length} (${count(train)} tokens); dev [${split}] ${dev.length} (${count(dev)} tokens)` +
    `; training in all ${training.length} (${count(training)} tokens)`,
);
const gazetteer = loadGazetteer();
const started = Date.now();
const trainData = featurize(training, gazetteer);
const devData = featurize(dev, gazetteer);
const model = trainPerceptron(trainData, {
  bits,
  epochs,
  seed: 20240601,
  name: "ner-perceptron",
  version: MODEL_VERSION,
  onEpoch: (epoch, averaged) => {
    const micro = evaluate(averaged, devData).at(-1)!;
    console.log(
      `epoch ${epoch}: dev micro F1 ${micro.f1.toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  },
});
const scores = evaluate(model, devData);
console.log(`NewsFANE dev [${split}], exact spans, PER/ORG/LOC:\n${formatScores(scores)}`);
// The same dev text under ANERcorp's own annotation: an estimate for the ANERcorp test split's conventions.
const anercorpTrainPart = new Set(withoutSentences(anercorp, dev));
const anercorpDev = featurize(
  anercorp.filter((sentence) => !anercorpTrainPart.has(sentence)),
  gazetteer,
);
console.log(`ANERcorp labels on the dev text:\n${formatScores(evaluate(model, anercorpDev))}`);
if (!dryRun) {
  const text = formatNerModel(model, {
    licence: "CC-BY-SA-4.0",
    source:
      "NewsFANE-Gold-2014(ANERcorp-train-sentences)" +
      (withWiki ? "+WikiFANE-Gold-2014" : "") +
      (withAnercorp ? "+ANERcorp-train(minus-dev-text)" : ""),
    epochs: String(epochs),
    seed: "20240601",
  });
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${(text.length / 1e6).toFixed(1)} MB of text)`);
}
