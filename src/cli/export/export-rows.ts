/**
 * The rows `marsad export` writes, one flat object per article, quote, event or entity of each
 * stored article, built from the stored record itself so a full export streams in ingest order
 * without paging through the store. The same objects are CSV rows (keys are the header) and JSONL
 * lines. Offsets are UTF-16 code units of the article's text, [start, end).
 */
import type { MarsadRecord, Span } from "../../doc/index.js";
import type { StoredArticle } from "../../store/types.js";
import type { CsvValue } from "./csv.js";

export type Row = Readonly<Record<string, CsvValue>>;

export const ARTICLE_COLUMNS = [
  "id",
  "published",
  "title",
  "outlet",
  "url",
  "author",
  "language",
  "source",
  "story",
  "ingested",
  "length",
  "sentences",
  "entities",
  "quotes",
  "events",
] as const;
export const QUOTE_COLUMNS = [
  "article",
  "index",
  "kind",
  "start",
  "end",
  "text",
  "speaker_entity",
  "speaker_name",
  "speaker_text",
  "speaker_start",
  "speaker_end",
  "cue",
  "cue_start",
  "cue_end",
  "sentence_start",
  "sentence_end",
  "published",
  "outlet",
  "url",
] as const;
export const EVENT_COLUMNS = [
  "article",
  "index",
  "type",
  "trigger",
  "trigger_start",
  "trigger_end",
  "actors",
  "actor_ids",
  "targets",
  "target_ids",
  "place",
  "place_id",
  "time",
  "date",
  "confidence",
  "polarity",
  "modality",
  "quoted",
  "sentence_start",
  "sentence_end",
  "sentence",
  "published",
  "outlet",
  "url",
] as const;
export const ENTITY_COLUMNS = [
  "article",
  "entity",
  "type",
  "name",
  "latin",
  "mentions",
  "first_start",
  "first_end",
  "first_text",
  "role",
  "published",
] as const;

/** The sentences holding [start, end): from the one holding `start` to the one holding `end - 1`. */
export function sentenceAround(record: MarsadRecord, span: Span): Span {
  const holding = (at: number) => {
    let low = 0;
    let high = record.sentences.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const sentence = record.sentences[middle]!;
      if (at < sentence.start) high = middle - 1;
      else if (at >= sentence.end) low = middle + 1;
      else return sentence;
    }
    return null;
  };
  const first = holding(span.start);
  const last = holding(Math.max(span.start, span.end - 1));
  return { start: first?.start ?? span.start, end: last?.end ?? span.end };
}

function entityNames(record: MarsadRecord): Map<string, string> {
  return new Map(record.entities.map((entity) => [entity.id, entity.name]));
}

export function articleRows({ record, story, ingested }: StoredArticle): Row[] {
  const { meta } = record;
  return [
    {
      id: record.id,
      published: meta.published,
      title: meta.title,
      outlet: meta.outlet,
      url: meta.url,
      author: meta.author ?? null,
      language: meta.language ?? null,
      source: meta.source ?? null,
      story,
      ingested,
      length: record.text.length,
      sentences: record.sentences.length,
      entities: record.entities.length,
      quotes: record.quotes.length,
      events: record.events.length,
    },
  ];
}

export function quoteRows({ record }: StoredArticle): Row[] {
  const names = entityNames(record);
  return record.quotes.map((quote, index) => {
    const sentence = sentenceAround(record, quote);
    const speaker = quote.speaker;
    return {
      article: record.id,
      index,
      kind: quote.kind,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      speaker_entity: speaker?.entity ?? null,
      speaker_name: speaker?.entity ? (names.get(speaker.entity) ?? null) : null,
      speaker_text: speaker?.text ?? null,
      speaker_start: speaker?.start ?? null,
      speaker_end: speaker?.end ?? null,
      cue: quote.cue?.text ?? null,
      cue_start: quote.cue?.start ?? null,
      cue_end: quote.cue?.end ?? null,
      sentence_start: sentence.start,
      sentence_end: sentence.end,
      published: record.meta.published,
      outlet: record.meta.outlet,
      url: record.meta.url,
    };
  });
}

/** A TIMEX3 value that names a calendar day, month or year (not a week, a duration or a reference). */
const CALENDAR_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The date an event goes on a timeline under: its own when it is a calendar date, else the article's day. */
export function eventDate(time: string | null, published: string | null): string | null {
  if (time !== null && CALENDAR_DATE.test(time)) return time;
  return published === null ? null : published.slice(0, 10);
}

export function eventRows({ record }: StoredArticle): Row[] {
  const names = entityNames(record);
  const name = (id: string) => names.get(id) ?? id;
  return record.events.map((event, index) => {
    const sentence = sentenceAround(record, event.trigger);
    return {
      article: record.id,
      index,
      type: event.type,
      trigger: event.trigger.text,
      trigger_start: event.trigger.start,
      trigger_end: event.trigger.end,
      actors: event.actors.map(name).join("; "),
      actor_ids: event.actors.join("; "),
      targets: event.targets.map(name).join("; "),
      target_ids: event.targets.join("; "),
      place: event.place === null ? null : name(event.place),
      place_id: event.place,
      time: event.time,
      date: eventDate(event.time, record.meta.published),
      confidence: event.confidence ?? null,
      polarity: event.polarity ?? null,
      modality: event.modality ?? null,
      quoted: event.quoted ?? null,
      sentence_start: sentence.start,
      sentence_end: sentence.end,
      sentence: record.text.slice(sentence.start, sentence.end),
      published: record.meta.published,
      outlet: record.meta.outlet,
      url: record.meta.url,
    };
  });
}

export function entityRows({ record }: StoredArticle): Row[] {
  return record.entities.map((entity) => {
    const first = entity.mentions[0];
    return {
      article: record.id,
      entity: entity.id,
      type: entity.type,
      name: entity.name,
      latin: entity.latin,
      mentions: entity.mentions.length,
      first_start: first?.start ?? null,
      first_end: first?.end ?? null,
      first_text: first?.text ?? null,
      role: entity.role?.text ?? null,
      published: record.meta.published,
    };
  });
}
