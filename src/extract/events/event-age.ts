/**
 * How far an event's date lies from the article's publication date. News reports what happened in
 * the last days; an event dated years or months before (منذ إطاحة الجيش بمرسي في تموز 2013، هجوم
 * برلين في ديسمبر 2016) is background, told to explain the news.
 */

/** A date at least this many days from publication is background (a week either way and some slack). */
const RECENT_DAYS = 14;

const DAY = 86_400_000;

/** The [first, last] days (ms since the epoch, UTC) of a TIMEX3 calendar value, or undefined. */
function periodOf(value: string): [number, number] | undefined {
  const year = /^(\d{4})/.exec(value);
  if (year === null) return undefined;
  const y = Number(year[1]);
  const week = /^\d{4}-W(\d{2})/.exec(value);
  if (week !== null) {
    // ISO week 1 holds 4 January; its Monday starts the count.
    const jan4 = Date.UTC(y, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    const first = monday + (Number(week[1]) - 1) * 7 * DAY;
    return [first, first + 6 * DAY];
  }
  const day = /^\d{4}-(\d{2})-(\d{2})/.exec(value);
  if (day !== null) {
    const at = Date.UTC(y, Number(day[1]) - 1, Number(day[2]));
    return [at, at];
  }
  const month = /^\d{4}-(\d{2})$/.exec(value);
  if (month !== null) {
    const m = Number(month[1]) - 1;
    return [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1) - DAY];
  }
  if (value.length === 4) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - DAY];
  return undefined;
}

/**
 * "recent" when the event's date lies within two weeks of publication, "old" when it does not (or is
 * a vague past such as PAST_REF), undefined when the event is undated, dated by a value that is
 * no calendar period (PRESENT_REF, a duration) or the publication date is unknown (text given on
 * the command line).
 */
export function eventAge(time: string | null, published: string | null): "recent" | "old" | undefined {
  if (time === null || published === null) return undefined;
  const at = periodOf(published);
  if (at === undefined) return undefined;
  const period = periodOf(time);
  if (period === undefined) return time === "PAST_REF" ? "old" : undefined;
  const [first, last] = period;
  const near = last >= at[0] - RECENT_DAYS * DAY && first <= at[0] + RECENT_DAYS * DAY;
  return near ? "recent" : "old";
}
