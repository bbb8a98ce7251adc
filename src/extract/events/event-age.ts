/**
 * How far an event's date lies from the article's publication date. News reports what happened in
 * the last days; an event dated years or months before (منذ إطاحة الجيش بمرسي في تموز 2013، هجوم
 * برلين في ديسمبر 2016) is background, told to explain the news.
 */
import { timexDays } from "../times/index.js";

/** A date at least this many days from publication is background (a week either way and some slack). */
const RECENT_DAYS = 14;

/**
 * "recent" when the event's date lies within two weeks of publication, "old" when it does not (or is
 * a vague past such as PAST_REF), undefined when the event is undated, dated by a value that is
 * no calendar period (PRESENT_REF, a duration) or the publication date is unknown (text given on
 * the command line).
 */
export function eventAge(time: string | null, published: string | null): "recent" | "old" | undefined {
  if (time === null || published === null) return undefined;
  const at = timexDays(published);
  if (at === null) return undefined;
  const period = timexDays(time);
  if (period === null) return time === "PAST_REF" ? "old" : undefined;
  const [first, last] = period;
  const near = last >= at[0] - RECENT_DAYS && first <= at[0] + RECENT_DAYS;
  return near ? "recent" : "old";
}
