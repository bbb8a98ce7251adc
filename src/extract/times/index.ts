/**
 * @module extract/times
 * Time expressions: detection over tokens, TIMEX3 values resolved against the reference date
 * (the publication date), Hijri dates converted with both calendars kept.
 */
import type { Stage, TimeExpression } from "../../doc/index.js";
import type { Resources } from "../../resources/index.js";
import { parseIsoDate } from "./civil-date.js";
import { findTimes } from "./find-times.js";

export { findTimes, type TimeRecord } from "./find-times.js";
export { detectTimes, type FoundTime } from "./detect-times.js";
export { normalizeTime, type TimeParse, type TimeValue, type TimeMod } from "./normalize-time.js";
export { isMonthWord, parseTimeLexicon, type TimeLexicon } from "./time-lexicon.js";
export { hijriToGregorian, gregorianToHijri, type HijriDate } from "./hijri.js";
export { timexDays } from "./civil-date.js";

export const TIMES_STAGE_ID = "times@13";

export const timesStage: Stage<"tokens", "times", Resources> = {
  id: TIMES_STAGE_ID,
  needs: ["tokens"],
  gives: "times",
  run: (doc, ctx): readonly TimeExpression[] => {
    const reference = parseIsoDate(ctx.reference);
    if (ctx.reference !== null && reference === null) {
      ctx.note({
        severity: "warning",
        source: TIMES_STAGE_ID,
        code: "times.bad-reference",
        message: `the reference date ${JSON.stringify(ctx.reference)} is not a YYYY-MM-DD date; relative times are left unresolved`,
      });
    }
    return findTimes(doc.text, doc.layers.tokens, ctx.resources.times, reference);
  },
};
