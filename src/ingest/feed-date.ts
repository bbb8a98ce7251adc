/**
 * Dates as feeds and corpora write them, to ISO 8601: RFC 822 (RSS pubDate, "Fri, 04 May 2018
 * 18:19:13 +0400"), RFC 3339 (Atom, dc:date) and what normalizeDate already reads. RFC 822 §5.1
 * also allows North American zone names (EST, PDT, …), turned into offsets here.
 */
import { normalizeDate } from "./html-date.js";

/** RFC 822 §5.1 zone names and their offsets. */
const ZONES: Readonly<Record<string, string>> = {
  EST: "-0500",
  EDT: "-0400",
  CST: "-0600",
  CDT: "-0500",
  MST: "-0700",
  MDT: "-0600",
  PST: "-0800",
  PDT: "-0700",
  Z: "+0000",
};

/** A feed or corpus date as ISO 8601 (offset kept when given), or null when it does not parse. */
export function normalizeFeedDate(raw: string): string | null {
  const value = raw.trim().replace(/\s+/g, " ");
  const zoned = value.replace(/\s([A-Z]{1,3})$/, (whole, name: string) => {
    const offset = ZONES[name];
    return offset ? ` ${offset}` : whole;
  });
  // RFC 822 allows a two-digit year; feeds written that way are from this century.
  const fourDigit = zoned.replace(/^((?:[a-z]{3},?\s+)?\d{1,2}\s+[a-z]{3}[a-z]*\s+)(\d{2})(\s)/i, "$120$2$3");
  return normalizeDate(fourDigit);
}
