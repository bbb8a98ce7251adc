/**
 * Salience: the probability that a candidate is one of the article's main events, the ones a reader
 * (and the team's gold, eval/gold/FORMAT.md) would list, rather than a background event, a topic
 * word or a repeated mention. A logistic regression over facts the stage already has (place in the
 * article, word class, mood, reported speech, arguments, the date's distance from publication,
 * repetition, type); its weights are versioned data
 * (data/models/event-salience/), trained on the dev split only (`npm run eval:events -- --train`).
 */
import { MarsadError } from "../../doc/index.js";
import type { EventCandidate } from "./event-candidates.js";

/** A feature and its value (flags are 1; absent features are 0). */
export type Feature = readonly [name: string, value: number];

/** Feature names besides `type=<TYPE>` (one per event type, the type's prior). */
export const FEATURE_NAMES = [
  "bias",
  "lead",
  "early",
  "opens-sentence",
  "near-start",
  "verb",
  "imperfect",
  "announce",
  "patient-noun",
  "confirmed",
  "definite",
  "quoted",
  "preposition",
  "first-of-type",
  "type-rank",
  "dated",
  "actor",
  "target",
  "place",
  "possible",
  "counted",
  "repeats-in-sentence",
  "lead-first",
  "opening-verb",
  "dated-old",
  "reported",
] as const;

export interface SalienceModel {
  readonly name: string;
  readonly version: string;
  /** Events below this salience are left out of the layer (chosen on dev by cross-validation)… */
  readonly threshold: number;
  /** …unless they are among the article's `atLeast` most salient: every news article reports something. */
  readonly atLeast: number;
  readonly weights: ReadonlyMap<string, number>;
}

/** The features of a candidate, only those that are not 0. */
export function salienceFeatures(candidate: EventCandidate): Feature[] {
  const { trigger, args } = candidate;
  const features: Feature[] = [["bias", 1]];
  const flag = (name: string, on: boolean): void => {
    if (on) features.push([name, 1]);
  };
  flag("lead", candidate.sentence === 0);
  flag("early", candidate.sentence === 1 || candidate.sentence === 2);
  flag("opens-sentence", candidate.wordsBefore === 0);
  flag("near-start", candidate.wordsBefore > 0 && candidate.wordsBefore <= 3);
  flag("verb", trigger.class === "verb" || trigger.class === "word" || trigger.class === "word-passive");
  flag("imperfect", trigger.imperfect);
  flag("announce", trigger.class === "announce");
  flag("patient-noun", trigger.class === "noun-patient");
  flag("confirmed", trigger.confirmed);
  flag("definite", trigger.definite);
  flag("quoted", trigger.quoted);
  flag("preposition", candidate.hasPreposition);
  flag("first-of-type", candidate.typeRank === 0);
  flag("dated", args.time !== null);
  flag("dated-old", candidate.age === "old");
  flag("reported", candidate.reported);
  flag("actor", args.actors.length > 0);
  flag("target", args.targets.length > 0);
  flag("place", args.place !== null);
  flag("possible", trigger.possible || trigger.negated);
  flag("counted", candidate.counted);
  flag("repeats-in-sentence", candidate.repeatsInSentence);
  flag("lead-first", candidate.sentence === 0 && candidate.typeRank === 0);
  flag("opening-verb", candidate.wordsBefore === 0 && trigger.class === "verb");
  // A log scale: the second mention of a type differs from the first more than the tenth from the ninth.
  if (candidate.typeRank > 0) features.push(["type-rank", Math.log1p(candidate.typeRank)]);
  features.push([`type=${trigger.type}`, 1]);
  return features;
}

/**
 * Which of one article's candidates (their saliences, in text order) the layer keeps: those at or
 * above the threshold, and the `atLeast` most salient whatever their score (ties: the earlier).
 */
export function keepMain(saliences: readonly number[], threshold: number, atLeast: number): boolean[] {
  const keep = saliences.map((p) => p >= threshold);
  const order = saliences.map((_, i) => i).sort((a, b) => saliences[b]! - saliences[a]! || a - b);
  for (const i of order.slice(0, atLeast)) keep[i] = true;
  return keep;
}

/** The model's probability for a candidate's features. */
export function salience(model: SalienceModel, features: readonly Feature[]): number {
  let z = 0;
  // An indexed loop: destructuring each pair costs more than the sum itself (the stage's hot path).
  for (let i = 0; i < features.length; i++) {
    const feature = features[i]!;
    z += (model.weights.get(feature[0]) ?? 0) * feature[1];
  }
  return 1 / (1 + Math.exp(-z));
}

const SOURCE = "data/models/event-salience/event-salience.tsv";
const KNOWN: ReadonlySet<string> = new Set<string>(FEATURE_NAMES);

function fail(line: number, message: string): never {
  throw new MarsadError("input.format", SOURCE, `line ${line}: ${message}`);
}

/**
 * Reads the model file: a header line, then `feature<TAB>weight` lines, `threshold<TAB>p` and an
 * optional `at-least<TAB>n`.
 */
export function parseSalienceModel(data: string): SalienceModel {
  const lines = data.split(/\r?\n/);
  const header = lines[0] ?? "";
  const name = /\bname=(\S+)/.exec(header)?.[1];
  const version = /\bversion=(\S+)/.exec(header)?.[1];
  if (!header.startsWith("#") || name === undefined || version === undefined) {
    fail(1, "the header line must give name= and version=");
  }
  const weights = new Map<string, number>();
  let threshold: number | undefined;
  let atLeast = 0;
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trim() === "" || text.startsWith("#")) continue;
    const [feature, field] = text.split("\t");
    const value = Number(field);
    if (feature === undefined || field === undefined || !Number.isFinite(value)) {
      fail(i + 1, "expected a feature name and a number");
    }
    if (feature === "threshold") threshold = value;
    else if (feature === "at-least" && Number.isInteger(value) && value >= 0) atLeast = value;
    else if (KNOWN.has(feature) || /^type=[A-Z]+$/.test(feature)) weights.set(feature, value);
    else fail(i + 1, `unknown feature ${JSON.stringify(feature)}`);
  }
  if (threshold === undefined || threshold < 0 || threshold > 1) fail(lines.length, "no threshold in [0, 1]");
  return { name, version, threshold, atLeast, weights };
}
