/**
 * Name lists the tagger reads as features and the stage uses as fallbacks: places, given names,
 * organisation heads (حزب، وزارة), titles that announce a person (رئيس، وزير) and multi-word names
 * (الأمم المتحدة). Keys are match keys (src/text matchKey) so spelling variants meet.
 */
import { matchKey } from "../../text/index.js";

/** Classes of a gazetteer entry; a key may have several (bit i = GAZETTEER_CLASSES[i]). */
export const GAZETTEER_CLASSES = ["LOC", "PER", "ORG", "GIVEN", "ORGHEAD", "TITLE", "NISBA", "MISC"] as const;
export type GazetteerClass = (typeof GAZETTEER_CLASSES)[number];

export interface Gazetteer {
  /** Bits of the classes of a single word, looked up whole and as its stem (features.ts stemStart). */
  tagsOf(key: string, stem: string): number;
  /** A word-class number for the word's stem (distributional clusters), 0 when unknown. */
  wordClass(stem: string): number;
  /**
   * For each token, the longest multi-word entry covering it: 0 none, else 1 + 2 * class + (inside ? 1 : 0).
   * Single words are matched too, from the stem of the first word.
   */
  spanTags(keys: readonly string[], stems: readonly string[]): Int32Array;
}

export interface GazetteerData {
  /** Names (one or more words) with a class; several entries may share a name. */
  readonly entries: readonly (readonly [name: string, cls: GazetteerClass])[];
  /** Lines `word<TAB>class-number` (word clusters); may be empty. */
  readonly clusters: string;
}

const MAX_WORDS = 6;

/** Compiles the gazetteer once; the returned object is read-only. */
export function buildGazetteer(data: GazetteerData): Gazetteer {
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  const firstWords = new Set<string>();
  /** Every proper prefix of a multi-word entry, so a match stops as soon as no entry can continue. */
  const prefixes = new Set<string>();
  for (const [name, cls] of data.entries) {
    const bits = 1 << GAZETTEER_CLASSES.indexOf(cls);
    const parts = matchKey(name)
      .split(" ")
      .filter((part) => part !== "");
    if (parts.length === 0 || bits === 0) continue;
    if (parts.length === 1) words.set(parts[0]!, (words.get(parts[0]!) ?? 0) | bits);
    const joined = parts.join(" ");
    phrases.set(joined, (phrases.get(joined) ?? 0) | bits);
    firstWords.add(parts[0]!);
    for (let k = 1; k < parts.length; k++) prefixes.add(parts.slice(0, k).join(" "));
  }
  const clusters = new Map<string, number>();
  for (const line of data.clusters.split("\n")) {
    const [word, cls] = line.split("\t");
    if (word && cls) clusters.set(word, Number(cls) + 1);
  }
  const tagsOf = (key: string, stem: string): number => {
    const whole = words.get(key) ?? 0;
    return stem === key ? whole : whole | ((words.get(stem) ?? 0) << 8);
  };
  return Object.freeze({
    tagsOf,
    wordClass: (stem: string): number => clusters.get(stem) ?? 0,
    spanTags(keys: readonly string[], stems: readonly string[]): Int32Array {
      const out = new Int32Array(keys.length);
      for (let i = 0; i < keys.length; i++) {
        const first = stems[i]!;
        // لل is ل + ال with the alef dropped: look the word up with its article back (للأمم → الأمم).
        const firstAlt = keys[i]!.startsWith("لل") ? "ا" + keys[i]!.slice(1) : null;
        const head = firstWords.has(first)
          ? first
          : firstAlt !== null && firstWords.has(firstAlt)
            ? firstAlt
            : null;
        if (head === null) continue;
        let best = 0;
        let bestBits = 0;
        let phrase = head;
        for (let j = i + 1; j <= Math.min(keys.length, i + MAX_WORDS); j++) {
          if (j > i + 1) {
            if (!prefixes.has(phrase)) break;
            phrase += " " + keys[j - 1]!;
          }
          const bits = phrases.get(phrase);
          if (bits !== undefined && (bits & 0b111) !== 0) {
            best = j;
            bestBits = bits;
          }
        }
        if (best === 0) continue;
        const cls = bestBits & 1 ? 0 : bestBits & 2 ? 1 : 2;
        for (let j = i; j < best; j++) out[j] = Math.max(out[j]!, 1 + 2 * cls + (j > i ? 1 : 0));
        i = best - 1;
      }
      return out;
    },
  });
}

/** A gazetteer with no entries, for training without lists and for tests. */
export const EMPTY_GAZETTEER_DATA: GazetteerData = { entries: [], clusters: "" };
