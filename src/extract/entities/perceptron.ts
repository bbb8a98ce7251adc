/**
 * Averaged structured perceptron (Collins 2002) over the tagger's hashed features, with the lazy
 * averaging trick (Daumé III): the averaged weight is w - u / c. Seeded, so a run is reproducible.
 */
import { FEATURE_COUNT } from "./features.js";
import { TAG_COUNT } from "./tags.js";
import { decode, type NerModel } from "./tagger.js";

export interface TrainingSentence {
  /** FEATURE_COUNT bucket numbers per token (sentenceFeatures). */
  readonly features: Int32Array;
  readonly tags: readonly number[];
}

export interface TrainOptions {
  readonly bits: number;
  readonly epochs: number;
  readonly seed: number;
  readonly name: string;
  readonly version: string;
  /** Called after each epoch with the averaged model so far (for dev scores). */
  readonly onEpoch?: (epoch: number, model: NerModel) => void;
}

/** mulberry32: a small seeded PRNG for the shuffles. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains a model on the sentences; the order of sentences is shuffled each epoch with the seed. */
export function trainPerceptron(sentences: readonly TrainingSentence[], options: TrainOptions): NerModel {
  const T = TAG_COUNT;
  const size = (1 << options.bits) * T;
  const w = new Float32Array(size);
  const u = new Float64Array(size);
  const trans = new Float64Array(T * T);
  const transU = new Float64Array(T * T);
  const start = new Float64Array(T);
  const startU = new Float64Array(T);
  const next = random(options.seed);
  const order = sentences.map((_, i) => i);
  let c = 1;
  const current = (): NerModel => ({
    name: options.name,
    version: options.version,
    bits: options.bits,
    weights: w,
    weightUnit: 1,
    transitions: Float32Array.from(trans),
    start: Float32Array.from(start),
  });
  const averaged = (): NerModel => {
    const weights = new Float32Array(size);
    for (let i = 0; i < size; i++) weights[i] = w[i]! - u[i]! / c;
    return {
      name: options.name,
      version: options.version,
      bits: options.bits,
      weights,
      weightUnit: 1,
      transitions: Float32Array.from(trans, (v, i) => v - transU[i]! / c),
      start: Float32Array.from(start, (v, i) => v - startU[i]! / c),
    };
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, tags } = sentences[index]!;
      const n = tags.length;
      const guess = decode(current(), features, n);
      for (let i = 0; i < n; i++) {
        const gold = tags[i]!;
        const got = guess[i]!;
        if (gold !== got) {
          for (let f = i * FEATURE_COUNT, end = f + FEATURE_COUNT; f < end; f++) {
            const base = features[f]! * T;
            w[base + gold]! += 1;
            u[base + gold]! += c;
            w[base + got]! -= 1;
            u[base + got]! -= c;
          }
        }
        const goldPrev = i === 0 ? -1 : tags[i - 1]!;
        const gotPrev = i === 0 ? -1 : guess[i - 1]!;
        if (gold === got && goldPrev === gotPrev) continue;
        if (i === 0) {
          start[gold]! += 1;
          startU[gold]! += c;
          start[got]! -= 1;
          startU[got]! -= c;
        } else {
          trans[goldPrev * T + gold]! += 1;
          transU[goldPrev * T + gold]! += c;
          trans[gotPrev * T + got]! -= 1;
          transU[gotPrev * T + got]! -= c;
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, averaged());
  }
  return averaged();
}
