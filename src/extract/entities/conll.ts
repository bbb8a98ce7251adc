import { tagIndexOf } from "./tags.js";

/** One sentence of a `token TAG` corpus, with tags mapped to our BIO indexes (see tags.ts). */
export interface TaggedSentence {
  readonly words: readonly string[];
  readonly tags: readonly number[];
}

/** Bidi and zero-width marks some corpora put on every token (FANE prefixes each with U+200E). */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Parses CoNLL-style text: one `token TAG [TAG…]` per line (space or tab), a blank line between
 * sentences. The first tag is kept (Wojood lists the outer entity first). Lines without a token,
 * and Wojood's `$#$` segment markers, are skipped.
 */
export function parseConll(text: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let words: string[] = [];
  let tags: number[] = [];
  const flush = () => {
    if (words.length > 0) sentences.push({ words, tags });
    words = [];
    tags = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.replace(INVISIBLE, "").trim();
    if (line === "") {
      flush();
      continue;
    }
    const fields = line.split(/[\t ]+/);
    const word = fields[0]!;
    if (word === "$#$") continue;
    words.push(word);
    tags.push(tagIndexOf(fields[1] ?? "O"));
  }
  flush();
  return sentences;
}
