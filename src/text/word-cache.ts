/**
 * What the tokenizer knows about a token's characters, looked up without slicing them out of the
 * text: its surface string, match key and clitic segments relative to its start. News repeats a few
 * tens of thousands of word forms, so a repeated word costs one hash of its characters and one
 * comparison, and shares its strings with every earlier occurrence (strings are values: sharing
 * changes nothing an output can show). Bounded like the segmenter's memo: when full it starts afresh.
 */
import type { WordSegment } from "./segment-clitics.js";

export interface CachedWord {
  readonly text: string;
  readonly key: string;
  /** Clitic segments relative to the word's start; null when the word is one stem segment. */
  readonly segments: readonly WordSegment[] | null;
}

/** Past this many words the cache starts afresh (memory stays bounded on long streams). */
const LIMIT = 1 << 17;
/** Open-addressed slots: a power of two, twice LIMIT, so the table is at most half full and probes stay short. */
const SLOTS = LIMIT << 1;

export class WordCache {
  /**
   * Per slot, two numbers side by side: the word's hash and its entry index + 1 (0 is empty). A
   * probe reads one cache line and compares hashes before it touches an entry: the separate arrays
   * this replaced cost a dependent memory read per token.
   */
  private readonly slots = new Int32Array(SLOTS * 2);
  private readonly entries: CachedWord[] = [];

  /** The entry for text[start, end), or undefined; `hash` is `hashRange(text, start, end)`. */
  get(text: string, start: number, end: number, hash: number): CachedWord | undefined {
    const mask = SLOTS - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = this.slots[2 * slot + 1]! - 1;
      if (index < 0) return undefined;
      if (this.slots[2 * slot] !== hash) continue;
      const entry = this.entries[index]!;
      const word = entry.text;
      if (word.length !== length) continue;
      let i = 0;
      while (i < length && word.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === length) return entry;
    }
  }

  /** Adds an entry for a word not in the cache (call `get` first); returns it. */
  add(entry: CachedWord, hash: number): CachedWord {
    if (this.entries.length >= LIMIT) {
      this.slots.fill(0);
      this.entries.length = 0;
    }
    const mask = SLOTS - 1;
    let slot = hash & mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    this.entries.push(entry);
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = this.entries.length;
    return entry;
  }
}

/** FNV-1a over the UTF-16 units of text[start, end). */
export function hashRange(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
