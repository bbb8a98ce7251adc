/**
 * Repeated mentions of one event become one event: news names the main event in the lead and again
 * further down (غارات… ثم الغارات الجوية التي استهدفت…). A later event of the same type merges into
 * an earlier one when both carry the same date, or, when they carry no different dates, when its
 * trigger is the same word (خطاب … الخطاب) or has the same lemma (قتلوا … وقتل … مقتل), or they share an actor or a target; the earlier trigger is kept (the lead's wording) and the slots it
 * lacks are filled from the later mention. Candidates left below the threshold that pass the same
 * test only add their trigger to the event's `mentions`: they change neither its slots nor the
 * number of events.
 */
import type { Mention } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import type { EventRecord } from "./index.js";

/** The trigger's word without the article: الخطاب and خطاب name one speech. */
function triggerWord(event: EventRecord): string {
  const key = matchKey(event.trigger.text);
  return key.startsWith("ال") && key.length > 4 ? key.slice(2) : key;
}

function shares(a: readonly string[], b: readonly string[]): boolean {
  return a.some((id) => b.includes(id));
}

/**
 * The lemma of an event's trigger (lemmaKey of its lexicon form: قتل for قتلوا، يقتل، مقتل), when
 * the caller knows it; undefined compares by the written word only.
 */
export type LemmaOf = (event: EventRecord) => string | undefined;

/**
 * A lexicon form's consonant skeleton, so a verb, its verbal noun and their plurals compare equal
 * (هاجم، هجوم، هجمات → هجم; اعتقل، اعتقال → اعتقل; قتل، مقتل، قتلى → قتل): the sound plural and
 * ة dropped, a noun's prefix م dropped, the long vowels after the first letter dropped. Coarse on
 * purpose: it only links mentions of one type in one article, as the same word already does.
 */
export function lemmaKey(form: string): string {
  const known = lemmas.get(form);
  if (known !== undefined) return known;
  const lemma = skeleton(matchKey(form));
  lemmas.set(form, lemma);
  return lemma;
}

/** Lemmas by lexicon form: a few hundred forms, each folded once per process. */
const lemmas = new Map<string, string>();

function skeleton(folded: string): string {
  let key = folded;
  if (key.endsWith("ات") && key.length > 4) key = key.slice(0, -2);
  if (key.endsWith("ه")) key = key.slice(0, -1);
  if (key.startsWith("م") && key.length > 3) key = key.slice(1);
  return key.slice(0, 1) + key.slice(1).replace(/[اوي]/g, "");
}

function sameEvent(first: EventRecord, later: EventRecord, lemmaOf?: LemmaOf): boolean {
  if (first.type !== later.type) return false;
  if (first.time !== null && later.time !== null) return first.time === later.time;
  // The same word again, undated or on no other date: news repeats its main event's word, its verb
  // in another person or tense, or its verbal noun (the lead's قتلوا, then وقتل 54, then مقتل).
  if (triggerWord(first) === triggerWord(later)) return true;
  const lemma = lemmaOf?.(first);
  if (lemma !== undefined && lemma === lemmaOf?.(later)) return true;
  return shares(first.actors, later.actors) || shares(first.targets, later.targets);
}

/** Both lists of mentions in text order (each list already is). */
function union(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  return [...a, ...b].sort((x, y) => x.start - y.start);
}

function merged(first: EventRecord, later: EventRecord): EventRecord {
  return {
    ...first,
    actors: first.actors.length > 0 ? first.actors : later.actors,
    targets: first.targets.length > 0 ? first.targets : later.targets,
    place: first.place ?? later.place,
    time: first.time ?? later.time,
    confidence: Math.max(first.confidence, later.confidence),
    mentions: union(first.mentions, later.mentions),
  };
}

/**
 * The events (in text order) with repeated mentions merged into their first mention; each of
 * `others` (the candidates not selected) that names one of them joins its mentions.
 */
export function mergeRepeats(
  events: readonly EventRecord[],
  others: readonly EventRecord[] = [],
  lemmaOf?: LemmaOf,
): EventRecord[] {
  const out: EventRecord[] = [];
  for (const event of events) {
    const index = out.findIndex((kept) => sameEvent(kept, event, lemmaOf));
    if (index < 0) out.push(event);
    else out[index] = merged(out[index]!, event);
  }
  for (const other of others) {
    const index = out.findIndex((kept) => sameEvent(kept, other, lemmaOf));
    if (index >= 0) out[index] = { ...out[index]!, mentions: union(out[index]!.mentions, other.mentions) };
  }
  return out;
}

/**
 * Which events (in text order, with their saliences) the layer keeps: those at or above the
 * threshold, and the most salient ones until `atLeast` distinct events are kept: a repeat of a kept
 * event (sameEvent) does not count, since the merge will fold it into that event.
 */
export function keepDistinct(
  events: readonly EventRecord[],
  saliences: readonly number[],
  threshold: number,
  atLeast: number,
  lemmaOf?: LemmaOf,
): boolean[] {
  const keep = saliences.map((p) => p >= threshold);
  const order = saliences.map((_, i) => i).sort((a, b) => saliences[b]! - saliences[a]! || a - b);
  const distinct: EventRecord[] = [];
  for (const i of order) {
    if (!keep[i] && distinct.length >= atLeast) continue;
    keep[i] = true;
    const event = events[i]!;
    if (!distinct.some((kept) => sameEvent(kept, event, lemmaOf) || sameEvent(event, kept, lemmaOf))) {
      distinct.push(event);
    }
  }
  return keep;
}
