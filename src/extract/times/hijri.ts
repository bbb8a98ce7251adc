/**
 * Hijri ↔ Gregorian conversion. The Umm al-Qura calendar (Saudi Arabia's civil calendar, the one
 * news outlets print) is read through `Intl.DateTimeFormat` with `-u-ca-islamic-umalqura`, which
 * Node and browsers with full ICU data provide; when it is missing or out of its range, the
 * arithmetic (tabular, "Kuwaiti", epoch 16 July 622 Julian) calendar is used, which is within a day
 * or two of Umm al-Qura. Intl only goes Gregorian → Hijri, so Hijri → Gregorian starts from the
 * tabular estimate and steps a few days until Intl agrees.
 */
import { civilDate, dayNumber, type CivilDate } from "./civil-date.js";

export interface HijriDate {
  readonly year: number;
  /** 1 Muharram … 12 Dhu al-Hijja */
  readonly month: number;
  readonly day: number;
}

/** Day number (days since 1970-01-01) of 1 Muharram 1 AH in the tabular calendar. */
const TABULAR_EPOCH = -492_148;

function tabularToDays(date: HijriDate): number {
  const { year, month, day } = date;
  return (
    day +
    Math.ceil(29.5 * (month - 1)) +
    (year - 1) * 354 +
    Math.floor((3 + 11 * year) / 30) +
    TABULAR_EPOCH -
    1
  );
}

function tabularFromDays(days: number): HijriDate {
  const year = Math.floor((30 * (days - TABULAR_EPOCH) + 10646) / 10631);
  const month = Math.min(12, Math.ceil((days - 29 - tabularToDays({ year, month: 1, day: 1 })) / 29.5) + 1);
  const day = days - tabularToDays({ year, month, day: 1 }) + 1;
  return { year, month, day };
}

type Reader = (days: number) => HijriDate | null;

function makeUmmAlQuraReader(): Reader | null {
  try {
    const format = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
      timeZone: "UTC",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
    if (format.resolvedOptions().calendar !== "islamic-umalqura") return null;
    return (days) => {
      let year = NaN;
      let month = NaN;
      let day = NaN;
      for (const part of format.formatToParts(new Date(days * 86_400_000))) {
        if (part.type === "year") year = Number.parseInt(part.value, 10);
        else if (part.type === "month") month = Number.parseInt(part.value, 10);
        else if (part.type === "day") day = Number.parseInt(part.value, 10);
      }
      return Number.isFinite(year) && Number.isFinite(month) && Number.isFinite(day)
        ? { year, month, day }
        : null;
    };
  } catch {
    return null;
  }
}

/** Built once: formatter construction is slow, formatting is not. Pure (no state changes after load). */
const ummAlQura = makeUmmAlQuraReader();

function sameDate(a: HijriDate | null, b: HijriDate): boolean {
  return a !== null && a.year === b.year && a.month === b.month && a.day === b.day;
}

/** The Hijri (Umm al-Qura, else tabular) date of a Gregorian date. */
export function gregorianToHijri(date: CivilDate): HijriDate {
  const days = dayNumber(date);
  return ummAlQura?.(days) ?? tabularFromDays(days);
}

/**
 * The Gregorian date of a Hijri date (Umm al-Qura when available, else tabular); null when the date
 * does not exist (day 30 of a 29-day month, month 13).
 */
export function hijriToGregorian(date: HijriDate): CivilDate | null {
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 30) return null;
  const estimate = tabularToDays(date);
  if (ummAlQura !== null) {
    for (const step of [0, -1, 1, -2, 2, -3, 3]) {
      if (sameDate(ummAlQura(estimate + step), date)) return civilDate(estimate + step);
    }
    // Out of Intl's Umm al-Qura range, or a day 30 the month does not have.
    if (ummAlQura(estimate) !== null && date.year > 1300 && date.year < 1600) return null;
  }
  return sameDate(tabularFromDays(estimate), date) ? civilDate(estimate) : null;
}
