/**
 * The arguments of a trigger within its sentence: actors, targets and place as entity ids, time as
 * a TIMEX3 value. Arabic news clauses are mostly verb-subject-object (قتل التحالف زعيمه), so the
 * entity right after a verb is its subject and the next one its object; a subject right before the
 * verb (SVO, common after أن) is taken when none follows. A noun's possessor is its actor (غارات
 * التحالف) or, for nouns of what is done to someone, its target (مقتل البغدادي). Cue words override
 * order: على/ضد/بحق mark a target, من قبل/على يد an agent, في/بـ/شمال… a place.
 */
import { spansWithin, type EntityType, type Span, type TimeExpression, type Token } from "../../doc/index.js";
import type { EventLexicon } from "./event-lexicon.js";
import type { Trigger } from "./find-triggers.js";

/** Tokens between a verb and its subject (a time word, a comma) that keep it VSO. */
const SUBJECT_GAP = 3;
/** How far (tokens) an object may follow its verb. */
const OBJECT_WINDOW = 8;
/** How far (tokens) a subject may precede its verb (SVO). */
const SVO_WINDOW = 4;

/** One entity mention located in the tokens: tokens [first, last] hold it. */
export interface MentionRef extends Span {
  readonly entity: string;
  readonly type: EntityType;
  readonly first: number;
  readonly last: number;
}

export interface EventArguments {
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly place: string | null;
  readonly time: string | null;
}

/** Entity types that can act or be acted on (MISC names events, laws and works). */
function isParticipant(type: EntityType): boolean {
  return type === "PER" || type === "ORG" || type === "LOC";
}

function cueBefore(
  mention: MentionRef,
  tokens: readonly Token[],
  keys: readonly string[],
  lexicon: EventLexicon,
): string | undefined {
  const token = tokens[mention.first]!;
  // A proclitic ب on the mention's own token (بمدينة is a cue token; بصنعاء has it inside).
  if (mention.start > token.start) {
    const clitic = token.segments.find((segment) => segment.kind === "proclitic" && segment.form === "ب");
    if (clitic !== undefined && clitic.end <= mention.start) return "place-cue";
  }
  const previous = mention.first > 0 ? mention.first - 1 : -1;
  if (previous < 0) return undefined;
  const cue = lexicon.cues.get(tokens[previous]!.key) ?? lexicon.cues.get(keys[previous]!);
  if (cue === undefined) return undefined;
  if (cue.context?.where === "previous") {
    const before = tokens[previous - 1];
    if (before === undefined || !cue.context.keys.has(before.key)) return undefined;
  }
  return cue.class;
}

function distance(trigger: Trigger, mention: MentionRef): number {
  return mention.first > trigger.token ? mention.first - trigger.token : trigger.token - mention.last;
}

