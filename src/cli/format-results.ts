/**
 * How `search`, `entities` and `quotes` print for people (`--format pretty`). The rule that keeps
 * Arabic readable in a terminal that applies the bidi algorithm: one fact per line, Latin labels,
 * numbers and offsets first, Arabic last, and never a number or bracket between two Arabic runs
 * (it would be pulled into the right-to-left run and shown out of place). Offsets are shown as
 * [start,end) in UTF-16 code units of the article's text, as in the record.
 */
import type { Mention } from "../doc/index.js";
import type { EntitySummary, Listing, QuoteRow, SearchHit, SearchResult } from "../store/types.js";

const LABEL = 10;
const count = (n: number) => n.toLocaleString("en");

/** Whitespace (newlines between paragraphs included) folded to one space: one line per fact. */
function flat(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function line(label: string, value: string): string {
  return `   ${label.padEnd(LABEL)}${value}`;
}

function span(mention: { readonly start: number; readonly end: number }): string {
  return `[${mention.start},${mention.end})`;
}

function mentionLine(label: string, mention: Mention): string {
  return line(label, `${span(mention)} ${flat(mention.text)}`);
}

/** "12 articles match (1–10 shown)", or "no articles match". */
function heading(total: number, shown: number, offset: number, noun: string, verb: string): string {
  if (total === 0) return `no ${noun} ${verb}\n`;
  const range = shown === 0 ? "none shown" : `${count(offset + 1)}–${count(offset + shown)} shown`;
  return `${count(total)} ${noun} ${verb} (${range})\n`;
}

/** The snippet with its highlights in bold when the output is a terminal that shows colour. */
function snippetText(hit: SearchHit, colour: boolean): string {
  const { text, highlights } = hit.snippet;
  if (!colour || highlights.length === 0) return flat(text);
  let out = "";
  let at = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    out += `${text.slice(at, start)}\u001b[1m${text.slice(start, end)}\u001b[22m`;
    at = end;
  }
  return flat(out + text.slice(at));
}

function formatHit(hit: SearchHit, rank: number, colour: boolean): string {
  const { article, snippet } = hit;
  const out = [
    `${rank}. ${article.published ?? "(no date)"}  ${article.id}  score ${hit.score.toFixed(2)}`,
    ...(article.title ? [line("title", flat(article.title))] : []),
    ...(article.outlet ? [line("outlet", article.outlet)] : []),
    ...(article.url ? [line("url", article.url)] : []),
    line("story", article.story),
    line(
      "snippet",
      `${span({ start: snippet.start, end: snippet.start + snippet.text.length })} ${snippetText(hit, colour)}`,
    ),
    // Absolute offsets of each match, so it can be cited without the snippet.
    ...snippet.highlights.slice(0, 5).map((h) => {
      const start = snippet.start + h.start;
      return line(
        "match",
        `${span({ start, end: snippet.start + h.end })} ${snippet.text.slice(h.start, h.end)}`,
      );
    }),
  ];
  return `${out.join("\n")}\n`;
}

export function formatSearchPretty(result: SearchResult, offset: number, colour: boolean): string {
  const hits = result.hits.map((hit, i) => formatHit(hit, offset + i + 1, colour));
  return [heading(result.total, result.hits.length, offset, "articles", "match"), ...hits].join("\n");
}

export function formatEntitiesPretty(listing: Listing<EntitySummary>, offset: number): string {
  const rows = listing.items.map((entity) => {
    const latin = entity.latin ? `${entity.latin} · ` : "";
    return (
      `${entity.type.padEnd(5)}${`${count(entity.articles)} articles`.padStart(14)}` +
      `${`${count(entity.mentions)} mentions`.padStart(16)}   ${entity.id}   ${latin}${entity.name}\n`
    );
  });
  return heading(listing.total, listing.items.length, offset, "entities", "found") + rows.join("");
}

function formatQuote(quote: QuoteRow): string {
  const speaker = quote.speaker;
  const speakerText = speaker
    ? `${flat(speaker.name ?? speaker.text)}${speaker.entity ? ` (${speaker.entity})` : ""}`
    : "(unknown)";
  const out = [
    `${quote.published ?? "(no date)"}  ${quote.article} #${quote.index}  ${quote.kind}`,
    ...(quote.outlet ? [line("outlet", quote.outlet)] : []),
    ...(quote.title ? [line("title", flat(quote.title))] : []),
    line("speaker", speakerText),
    ...(quote.cue ? [mentionLine("cue", quote.cue)] : []),
    mentionLine("quote", quote.content),
  ];
  return `${out.join("\n")}\n`;
}

export function formatQuotesPretty(listing: Listing<QuoteRow>, offset: number): string {
  const rows = listing.items.map(formatQuote);
  return [heading(listing.total, listing.items.length, offset, "quotes", "found"), ...rows].join("\n");
}

/** json: the whole answer as one document; jsonl: one item per line. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function formatJsonl(items: readonly unknown[]): string {
  return items.map((item) => `${JSON.stringify(item)}\n`).join("");
}
