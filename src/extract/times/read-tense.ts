/**
 * Tense around a time expression. Arabic marks the future on the verb with the proclitic س
 * (سيزور، ستجرى، وسيقدم), with سوف, or with a planning phrase (من المقرر أن، من المتوقع أن، يعتزم);
 * a weekday or a month named in such a clause lies ahead of the publication date, not behind it.
 */
import type { Token } from "../../doc/index.js";
import { kindAt, type Scan } from "./scan.js";

/** How many tokens before the expression the marker may stand (من المقرر أن ينظم تجمع الجمعة). */
const REACH = 6;

/** Punctuation that closes the clause the expression belongs to. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([".", "!", "?", "؟", "،", ",", ":", ";", "؛"]);

/** The clause before token `i` (up to REACH tokens, within the clause) carries a future marker. */
export function isFutureClause(scan: Scan, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - REACH; k--) {
    const token = scan.tokens[k]!;
    // سيزور الرئيس العاصمة، الثلاثاء،: the commas that set off the time itself close nothing.
    const settingOff = k === i - 1 && (token.text === "،" || token.text === ",");
    if (token.kind === "punct" && CLAUSE_ENDS.has(token.text) && !settingOff) return false;
    if (token.kind !== "word") continue;
    if (isFutureVerb(token)) return true;
    // سوف، يعتزم، and من المقرر / ومن المقرر found at their first token.
    if (kindAt(scan, k, "future") !== null) return true;
  }
  return false;
}

/** سـ before an imperfect verb, whose stem opens with ي ت ن أ (سيقدم، ستجرى، سنعمل، سأقول; not ساره). */
function isFutureVerb(token: Token): boolean {
  const at = token.segments.findIndex((segment) => segment.kind === "proclitic" && segment.form === "س");
  const stem = at < 0 ? undefined : token.segments[at + 1];
  return stem !== undefined && stem.kind === "stem" && IMPERFECT_PREFIXES.has(stem.form.charAt(0));
}

const IMPERFECT_PREFIXES: ReadonlySet<string> = new Set(["ي", "ت", "ن", "أ"]);
