/**
 * Repeated mentions of one event become one event: news names the main event in the lead and again
 * further down (غارات… ثم الغارات الجوية التي استهدفت…). A later event of the same type merges into
 * an earlier one when both carry the same date, or when they share an actor or a target and the
 * later one has no other date; the earlier trigger is kept (the lead's wording) and the slots it
 * lacks are filled from the later mention.
 */
import type { EventRecord } from "./index.js";

function shares(a: readonly string[], b: readonly string[]): boolean {
  return a.some((id) => b.includes(id));
}

function sameEvent(first: EventRecord, later: EventRecord): boolean {
  if (first.type !== later.type) return false;
  if (first.time !== null && later.time !== null) return first.time === later.time;
  return shares(first.actors, later.actors) || shares(first.targets, later.targets);
}

function merged(first: EventRecord, later: EventRecord): EventRecord {
  return {
    ...first,
    actors: first.actors.length > 0 ? first.actors : later.actors,
    targets: first.targets.length > 0 ? first.targets : later.targets,
    place: first.place ?? later.place,
    time: first.time ?? later.time,
    confidence: Math.max(first.confidence, later.confidence),
  };
}

/** The events (in text order) with repeated mentions merged into their first mention. */
export function mergeRepeats(events: readonly EventRecord[]): EventRecord[] {
  const out: EventRecord[] = [];
  for (const event of events) {
    const index = out.findIndex((kept) => sameEvent(kept, event));
    if (index < 0) out.push(event);
    else out[index] = merged(out[index]!, event);
  }
  return out;
}