function addOnce(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

/** True when `token` opens with the conjunction و (والإمارات). */
function opensWithAnd(token: Token): boolean {
  return token.segments[0]?.kind === "proclitic" && token.segments[0].form === "و";
}

/**
 * The mention and those coordinated with it: each next one right after it, joined by و or a comma
 * (السعودية والإمارات والبحرين، السيسي وماكرون).
 */
function withCoordinated(
  mention: MentionRef,
  mentions: readonly MentionRef[],
  tokens: readonly Token[],
): MentionRef[] {
  const chain = [mention];
  for (;;) {
    const last = chain[chain.length - 1]!;
    const next = mentions.find((other) => other.first > last.last && other.first <= last.last + 2);
    if (next === undefined) return chain;
    const between = tokens.slice(last.last + 1, next.first);
    const joined =
      (between.length === 0 && opensWithAnd(tokens[next.first]!)) ||
      (between.length === 1 &&
        (between[0]!.text === "،" || between[0]!.text === ",") &&
        !chain.includes(next)) ||
      (between.length === 1 && between[0]!.key === "و");
    if (!joined) return chain;
    chain.push(next);
  }
}

/**
 * The arguments of `trigger`, given the mentions and time expressions of its sentence (sorted by
 * start) and each token's stem key.
 */
export function eventArguments(
  trigger: Trigger,
  tokens: readonly Token[],
  keys: readonly string[],
  mentions: readonly MentionRef[],
  times: readonly TimeExpression[],
  lexicon: EventLexicon,
): EventArguments {
  const actors: string[] = [];
  const targets: string[] = [];
  let place: MentionRef | null = null;
  const free: MentionRef[] = [];
  for (const mention of mentions) {
    if (mention.start < trigger.end && mention.end > trigger.start) continue;
    // A name inside a date (الخميس، عيد الفطر tagged as an entity) is when, not who or where.
    if (times.some((time) => mention.start < time.end && mention.end > time.start)) continue;
    const cue = cueBefore(mention, tokens, keys, lexicon);
    if (mention.type === "LOC" && cue === "place-cue") {
      if (place === null || distance(trigger, mention) < distance(trigger, place)) place = mention;
      continue;
    }
    if (!isParticipant(mention.type)) continue;
    if (cue === "agent-cue" && mention.first > trigger.token) addOnce(actors, mention.entity);
    else if (
      cue === "target-cue" &&
      mention.first > trigger.token &&
      distance(trigger, mention) <= OBJECT_WINDOW
    ) {
      addOnce(targets, mention.entity);
    } else free.push(mention);
  }
  const after = free.filter(
    (mention) => mention.first > trigger.token && distance(trigger, mention) <= OBJECT_WINDOW,
  );
  const before = free.filter(
    (mention) => mention.last < trigger.token && distance(trigger, mention) <= SVO_WINDOW,
  );
  const next = after[0];
  const adjacent = next !== undefined && distance(trigger, next) <= SUBJECT_GAP ? next : undefined;
  const isVerb = trigger.class === "verb" || trigger.class === "word" || trigger.class === "announce";
  if (trigger.passive || (trigger.class === "word-passive" && adjacent !== undefined)) {
    if (adjacent !== undefined) addOnce(targets, adjacent.entity);
    else if (before.length > 0) addOnce(targets, before[before.length - 1]!.entity);
  } else if (isVerb) {
    // After أن/إن the clause is nominal (أن المحكمة منحت كلاي العفو): the noun right before the
    // verb is its subject, and the name after it its object.
    const fronted = before[before.length - 1];
    const nominal =
      fronted !== undefined &&
      fronted.last === trigger.token - 1 &&
      cueBefore(fronted, tokens, keys, lexicon) === "complement"
        ? fronted
        : undefined;
    const subject = nominal ?? adjacent ?? before[before.length - 1] ?? next;
    // A far subject is a guess: coordinating it would swallow the object (توعد رئيس الوزراء إيران وحزب الله).
    const subjects =
      subject === undefined
        ? []
        : subject === next && subject !== adjacent
          ? [subject]
          : withCoordinated(subject, free, tokens);
    if (actors.length === 0) for (const mention of subjects) addOnce(actors, mention.entity);
    // The object follows the whole subject list (قطعت السعودية والإمارات والبحرين ومصر العلاقات مع قطر).
    const last = subjects[subjects.length - 1];
    const anchor = last !== undefined && last.last > trigger.token ? last.last : trigger.token;
    const object = free.find(
      (mention) =>
        mention.first > anchor &&
        mention.first - anchor <= OBJECT_WINDOW &&
        !subjects.some((other) => other.entity === mention.entity),
    );
    if (object !== undefined && targets.length === 0) {
      for (const mention of withCoordinated(object, free, tokens)) addOnce(targets, mention.entity);
    }
  } else {
    // A noun: its possessor is the word right after it (مقتل البغدادي، غارات التحالف).
    const possessor = next !== undefined && next.first === trigger.token + 1 ? next : undefined;
    if (possessor !== undefined) {
      if (trigger.class === "noun-patient") addOnce(targets, possessor.entity);
      else if (actors.length === 0) addOnce(actors, possessor.entity);
    }
    // Without a possessor, the subject of the verb governing the noun acts (أعلنت مصر، الخميس، إرسال…;
    // كشف الجيش عن مقتل…): the nearest participant before it, within SVO_WINDOW.
    const subject = before[before.length - 1];
    if (actors.length === 0 && subject !== undefined) {
      addOnce(actors, subject.entity);
    }
  }
  return {
    actors: actors.filter((id) => !targets.includes(id)),
    targets,
    place: place?.entity ?? null,
    time: nearestTime(trigger, times, tokens),
  };
}

/** Words that open a new clause: a date beyond them dates another event (… في 2014، فيما قتل …). */
const CLAUSE_OPENERS = new Set(["فيما", "بينما", "ثم", "حيث", "حين", "عندما"]);

/** True when a semicolon or a clause-opening word stands between offsets `from` and `to`. */
function crossesClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (const token of spansWithin(tokens, from, to)) {
    if (token.start < from || token.end > to) continue;
    if (token.kind === "punct" && CLAUSE_PUNCTUATION.has(token.text)) return true;
    if (CLAUSE_OPENERS.has(token.key)) return true;
  }
  return false;
}
// Not the comma: news sets the date off with commas right by its verb (أعلن الجيش، السبت، أن …).
const CLAUSE_PUNCTUATION = new Set(["؛", ";"]);

/**
 * The value of the date or time expression nearest the trigger in its sentence (durations and sets
 * do not date it), preferring one in the trigger's own clause.
 */
function nearestTime(
  trigger: Span,
  times: readonly TimeExpression[],
  tokens: readonly Token[],
): string | null {
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  for (const time of times) {
    if (time.type !== "DATE" && time.type !== "TIME") continue;
    // A date after the trigger usually dates it (قتل … عام 2019); one before often ends the previous clause.
    let gap = time.start >= trigger.end ? time.start - trigger.end : 2 * (trigger.start - time.end);
    const [from, to] = time.start >= trigger.end ? [trigger.end, time.start] : [time.end, trigger.start];
    if (crossesClause(tokens, from, to)) gap += CLAUSE_PENALTY;
    if (gap < bestDistance) {
      best = time;
      bestDistance = gap;
    }
  }
  return best?.value ?? null;
}

/** Added to the distance of a date in another clause: it wins only when the trigger's clause has none. */
const CLAUSE_PENALTY = 10_000;
