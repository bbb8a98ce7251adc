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
  /** The word a multi-word entry may start with at this token (its stem, or ال for لل), else null. */
  phraseHead(key: string, stem: string): string | null;
  /**
   * spanTags from each token's phraseHead, for a caller that memoises the heads per word; written
   * into `out` when given (at least keys.length long, reused from sentence to sentence).
   */
  spanTagsOfHeads(keys: readonly string[], heads: readonly (string | null)[], out?: Int32Array): Int32Array;
}

export interface GazetteerData {
  /** Names (one or more words) with a class; several entries may share a name. */
  readonly entries: readonly (readonly [name: string, cls: GazetteerClass])[];
  /** Lines `word<TAB>class-number` (word clusters); may be empty. */
  readonly clusters: string;
}

const MAX_WORDS = 6;

/** A word of a multi-word entry: the classes of the entry ending here and the words that may follow. */
interface PhraseNode {
  bits: number;
  readonly next: Map<string, PhraseNode>;
}

/** Compiles the gazetteer once; the returned object is read-only. */
export function buildGazetteer(data: GazetteerData): Gazetteer {
  const words = new Map<string, number>();
  /** The entries word by word, first words at the top: a match stops as soon as no entry can continue. */
  const trie = new Map<string, PhraseNode>();
  for (const [name, cls] of data.entries) {
    const bits = 1 << GAZETTEER_CLASSES.indexOf(cls);
    const parts = matchKey(name)
      .split(" ")
      .filter((part) => part !== "");
    if (parts.length === 0 || bits === 0) continue;
    if (parts.length === 1) words.set(parts[0]!, (words.get(parts[0]!) ?? 0) | bits);
    let level = trie;
    let node: PhraseNode | undefined;
    for (const part of parts) {
      node = level.get(part);
      if (!node) level.set(part, (node = { bits: 0, next: new Map() }));
      level = node.next;
    }
    if (node) node.bits |= bits;
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
  const phraseHead = (key: string, stem: string): string | null => {
    if (trie.has(stem)) return stem;
    // لل is ل + ال with the alef dropped: look the word up with its article back (للأمم → الأمم).
    const withArticle = key.startsWith("لل") ? "ا" + key.slice(1) : null;
    return withArticle !== null && trie.has(withArticle) ? withArticle : null;
  };
  /** Marks tokens [i, end) as a span of the entry class in `bits`, unless a better mark is there. */
  const mark = (out: Int32Array, i: number, end: number, bits: number): void => {
    const cls = bits & 1 ? 0 : bits & 2 ? 1 : 2;
    for (let j = i; j < end; j++) out[j] = Math.max(out[j]!, 1 + 2 * cls + (j > i ? 1 : 0));
  };
  /**
   * The entry words after `node` matching one token's key. A key may hold spaces (ﷺ folds to صلى
   * الله عليه وسلم), and then stands for as many words: entries are matched as joined by spaces.
   */
  const follow = (node: PhraseNode, key: string): PhraseNode | undefined => {
    if (!key.includes(" ")) return node.next.get(key);
    let at: PhraseNode | undefined = node;
    for (const part of key.split(" ")) at = at?.next.get(part);
    return at;
  };
  const spanTagsOfHeads = (
    keys: readonly string[],
    heads: readonly (string | null)[],
    into?: Int32Array,
  ): Int32Array => {
    // A typed array per sentence costs an allocation outside the heap: the tagger passes its own.
    const out = into ?? new Int32Array(keys.length);
    if (into) out.fill(0, 0, keys.length);
    for (let i = 0; i < keys.length; i++) {
      const head = heads[i] ?? null;
      if (head === null) continue;
      let best = 0;
      let bestBits = 0;
      let node = trie.get(head);
      for (let j = i + 1; node && j <= Math.min(keys.length, i + MAX_WORDS); j++) {
        if (j > i + 1) node = follow(node, keys[j - 1]!);
        if (node && (node.bits & 0b111) !== 0) {
          best = j;
          bestBits = node.bits;
        }
      }
      if (best === 0) continue;
      mark(out, i, best, bestBits);
      i = best - 1;
    }
    return out;
  };
  return Object.freeze({
    tagsOf,
    wordClass: (stem: string): number => clusters.get(stem) ?? 0,
    spanTags: (keys: readonly string[], stems: readonly string[]): Int32Array =>
      spanTagsOfHeads(
        keys,
        keys.map((key, i) => phraseHead(key, stems[i]!)),
      ),
    phraseHead,
    spanTagsOfHeads,
  });
}

/** A gazetteer with no entries, for training without lists and for tests. */
export const EMPTY_GAZETTEER_DATA: GazetteerData = { entries: [], clusters: "" };
