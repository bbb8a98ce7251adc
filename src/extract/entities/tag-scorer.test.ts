import { test } from "node:test";
import assert from "node:assert/strict";
import { loadResources } from "../../node/resources.js";
import { splitSentences, tokenize } from "../../text/index.js";
import { sentenceFeatures } from "./features.js";
import { buildTagScorer } from "./tag-scorer.js";
import { constrained, decode, isAllowed, viterbi } from "./tagger.js";
import { TAG_COUNT } from "./tags.js";

const resources = loadResources();
const { model, kb } = resources.entities;

const TEXT = [
  "قال الرئيس الفلسطيني محمود عباس إن المفاوضات مع إسرائيل متوقفة.",
  "وأشار تقرير للأمم المتحدة نشر أمس إلى تراجع الهجمات في العراق وسوريا.",
  "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في جنيف.",
  "وأعلنت منظمة الأغذية والزراعة للأمم المتحدة عن برنامج جديد في اليمن.",
  "قال رئيس أركان قوة المهام المشتركة، براندون باركر، إن العمليات مستمرة.",
  "نعم.",
].join(" ");

/** The match keys of each sentence of TEXT. */
function sentenceKeys(): string[][] {
  const tokens = tokenize(TEXT, resources.clitics);
  return splitSentences(TEXT).map((sentence) =>
    tokens
      .filter((token) => token.start >= sentence.start && token.start < sentence.end)
      .map((token) => token.key),
  );
}

test("tags exactly as decode over sentenceFeatures, sentence after sentence", () => {
  const scorer = buildTagScorer(model, kb.gazetteer);
  for (let round = 0; round < 2; round++) {
    for (const keys of sentenceKeys()) {
      const expected = decode(model, sentenceFeatures(keys, model.bits, kb.gazetteer), keys.length);
      assert.deepEqual(scorer.tag(keys), expected, keys.join(" "));
    }
  }
});

test("keeps the same tags when its memo is emptied or a sentence is longer than it", () => {
  const scorer = buildTagScorer(model, kb.gazetteer, 16);
  for (const keys of sentenceKeys()) {
    const expected = decode(model, sentenceFeatures(keys, model.bits, kb.gazetteer), keys.length);
    assert.deepEqual(scorer.tag(keys), expected, keys.join(" "));
  }
});

test("tags an empty sentence as nothing", () => {
  assert.equal(buildTagScorer(model, kb.gazetteer).tag([]).length, 0);
});

/** Viterbi checking every previous tag, BIO constraints as -Infinity: what viterbi must agree with. */
function fullViterbi(
  score: Float64Array,
  n: number,
  transitions: Float32Array,
  start: Float32Array,
): Uint8Array {
  const T = TAG_COUNT;
  const { trans, first } = constrained(transitions, start);
  const best = new Float64Array(n * T);
  const back = new Uint8Array(n * T);
  for (let t = 0; t < T; t++) best[t] = score[t]! + first[t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let top = -Infinity;
      for (let p = 0; p < T; p++) {
        const value = best[(i - 1) * T + p]! + trans[p * T + t]!;
        if (value > top) {
          top = value;
          back[i * T + t] = p;
        }
      }
      best[i * T + t] = top + score[i * T + t]!;
    }
  }
  const tags = new Uint8Array(n);
  let arg = 0;
  for (let t = 1; t < T; t++) if (best[(n - 1) * T + t]! > best[(n - 1) * T + arg]!) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * T + arg]!;
  }
  return tags;
}

test("viterbi skips only the transitions BIO forbids", () => {
  // A small seeded generator: the same cases on every run, ties included (scores in whole units).
  let seed = 12345;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 7) - 3;
  for (let round = 0; round < 200; round++) {
    const n = 1 + (round % 9);
    const score = Float64Array.from({ length: n * TAG_COUNT }, next);
    const transitions = Float32Array.from({ length: TAG_COUNT * TAG_COUNT }, next);
    const start = Float32Array.from({ length: TAG_COUNT }, next);
    const tags = viterbi(score, n, transitions, start);
    assert.deepEqual(tags, fullViterbi(score, n, transitions, start));
    for (let i = 1; i < n; i++) assert.ok(isAllowed(tags[i - 1]!, tags[i]!));
  }
});
