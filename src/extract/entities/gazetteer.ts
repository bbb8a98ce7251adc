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
  /** Bits of the classes of a single word, looked up whole and from its stem start. */
  tagsOf(key: string, stemStart: number): number;
  /** A word-class number for the word's stem (distributional clusters), 0 when unknown. */
  wordClass(key: string, stemStart: number): number;
  /**
   * For each token, the longest multi-word entry covering it: 0 none, else 1 + 2 * class + (inside ? 1 : 0).
   * Single words are matched too, from the stem start of the first word.
   */
  spanTags(keys: readonly string[], stemStarts: Int32Array): Int32Array;
  /** Class bits of a whole (multi-word) name given as its tokens' keys, 0 when unlisted. */
  phraseTags(keys: readonly string[]): number;
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
  }
  const clusters = new Map<string, number>();
  for (const line of data.clusters.split("\n")) {
    const [word, cls] = line.split("\t");
    if (word && cls) clusters.set(word, Number(cls) + 1);
  }
  const tagsOf = (key: string, stemStart: number): number => {
    const whole = words.get(key) ?? 0;
    return stemStart === 0 ? whole : whole | ((words.get(key.slice(stemStart)) ?? 0) << 8);
  };
  const phraseTags = (keys: readonly string[]): number => phrases.get(keys.join(" ")) ?? 0;
  return Object.freeze({
    tagsOf,
    phraseTags,
    wordClass: (key: string, stemStart: number): number =>
      clusters.get(stemStart > 0 ? key.slice(stemStart) : key) ?? 0,
    spanTags(keys: readonly string[], stemStarts: Int32Array): Int32Array {
      const out = new Int32Array(keys.length);
      for (let i = 0; i < keys.length; i++) {
        const first = stemStarts[i]! > 0 ? keys[i]!.slice(stemStarts[i]!) : keys[i]!;
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
          if (j > i + 1) phrase += " " + keys[j - 1]!;
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
