/** The scanner state the detectors share, and look-ups on it. */
import type { Token } from "../../doc/index.js";
import { matchKind, type KindMatch } from "./match-time-words.js";
import type { TimeParse } from "./normalize-time.js";
import type { TimeLexicon, TimeWordKind } from "./time-lexicon.js";

export interface Scan {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly lexicon: TimeLexicon;
}

/** A parsed piece: the token after it, proclitic letters before it in its first token, its meaning. */
export interface Piece {
  /** First token, when it is not the token the attempt started at (منذ أشهر starts after منذ). */
  readonly start?: number;
  readonly end: number;
  readonly prefix: number;
  readonly parse: TimeParse;
}

export function kindAt(scan: Scan, i: number, kind: TimeWordKind, allowPrefix = true): KindMatch | null {
  return matchKind(scan.tokens, scan.lexicon, i, kind, allowPrefix);
}

/** Token i is a hyphen or an en dash (2010-2012، ليل الأحد-الاثنين). */
export function isDashAt(scan: Scan, i: number): boolean {
  const text = scan.tokens[i]?.text;
  return text === "-" || text === "–";
}

export function keyAt(scan: Scan, i: number): string {
  return scan.tokens[i]?.key ?? "";
}

/** The token's key without the proclitics the lexicon found (للعام stays whole). */
export function bareKey(scan: Scan, i: number, prefix: number): string {
  return keyAt(scan, i).slice(prefix);
}

/** The form carries the article: العام، والعام، بالعام, or للعام (ل + ال, matched after لل). */
export function hasArticle(scan: Scan, match: KindMatch, i: number): boolean {
  const key = keyAt(scan, i);
  return key.startsWith("ال", match.prefix) || (match.prefix >= 2 && key.startsWith("لل", match.prefix - 2));
}
