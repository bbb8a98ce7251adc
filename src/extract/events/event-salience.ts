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

/**
 * Feature names besides `type=<TYPE>` (one per event type, the type's prior) and
 * `form=<TYPE>:<form>` (one per lexicon reading seen in training, its own prior).
 */
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

/**
 * Calls `visit` with each feature of a candidate that is not 0, in a fixed order: the one definition
 * training (salienceFeatures) and scoring (candidateSalience) both read.
 */
function visitFeatures(candidate: EventCandidate, visit: (name: string, value: number) => void): void {
  const { trigger, args } = candidate;
  visit("bias", 1);
  if (candidate.sentence === 0) visit("lead", 1);
  if (candidate.sentence === 1 || candidate.sentence === 2) visit("early", 1);
  if (candidate.wordsBefore === 0) visit("opens-sentence", 1);
  if (candidate.wordsBefore > 0 && candidate.wordsBefore <= 3) visit("near-start", 1);
  if (trigger.class === "verb" || trigger.class === "word" || trigger.class === "word-passive")
    visit("verb", 1);
  if (trigger.imperfect) visit("imperfect", 1);
  if (trigger.class === "announce") visit("announce", 1);
  if (trigger.class === "noun-patient") visit("patient-noun", 1);
  if (trigger.confirmed) visit("confirmed", 1);
  if (trigger.definite) visit("definite", 1);
  if (trigger.quoted) visit("quoted", 1);
  if (candidate.hasPreposition) visit("preposition", 1);
  if (candidate.typeRank === 0) visit("first-of-type", 1);
  if (args.time !== null) visit("dated", 1);
  if (candidate.age === "old") visit("dated-old", 1);
  if (candidate.reported) visit("reported", 1);
  if (args.actors.length > 0) visit("actor", 1);
  if (args.targets.length > 0) visit("target", 1);
  if (args.place !== null) visit("place", 1);
  if (trigger.possible || trigger.negated) visit("possible", 1);
  if (candidate.counted) visit("counted", 1);
  if (candidate.repeatsInSentence) visit("repeats-in-sentence", 1);
  if (candidate.sentence === 0 && candidate.typeRank === 0) visit("lead-first", 1);
  if (candidate.wordsBefore === 0 && trigger.class === "verb") visit("opening-verb", 1);
  // A log scale: the second mention of a type differs from the first more than the tenth from the ninth.
  if (candidate.typeRank > 0) visit("type-rank", Math.log1p(candidate.typeRank));
  visit(typeFeature(trigger.type), 1);
  visit(formFeature(trigger.type, trigger.form), 1);
}

/** `type=<TYPE>` names, built once per type rather than once per candidate. */
const typeFeatures = new Map<string, string>();
function typeFeature(type: string): string {
  let name = typeFeatures.get(type);
  if (name === undefined) typeFeatures.set(type, (name = `type=${type}`));
  return name;
}

/** The prefix of the lexical features, which training penalises less (salience-fit.ts). */
export const LEXICAL_PREFIX = "form=";

/**
 * `form=<TYPE>:<lexicon form>` names: the reading's own prior beside its type's. Within one type the
 * words differ (the verb اعتقل mostly tells the article's arrest, the noun اعتقال as often arrests in
 * general), which no other feature tells apart. Built once per reading.
 */
const formFeatures = new Map<string, Map<string, string>>();
function formFeature(type: string, form: string): string {
  let byForm = formFeatures.get(type);
  if (byForm === undefined) formFeatures.set(type, (byForm = new Map()));
  let name = byForm.get(form);
  if (name === undefined) byForm.set(form, (name = `${LEXICAL_PREFIX}${type}:${form}`));
  return name;
}

/** The features of a candidate, only those that are not 0. */
export function salienceFeatures(candidate: EventCandidate): Feature[] {
  const features: Feature[] = [];
  visitFeatures(candidate, (name, value) => features.push([name, value]));
  return features;
}

/** The model's probability for a candidate: salience(model, salienceFeatures(candidate)) without the list. */
export function candidateSalience(model: SalienceModel, candidate: EventCandidate): number {
  let z = 0;
  visitFeatures(candidate, (name, value) => {
    z += (model.weights.get(name) ?? 0) * value;
  });
  return 1 / (1 + Math.exp(-z));
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
const LEXICAL_FEATURE = new RegExp(`^${LEXICAL_PREFIX}[A-Z]+:[^\t]+$`);

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
    else if (KNOWN.has(feature) || /^type=[A-Z]+$/.test(feature) || LEXICAL_FEATURE.test(feature))
      weights.set(feature, value);
    else fail(i + 1, `unknown feature ${JSON.stringify(feature)}`);
  }
  if (threshold === undefined || threshold < 0 || threshold > 1) fail(lines.length, "no threshold in [0, 1]");
  return { name, version, threshold, atLeast, weights };
}
