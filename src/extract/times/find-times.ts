import type { TimeExpression, Token } from "../../doc/index.js";
import type { CivilDate } from "./civil-date.js";
import { detectTimes } from "./detect-times.js";
import { normalizeTime, type TimeValue } from "./normalize-time.js";
import type { TimeLexicon } from "./time-lexicon.js";

/** A time expression with the optional TIMEX3 attributes Marsad adds (see normalize-time.ts). */
export type TimeRecord = TimeExpression & Omit<TimeValue, "type" | "value">;

/** Detects and normalizes the time expressions of a tokenized text: sorted, non-overlapping, stand-off. */
export function findTimes(
  text: string,
  tokens: readonly Token[],
  lexicon: TimeLexicon,
  reference: CivilDate | null,
): TimeRecord[] {
  return detectTimes(text, tokens, lexicon).map(({ start, end, parse }) => ({
    start,
    end,
    text: text.slice(start, end),
    ...normalizeTime(parse, reference),
  }));
}
