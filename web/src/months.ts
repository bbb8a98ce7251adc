/** A count per period (YYYY-MM, or YYYY once binned by year). */
export interface PeriodCount {
  readonly date: string;
  readonly count: number;
}

/** Beyond this many months the chart bins by year, so bars stay wide enough to brush. */
const MAX_MONTHS = 120;

function monthIndex(date: string): number | null {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

function monthName(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * Puts counts on a true time axis: the API lists only months that have articles, so empty months
 * between them are filled with zeros (a gap of years must look like one); long spans bin by year.
 */
export function fillMonths(data: readonly PeriodCount[]): PeriodCount[] {
  const known = data.flatMap((d) => {
    const index = monthIndex(d.date);
    return index === null ? [] : [{ index, count: d.count }];
  });
  if (known.length === 0) return [];
  const first = Math.min(...known.map((d) => d.index));
  const last = Math.max(...known.map((d) => d.index));
  const counts = new Map<string, number>();
  const byYear = last - first + 1 > MAX_MONTHS;
  const key = (index: number): string => (byYear ? String(Math.floor(index / 12)) : monthName(index));
  for (let index = first; index <= last; index++) counts.set(key(index), 0);
  for (const d of known) counts.set(key(d.index), (counts.get(key(d.index)) ?? 0) + d.count);
  return [...counts].map(([date, count]) => ({ date, count }));
}
