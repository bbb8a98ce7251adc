/**
 * The NewsFANE train/dev split, kept apart from the ANERcorp test split.
 *
 * NewsFANE re-annotates ANERcorp's newswire text, in another order and with other sentence breaks
 * and tokenization (datelines kept, و sometimes split off). ANERcorp's standard test split (its
 * last sixth) is Marsad's benchmark and is not in /work/shared, so a NewsFANE sentence is used only
 * when its text is found in ANERcorp-train: at least MATCH_SHARE of its 16-letter windows (letters
 * of the match key, spaces and punctuation removed) occur in ANERcorp-train. Every other sentence
 * (about the test sixth, plus a few too short to check) is dropped. The dev split is every 10th
 * matched sentence (index % 10 === DEV_RESIDUE), never trained on;
 * a second split, `block`, holds out the first tenth as a contiguous run of whole articles.
 */
import { matchKey } from "../../text/index.js";
import type { TaggedSentence } from "./conll.js";

const WINDOW = 16;
export const MATCH_SHARE = 0.5;
export const DEV_EVERY = 10;
export const DEV_RESIDUE = 7;

function letters(words: readonly string[]): string {
  return matchKey(words.join("")).replace(/[^\u0621-\u064a0-9a-z]/g, "");
}

function windows(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i + WINDOW <= text.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + WINDOW; j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
    out.push(h >>> 0);
  }
  return out;
}

export interface NewsFaneSplit {
  readonly train: readonly TaggedSentence[];
  readonly dev: readonly TaggedSentence[];
  /** Sentences whose text is not in ANERcorp-train: never used. */
  readonly dropped: number;
}

/** Splits NewsFANE as described in the module comment. */
export function splitNewsFane(
  newsFane: readonly TaggedSentence[],
  anercorpTrain: readonly TaggedSentence[],
  mode: "every-10th" | "block" = "every-10th",
): NewsFaneSplit {
  const known = new Set<number>();
  for (const sentence of anercorpTrain) for (const w of windows(letters(sentence.words))) known.add(w);
  const train: TaggedSentence[] = [];
  const dev: TaggedSentence[] = [];
  let dropped = 0;
  const kept: TaggedSentence[] = [];
  for (const sentence of newsFane) {
    const all = windows(letters(sentence.words));
    const share = all.length === 0 ? 0 : all.filter((w) => known.has(w)).length / all.length;
    if (share < MATCH_SHARE) dropped++;
    else kept.push(sentence);
  }
  // "block": the first tenth of the matched sentences, a check on articles never seen in training.
  const blockEnd = Math.round(kept.length / DEV_EVERY);
  kept.forEach((sentence, i) => {
    const isDev = mode === "block" ? i < blockEnd : i % DEV_EVERY === DEV_RESIDUE;
    (isDev ? dev : train).push(sentence);
  });
  return { train, dev, dropped };
}

/** The ANERcorp-train sentences whose text is mostly not in `exclude` (e.g. NewsFANE dev). */
export function withoutSentences(
  sentences: readonly TaggedSentence[],
  exclude: readonly TaggedSentence[],
): TaggedSentence[] {
  const excluded = new Set<number>();
  for (const sentence of exclude) for (const w of windows(letters(sentence.words))) excluded.add(w);
  return sentences.filter((sentence) => {
    const all = windows(letters(sentence.words));
    return all.length > 0 && all.filter((w) => excluded.has(w)).length / all.length < MATCH_SHARE;
  });
}
