/**
 * A user's search text read into clauses folded exactly as the index folds articles (`indexTerms`),
 * so a query word finds every clitic and spelling variant the index gave the same key.
 * Syntax: words (all must match), "quoted phrases" (consecutive words; “ ” « » quote too) and
 * -excluded words or -"phrases". Nothing else is special: punctuation inside a word is dropped.
 */
import { MarsadError } from "../doc/index.js";
import { indexTerms, type IndexTerm, type TermResources } from "./terms.js";

/** One word or phrase of the query, as index terms. */
export interface QueryClause {
  /** The clause as the user wrote it (without quotes or the minus sign). */
  readonly text: string;
  /** Index keys in order; more than one means they must be consecutive. */
  readonly terms: readonly string[];
  /** True when the clause must not match. */
  readonly negated: boolean;
  /** True when every term is Latin letters or digits: such clauses also match entities' Latin names. */
  readonly latin: boolean;
  /**
   * Every reading of the clause, `terms` first: a word typed with a final ه may be a ة written
   * plainly (المتحده for المتحدة) or a pronoun (كتابه), and the segmenter cannot tell, so both
   * readings are kept and either may match. At most `MAX_VARIANTS`.
   */
  readonly variants: readonly (readonly string[])[];
}

/** Readings kept per clause (each final ه doubles them). */
export const MAX_VARIANTS = 8;
const HA = "\u0647";
const TA_MARBUTA = "\u0629";

export interface ParsedQuery {
  readonly clauses: readonly QueryClause[];
  /** Keys of the clauses that must match, for highlighting. */
  readonly keys: ReadonlySet<string>;
}

/** Longest query text accepted, in UTF-16 units, and most clauses: a bound on work per query. */
export const MAX_QUERY_LENGTH = 1000;
export const MAX_CLAUSES = 32;

const OPENING = new Set(['"', "\u201c", "\u00ab", "\u201e"]);
const CLOSING: Readonly<Record<string, string>> = {
  '"': '"',
  "\u201c": "\u201d",
  "\u00ab": "\u00bb",
  "\u201e": "\u201d",
};

/**
 * Parses `text` into clauses. An empty or blank query gives no clauses (the caller lists by
 * filters alone). Throws `query.invalid` for an over-long query or one that only excludes.
 */
export function parseQuery(text: string, resources: TermResources): ParsedQuery {
  if (text.length > MAX_QUERY_LENGTH) {
    throw new MarsadError(
      "query.invalid",
      text.slice(0, 40),
      `the query is longer than ${MAX_QUERY_LENGTH} characters`,
    );
  }
  const clauses: QueryClause[] = [];
  for (const piece of splitPieces(text)) {
    const indexed = indexTerms(piece.text, resources);
    if (indexed.length === 0) continue;
    const terms = indexed.map((term) => term.key);
    clauses.push({
      text: piece.text,
      terms,
      negated: piece.negated,
      latin: terms.every(isLatin),
      variants: readings(piece.text, indexed, resources),
    });
  }
  if (clauses.length > MAX_CLAUSES) {
    throw new MarsadError(
      "query.invalid",
      text.slice(0, 40),
      `the query has more than ${MAX_CLAUSES} words and phrases`,
    );
  }
  if (clauses.length > 0 && clauses.every((clause) => clause.negated)) {
    throw new MarsadError(
      "query.invalid",
      text.slice(0, 40),
      "the query only excludes words; add a word to look for",
    );
  }
  const keys = new Set(
    clauses
      .filter((clause) => !clause.negated)
      .flatMap((clause) => clause.variants.flatMap((variant) => variant)),
  );
  return { clauses, keys };
}

interface Piece {
  readonly text: string;
  readonly negated: boolean;
}

/** Splits on white space outside quotes; an unclosed quote runs to the end of the text. */
function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    let negated = false;
    if (text[i] === "-" && i + 1 < text.length && !/\s/.test(text[i + 1]!)) {
      negated = true;
      i++;
    }
    const open = text[i]!;
    if (OPENING.has(open)) {
      const close = text.indexOf(CLOSING[open]!, i + 1);
      const end = close === -1 ? text.length : close;
      pieces.push({ text: text.slice(i + 1, end), negated });
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < text.length && !/\s/.test(text[i]!) && !OPENING.has(text[i]!)) i++;
    pieces.push({ text: text.slice(start, i), negated });
  }
  return pieces;
}

/** The clause's term sequences, reading each word that ends in ه also as ending in ة. */
function readings(text: string, indexed: readonly IndexTerm[], resources: TermResources): string[][] {
  let variants: string[][] = [[]];
  for (const term of indexed) {
    const word = text.slice(term.start, term.end);
    const options = [term.key];
    if (word.endsWith(HA)) {
      const other = indexTerms(word.slice(0, -1) + TA_MARBUTA, resources)[0]?.key;
      if (other !== undefined && other !== term.key) options.push(other);
    }
    const next = variants.flatMap((variant) => options.map((option) => [...variant, option]));
    variants = next.length > MAX_VARIANTS ? variants.map((variant) => [...variant, term.key]) : next;
  }
  return variants;
}

function isLatin(term: string): boolean {
  return /^[a-z0-9.]+$/.test(term) && /[a-z]/.test(term);
}
