/**
 * Lines above the prose that Readability keeps with the article when a page puts them in the same
 * container: the headline again, a kicker or section label over it ("نقل وخدمات لوجستية"), the
 * byline and the dateline ("كتب أحمد سليم الإثنين، 13 مارس 2023"، "ريم الأحمد من دمشق:"). Only
 * the first few lines are looked at, and only short ones, so a lead paragraph is never taken.
 */
import { matchKey } from "../text/index.js";
import { parseArabicDate } from "./html-date.js";

/** How many non-empty lines from the top may be headline, kicker or byline. */
const LEAD_LINES = 4;
/** Longest kicker above a headline, in UTF-16 units. */
const KICKER = 60;
/** Longest byline or dateline, in UTF-16 units. */
const BYLINE = 80;

const key = (line: string) => matchKey(line).replace(/\s+/g, " ").trim();

function isByline(line: string, author: string | null): boolean {
  const words = line.split(/\s+/).length;
  if (author && key(line).includes(key(author))) return true;
  // "ريم الأحمد من دمشق:", "بيروت:": a dateline ends with a colon before the story starts.
  if (/[:：]$/.test(line) && words <= 6) return true;
  return words <= 8 && !/[.!؟?]$/.test(line) && parseArabicDate(line) !== null;
}

/** The text without the lead lines described in the module comment; other lines are untouched. */
export function dropLeadLines(text: string, title: string | null, author: string | null): string {
  const lines = text.split("\n");
  const lead = lines.flatMap((line, index) => (line.trim() ? [index] : [])).slice(0, LEAD_LINES);
  const drop = new Set<number>();
  const titleKey = title ? key(title) : "";
  const at = titleKey ? lead.findIndex((index) => key(lines[index] ?? "") === titleKey) : -1;
  if (at >= 0 && lead.slice(0, at).every((index) => (lines[index] ?? "").trim().length <= KICKER))
    for (const index of lead.slice(0, at + 1)) drop.add(index);
  else if (title && lead[0] !== undefined) {
    // A legacy layout glues the title to the first paragraph when a <br> between them was dropped.
    const first = (lines[lead[0]] ?? "").trim();
    if (first.startsWith(title.trim()) && first.length > title.trim().length)
      lines[lead[0]] = first.slice(title.trim().length);
  }
  for (const index of lead) {
    const line = (lines[index] ?? "").trim();
    if (drop.has(index) || line.length > BYLINE) continue;
    if (isByline(line, author)) drop.add(index);
  }
  return lines.filter((_, index) => !drop.has(index)).join("\n");
}
