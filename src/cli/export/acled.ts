/**
 * Events as an ACLED-style table (Armed Conflict Location & Event Data Project, codebook 2023):
 * one row per event with ACLED's column names where the meaning is the same (event_date, year,
 * time_precision, event_type, actor1, assoc_actor_1, actor2, assoc_actor_2, location, notes,
 * source), plus what makes each row citable: the article id and the offsets of the trigger and of
 * the sentence given as `notes`. event_type is the PLOVER type Marsad assigns, not ACLED's own
 * typology; actor1 is the first actor, actor2 the first target, the others go to assoc_actor_*.
 */
import type { StoredArticle } from "../../store/types.js";
import { eventDate, sentenceAround, type Row } from "./export-rows.js";

export const ACLED_COLUMNS = [
  "event_id",
  "event_date",
  "year",
  "time_precision",
  "event_type",
  "actor1",
  "assoc_actor_1",
  "actor2",
  "assoc_actor_2",
  "location",
  "notes",
  "source",
  "source_url",
  "article_id",
  "trigger_start",
  "trigger_end",
  "notes_start",
  "notes_end",
  "confidence",
] as const;

/** ACLED's time_precision: 1 the day is known, 2 the month, 3 only the year. */
function precision(date: string | null): number | null {
  if (date === null) return null;
  return date.length >= 10 ? 1 : date.length === 7 ? 2 : 3;
}

function host(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

export function acledRows({ record }: StoredArticle): Row[] {
  const names = new Map(record.entities.map((entity) => [entity.id, entity.name]));
  const name = (id: string) => names.get(id) ?? id;
  return record.events.map((event, index) => {
    const date = eventDate(event.time, record.meta.published);
    const sentence = sentenceAround(record, event.trigger);
    const [actor1, ...otherActors] = event.actors.map(name);
    const [actor2, ...otherTargets] = event.targets.map(name);
    return {
      event_id: `${record.id}#${index}`,
      event_date: date,
      year: date === null ? null : date.slice(0, 4),
      time_precision: precision(date),
      event_type: event.type,
      actor1: actor1 ?? null,
      assoc_actor_1: otherActors.join("; "),
      actor2: actor2 ?? null,
      assoc_actor_2: otherTargets.join("; "),
      location: event.place === null ? null : name(event.place),
      notes: record.text.slice(sentence.start, sentence.end),
      source: record.meta.outlet ?? host(record.meta.url),
      source_url: record.meta.url,
      article_id: record.id,
      trigger_start: event.trigger.start,
      trigger_end: event.trigger.end,
      notes_start: sentence.start,
      notes_end: sentence.end,
      confidence: event.confidence ?? null,
    };
  });
}
