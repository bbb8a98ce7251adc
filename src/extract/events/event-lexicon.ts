/**
 * The event-triggers lexicon (data/lexicons/event-triggers/event-triggers.tsv) compiled for look-ups
 * by the match key of a token's stem segment. A verb line is written as the past-tense third person
 * masculine singular (قتل، اعتقل، أعلن); its perfect and imperfect inflections (قتلت، قتلوا، يقتل،
 * تعتقل، يعلنون) are compiled in, so a stem is looked up with one Map access. Nouns get their
 * accusative, dual and sound plural forms (هجوما، غارتين، اعتقالات). Voice needs no entry of its own:
 * unvocalised قتل is both قَتل and قُتل, and the match key drops the vowels of a vocalised قُتل.
 */
import { MarsadError } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";

/**
 * A PLOVER category, one of the lexicon header's `types=` list (the categories the gold guidelines
 * use, eval/gold/FORMAT.md): the data holds the list, so the gold checker reads the same one.
 */
export type EventType = string;

/**
 * How a trigger is used: `verb` (inflected), `noun` (its possessor is the actor: غارات التحالف),
 * `noun-patient` (its possessor is the target: مقتل البغدادي), `word` (exact form, no article),
 * `word-passive` (a passive form whose first entity is the target: أطيح، أدين), `announce` (أعلن:
 * names an event by the noun after it).
 */
export type TriggerClass = "verb" | "noun" | "noun-patient" | "word" | "word-passive" | "announce";

/** Words that shape an event without naming one. */
export type CueClass =
  | "negation"
  | "possible"
  | "possible-imperfect"
  | "passive"
  | "attempt"
  | "place-cue"
  | "agent-cue"
  | "target-cue"
  | "complement"
  | "declare-object"
  | "count"
  | "attribution"
  | "name-head";

const TRIGGER_CLASSES: ReadonlySet<string> = new Set<TriggerClass>([
  "verb",
  "noun",
  "noun-patient",
  "word",
  "word-passive",
  "announce",
]);
const CUE_CLASSES: ReadonlySet<string> = new Set<CueClass>([
  "negation",
  "possible",
  "possible-imperfect",
  "passive",
  "attempt",
  "place-cue",
  "agent-cue",
  "target-cue",
  "complement",
  "declare-object",
  "count",
  "attribution",
  "name-head",
]);

/** A context condition: one of `keys` must (or must not) occur in the next tokens, or just before. */
export interface TriggerContext {
  readonly where: "next" | "not-next" | "previous";
  readonly keys: ReadonlySet<string>;
}

/** One reading of a trigger form. */
export interface TriggerSense {
  readonly type: EventType;
  readonly class: TriggerClass;
  /** The lexicon form (with hamza), for tests and debugging. */
  readonly form: string;
  readonly context: TriggerContext | null;
}

export interface EventLexicon {
  readonly name: string;
  readonly version: string;
  /** The event types an entry may have, from the header's `types=` (ASSAULT, KILL, …). */
  readonly types: readonly EventType[];
  /** Stem match key → readings, those with a context condition first. */
  readonly triggers: ReadonlyMap<string, readonly TriggerSense[]>;
  /** Match key → cue class (and its optional condition). */
  readonly cues: ReadonlyMap<string, { readonly class: CueClass; readonly context: TriggerContext | null }>;
}

const SOURCE = "data/lexicons/event-triggers/event-triggers.tsv";

function fail(line: number, message: string): never {
  throw new MarsadError("input.format", SOURCE, `line ${line}: ${message}`);
}

/** Perfect suffixes (هو هي هما هم هن نحن أنتم) and imperfect prefixes and suffixes of Arabic verbs. */
const PERFECT_SUFFIXES = ["", "ت", "تا", "ا", "وا", "ن", "نا", "تم"];
const IMPERFECT_PREFIXES = ["ي", "ت", "ن"];
const IMPERFECT_SUFFIXES = ["", "ون", "ان", "ين", "وا", "ن", "ا"];

/**
 * The inflected keys of a verb: the imperfect drops the prosthetic alef of derived forms
 * (اعتقل → يعتقل) and the hamza-alef of form IV (أعلن → يعلن); both fold to ا in the key.
 */
