/**
 * Rebuilds a record from its rows (`recordToRows`): every surface is re-read from the text, and
 * optional fields come back only where the record had them, so the result deep-equals what was put
 * (less the tokens layer).
 */
import type {
  DocumentMeta,
  Entity,
  MarsadRecord,
  Mention,
  NewsEvent,
  Provenance,
  Quote,
  Span,
  Speaker,
  TimeExpression,
} from "../doc/index.js";
import {
  decodeSpans,
  type ArticleEntityRow,
  type ArticleEventRow,
  type ArticleExtra,
  type ArticleQuoteRow,
  type ArticleRow,
  type ArticleTimeRow,
} from "./rows.js";

/** Rows of one article as read back; layer rows in any order (they are sorted by index here). */
export interface StoredRows {
  readonly article: Omit<ArticleRow, "day" | "canonicalUrl" | "contentHash">;
  readonly entities: readonly Omit<
    ArticleEntityRow,
    "nameKey" | "latinKey" | "aliasKeys" | "mentionCount" | "roleText"
  >[];
  readonly quotes: readonly Omit<ArticleQuoteRow, "about" | "terms">[];
  readonly times: readonly ArticleTimeRow[];
  readonly events: readonly Omit<ArticleEventRow, "date" | "day">[];
}

/** The record the rows were made from. */
export function recordFromRows(rows: StoredRows): MarsadRecord {
  const { article } = rows;
  const text = article.text;
  const extra = JSON.parse(article.extra) as ArticleExtra;
  const provenance = JSON.parse(article.provenance) as Provenance;
  const meta: DocumentMeta = {
    title: article.title,
    published: article.published,
    url: article.url,
    outlet: article.outlet,
    ...extra.meta,
    ...(extra.hasSource ? { source: article.source } : {}),
  };
  const sentences: Span[] = [];
  for (let i = 0; i + 1 < extra.sentences.length; i += 2) {
    sentences.push({ start: extra.sentences[i]!, end: extra.sentences[i + 1]! });
  }
  return {
    version: extra.version,
    id: article.id,
    text,
    meta,
    media: extra.media,
    sentences,
    entities: byIndex(rows.entities).map((row) => entityOf(row, text)),
    quotes: byIndex(rows.quotes).map((row) => quoteOf(row, text)),
    times: byIndex(rows.times).map((row) => timeOf(row, text)),
    events: byIndex(rows.events).map((row) => eventOf(row, text)),
    notes: extra.notes,
    provenance,
  };
}

/** A mention re-read from the text. */
export function mentionAt(text: string, span: Span): Mention {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

function byIndex<T extends { readonly index: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.index - b.index);
}

function entityOf(row: StoredRows["entities"][number], text: string): Entity {
  return {
    id: row.entity,
    type: row.type,
    name: row.name,
    latin: row.latin,
    mentions: decodeSpans(row.mentions).map((span) => mentionAt(text, span)),
    ...(row.aliases === null ? {} : { aliases: row.aliases }),
    ...(row.role === null ? {} : { role: mentionAt(text, row.role) }),
  };
}

function quoteOf(row: StoredRows["quotes"][number], text: string): Quote {
  let speaker: Speaker | null = null;
  if (row.hasSpeaker) {
    const span = row.speakerSpan;
    speaker = {
      entity: row.speakerEntity,
      text: row.speakerText ?? (span === null ? "" : text.slice(span.start, span.end)),
      ...(span === null ? {} : { start: span.start, end: span.end }),
    };
  }
  return {
    ...mentionAt(text, row),
    direct: row.direct,
    kind: row.kind,
    cue: row.cue === null ? null : mentionAt(text, row.cue),
    speaker,
    ...(row.setting === null ? {} : { setting: mentionAt(text, row.setting) }),
  };
}

function timeOf(row: ArticleTimeRow, text: string): TimeExpression {
  return {
    ...mentionAt(text, row),
    type: row.type,
    value: row.value,
    ...(row.mod === null ? {} : { mod: row.mod }),
    ...(row.calendar === null ? {} : { calendar: row.calendar }),
    ...(row.hijri === null ? {} : { hijri: row.hijri }),
    ...(row.anchor === null ? {} : { anchor: row.anchor }),
    ...(row.resolved === null ? {} : { resolved: row.resolved }),
  };
}

function eventOf(row: StoredRows["events"][number], text: string): NewsEvent {
  return {
    type: row.type,
    trigger: mentionAt(text, row.trigger),
    actors: row.actors,
    targets: row.targets,
    place: row.place,
    time: row.time,
    ...(row.confidence === null ? {} : { confidence: row.confidence }),
    ...(row.sentence === null ? {} : { sentence: row.sentence }),
    ...(row.polarity === null ? {} : { polarity: row.polarity }),
    ...(row.modality === null ? {} : { modality: row.modality }),
    ...(row.quoted === null ? {} : { quoted: row.quoted }),
    ...(row.mentions === null
      ? {}
      : { mentions: decodeSpans(row.mentions).map((span) => mentionAt(text, span)) }),
  };
}
