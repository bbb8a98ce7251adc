/**
 * Turns a record's layers into the marks of its article view: one per entity mention, quote, time
 * expression and event trigger, each keeping the layer object it came from for the tooltip.
 */
import type { Entity, MarsadRecord, NewsEvent, Quote, TimeExpression } from "../../src/doc/index.js";
import type { Annotation } from "./annotate.js";

export type ArticleMark =
  | (Annotation & { readonly kind: "entity"; readonly entity: Entity })
  | (Annotation & { readonly kind: "quote"; readonly quote: Quote; readonly speaker: Entity | null })
  | (Annotation & { readonly kind: "time"; readonly time: TimeExpression })
  | (Annotation & { readonly kind: "event"; readonly event: NewsEvent })
  | (Annotation & { readonly kind: "cite" });

/** The entities of a record by id, for speakers, actors and places that point at them. */
export function entityIndex(record: MarsadRecord): ReadonlyMap<string, Entity> {
  return new Map(record.entities.map((entity) => [entity.id, entity]));
}

/** Every mark of the record; `cite` adds the passage a link pointed at. */
export function articleMarks(record: MarsadRecord, cite?: { start: number; end: number }): ArticleMark[] {
  const entities = entityIndex(record);
  const marks: ArticleMark[] = [];
  record.entities.forEach((entity, e) =>
    entity.mentions.forEach((mention, m) =>
      marks.push({ kind: "entity", key: `entity:${e}:${m}`, start: mention.start, end: mention.end, entity }),
    ),
  );
  record.quotes.forEach((quote, q) => {
    const speaker = quote.speaker?.entity ? (entities.get(quote.speaker.entity) ?? null) : null;
    marks.push({ kind: "quote", key: `quote:${q}`, start: quote.start, end: quote.end, quote, speaker });
  });
  record.times.forEach((time, i) =>
    marks.push({ kind: "time", key: `time:${i}`, start: time.start, end: time.end, time }),
  );
  record.events.forEach((event, i) =>
    marks.push({
      kind: "event",
      key: `event:${i}`,
      start: event.trigger.start,
      end: event.trigger.end,
      event,
    }),
  );
  if (cite && cite.end > cite.start)
    marks.push({ kind: "cite", key: "cite", start: cite.start, end: cite.end });
  return marks;
}

/** Parses `hl=start-end` from a link into a span, or undefined when malformed. */
export function parseCite(value: string | null): { start: number; end: number } | undefined {
  const match = /^(\d+)-(\d+)$/.exec(value ?? "");
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : undefined;
}