export function verbKeys(key: string): string[] {
  const out = PERFECT_SUFFIXES.map((suffix) => key + suffix);
  // A final ى folds to ي; the perfect with suffixes writes it as ي/ا (ألقى → ألقت، ألقوا).
  const base = key.startsWith("ا") ? key.slice(1) : key;
  for (const prefix of IMPERFECT_PREFIXES) {
    for (const suffix of IMPERFECT_SUFFIXES) out.push(prefix + base + suffix);
  }
  if (key.endsWith("ي")) {
    const root = key.slice(0, -1);
    out.push(root + "ت", root + "وا", root + "ا");
  }
  // A hollow verb's long ا is ي in the imperfect of forms IV and X: أطاح → يطيح، استقال → يستقيل.
  const hollow = /^(است|ا)(.)ا(.)$/.exec(key);
  if (hollow !== null && (hollow[1] === "است" || key.length === 4)) {
    const stem = (hollow[1] === "است" ? "ست" : "") + hollow[2] + "ي" + hollow[3];
    for (const prefix of IMPERFECT_PREFIXES) {
      for (const suffix of IMPERFECT_SUFFIXES) out.push(prefix + stem + suffix);
    }
  }
  return out;
}

/** Noun keys: the form, accusative tanwin alef, dual and sound feminine plural. */
export function nounKeys(key: string): string[] {
  if (key.endsWith("ه")) {
    const root = key.slice(0, -1);
    return [key, root + "ات", root + "تان", root + "تين"];
  }
  return [key, key + "ا", key + "ان", key + "ين", key + "ات"];
}

function parseContext(field: string | undefined, line: number): TriggerContext | null {
  if (field === undefined || field === "") return null;
  const marker = field[0];
  const where = marker === "+" ? "next" : marker === "-" ? "not-next" : marker === "<" ? "previous" : null;
  if (where === null) fail(line, `context ${JSON.stringify(field)} must start with +, - or <`);
  const keys = field
    .slice(1)
    .split("|")
    .filter((word) => word !== "")
    .map((word) => matchKey(word));
  if (keys.length === 0) fail(line, "context lists no words");
  // The accusative with tanwin alef (صاروخا، تحقيقا), as an indefinite object after a verb is
  // written, compiled in so a look-up stays one Set access.
  const accusative = keys.filter((key) => key.length > 2 && !/[اهي]$/.test(key)).map((key) => key + "ا");
  return { where, keys: new Set([...keys, ...accusative]) };
}

/** Compiles the text of the lexicon file (header line, then `form	class	type[	context]`). */
export function parseEventLexicon(data: string): EventLexicon {
  const lines = data.split(/\r?\n/);
  const header = lines[0] ?? "";
  const name = /\bname=(\S+)/.exec(header)?.[1];
  const version = /\bversion=(\S+)/.exec(header)?.[1];
  const types = /\btypes=(\S+)/.exec(header)?.[1]?.split(",");
  if (!header.startsWith("#") || name === undefined || version === undefined || types === undefined) {
    fail(1, "the header line must give name=, version= and types=");
  }
  const eventTypes: ReadonlySet<string> = new Set(types);
  const triggers = new Map<string, TriggerSense[]>();
  const cues = new Map<string, { class: CueClass; context: TriggerContext | null }>();
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]!;
    if (text.trim() === "" || text.startsWith("#")) continue;
    const [form, kind, type, contextField] = text.split("\t");
    if (form === undefined || kind === undefined || type === undefined)
      fail(i + 1, "expected form, class and type");
    const context = parseContext(contextField, i + 1);
    const key = matchKey(form);
    if (CUE_CLASSES.has(kind)) {
      cues.set(key, { class: kind as CueClass, context });
      continue;
    }
    if (!TRIGGER_CLASSES.has(kind)) fail(i + 1, `unknown class ${JSON.stringify(kind)}`);
    if (!eventTypes.has(type)) fail(i + 1, `unknown event type ${JSON.stringify(type)}`);
    const sense: TriggerSense = { type, class: kind as TriggerClass, form, context };
    const keys =
      kind === "verb" || kind === "announce"
        ? verbKeys(key)
        : kind === "word" || kind === "word-passive"
          ? [key]
          : nounKeys(key);
    if (kind === "announce") keys.push(...nounKeys(key));
    for (const variant of new Set(keys)) {
      const senses = triggers.get(variant) ?? [];
      // A form listed as such wins over an inflection of another entry (قتل the noun and the verb both stay).
      if (
        !senses.some(
          (other) => other.form === form && other.type === sense.type && other.class === sense.class,
        )
      ) {
        senses.push(sense);
      }
      triggers.set(variant, senses);
    }
  }
  for (const senses of triggers.values()) {
    senses.sort((a, b) => Number(b.context !== null) - Number(a.context !== null));
  }
  return { name, version, types, triggers, cues };
}
