/**
 * The time-words lexicon (data/lexicons/time-words/time-words.tsv) compiled for look-ups by token
 * match key. Each form is folded with `matchKey`; multi-word forms are matched token by token. The
 * proclitics و ف ب ل ك (alone or two together, and لل for the article ال) are compiled in as
 * variants of each form, so a token is looked up with one Map access and no string slicing.
 */
import { MarsadError } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";

export type TimeWordKind =
  | "month"
  | "hijri-month"
  | "weekday"
  | "day-word"
  | "ref-word"
  | "unit"
  | "unit-dual"
  | "unit-plural"
  | "cardinal"
  | "ordinal"
  | "hour"
  | "fraction"
  | "direction"
  | "this"
  | "mod"
  | "approx"
  | "more"
  | "few"
  | "quantifier"
  | "signal"
  | "preposition"
  | "daypart"
  | "season"
  | "decade"
  | "set"
  | "every"
  | "year-word"
  | "month-word"
  | "day-noun"
  | "era"
  | "century-word"
  | "same-day"
  | "zone"
  | "age"
  | "general-title"
  | "ago-after"
  | "anaphoric-day"
  | "future"
  | "extra"
  | "named-event"
  | "occurrence";

const KINDS: ReadonlySet<string> = new Set<TimeWordKind>([
  "month",
  "hijri-month",
  "weekday",
  "day-word",
  "ref-word",
  "unit",
  "unit-dual",
  "unit-plural",
  "cardinal",
  "ordinal",
  "hour",
  "fraction",
  "direction",
  "this",
  "mod",
  "approx",
  "more",
  "few",
  "quantifier",
  "signal",
  "preposition",
  "daypart",
  "season",
  "decade",
  "set",
  "every",
  "year-word",
  "month-word",
  "day-noun",
  "era",
  "century-word",
  "same-day",
  "zone",
  "age",
  "general-title",
  "ago-after",
  "anaphoric-day",
  "future",
  "extra",
  "named-event",
  "occurrence",
]);

/** One line of the lexicon: a form's kind and value (a number when the value is numeric). */
export interface TimeWord {
  readonly kind: TimeWordKind;
  readonly value: string;
  /** `value` read as a number (NaN when it is not one). */
  readonly number: number;
  /** The optional fourth column: `ambiguous`, `after-preposition`, or a TIMEX3 part of day. */
  readonly note: string;
}

/** The forms that start with one key: the keys after the first, and every kind of the form. */
export interface TimeForm {
  readonly rest: readonly string[];
  readonly words: readonly TimeWord[];
}

/** A key of the look-up table: the forms it starts, and how many proclitic letters precede them. */
export interface TimeKey {
  /** Proclitic letters (و ف ب ل ك) before the form in the token; 0 for the form itself. */
  readonly prefix: number;
  /** Longest form first. */
  readonly forms: readonly TimeForm[];
  /** Some form here can begin an expression (في، من، الماضي only continue one). */
  readonly starts: boolean;
  /** Bit set of the kinds of every form here (`kindBit`), to skip detectors that cannot apply. */
  readonly kinds: number;
}

function kindsOf(forms: readonly TimeForm[]): number {
  let bits = 0;
  for (const form of forms) for (const word of form.words) bits |= kindBit(word.kind);
  return bits;
}

/** Kinds that only continue an expression: a token with no other kind starts no attempt. */
const CONTINUING: ReadonlySet<TimeWordKind> = new Set<TimeWordKind>([
  "preposition",
  "direction",
  "era",
  "zone",
  "few",
  "ago-after",
  "age",
  "general-title",
  "same-day",
  "fraction",
  "future",
  "extra",
  "named-event",
  "occurrence",
]);

/** Kinds that can begin an expression, one bit each (at most 31, to stay in a small integer). */
const STARTING_KINDS = ([...KINDS] as TimeWordKind[]).filter((kind) => !CONTINUING.has(kind));

/** The bit of a starting kind in `TimeKey.kinds`; 0 for a kind that only continues an expression. */
export function kindBit(kind: TimeWordKind): number {
  const index = STARTING_KINDS.indexOf(kind);
  return index < 0 || index > 30 ? 0 : 1 << index;
}

function startsExpression(forms: readonly TimeForm[]): boolean {
  return forms.some((form) => form.words.some((word) => !CONTINUING.has(word.kind)));
}

export interface TimeLexicon {
  readonly name: string;
  readonly version: string;
  readonly size: number;
  readonly keys: ReadonlyMap<string, TimeKey>;
}

const PREFIXES = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل"];
/** Forms of this many letters or fewer get no clitic variants: له is "to him", not ل + هـ. */
const SHORTEST_PREFIXED = 2;

function fail(message: string): never {
  throw new MarsadError("input.format", "data/lexicons/time-words/time-words.tsv", message);
}

/** Compiles the text of data/lexicons/time-words/time-words.tsv (header line, then `form	kind	value[	note]`). */
export function parseTimeLexicon(data: string): TimeLexicon {
  const lines = data.split("\n");
  const header = lines[0] ?? "";
  const name = /\bname=(\S+)/.exec(header)?.[1];
  const version = /\bversion=(\S+)/.exec(header)?.[1];
  if (!header.startsWith("#") || name === undefined || version === undefined) {
    fail("the time-words lexicon has no `# name=… version=…` header");
  }
  const byKeys = new Map<string, { keys: string[]; words: TimeWord[] }>();
  let size = 0;
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === "") continue;
    const [form, kind, value, note] = line.split("\t");
    if (form === undefined || kind === undefined || value === undefined || !KINDS.has(kind)) {
      fail(`line ${n + 1} of the time-words lexicon is not \`form	kind	value\` with a known kind`);
    }
    const keys = form
      .split(" ")
      .filter((part) => part !== "")
      .map(matchKey);
    const joined = keys.join(" ");
    let entry = byKeys.get(joined);
    if (entry === undefined) byKeys.set(joined, (entry = { keys, words: [] }));
    entry.words.push({ kind: kind as TimeWordKind, value, number: Number(value), note: note ?? "" });
    size++;
  }
  const direct = new Map<string, TimeForm[]>();
  for (const { keys, words } of byKeys.values()) {
    const first = keys[0]!;
    const list = direct.get(first) ?? [];
    list.push({ rest: keys.slice(1), words });
    direct.set(first, list);
  }
  const table = new Map<string, TimeKey>();
  for (const [first, forms] of direct) {
    forms.sort((a, b) => b.rest.length - a.rest.length);
    table.set(first, { prefix: 0, forms, starts: startsExpression(forms), kinds: kindsOf(forms) });
  }
  for (const [first, forms] of direct) {
    // آب (August) is short, but وآب، لآب are months too: only a month is safe from له-like readings.
    // Not after ب: folded, بآب is باب ("door", في باب، من باب), far more often written than the month.
    const isMonth = forms.every((form) => form.words.every((word) => word.kind === "month"));
    const short = first.length <= SHORTEST_PREFIXED;
    if (short && !isMonth) continue;
    const variants = PREFIXES.filter((prefix) => !(short && prefix.endsWith("ب"))).map((prefix) => ({
      key: prefix + first,
      prefix: prefix.length,
    }));
    if (first.startsWith("ال")) {
      // ل + ال is written لل: للعام. Like the gold, the span starts after لل (at عام).
      const bare = first.slice(2);
      variants.push(
        { key: "لل" + bare, prefix: 2 },
        { key: "ولل" + bare, prefix: 3 },
        { key: "فلل" + bare, prefix: 3 },
      );
    }
    for (const { key, prefix } of variants) {
      if (!direct.has(key) && !table.has(key)) {
        table.set(key, { prefix, forms, starts: startsExpression(forms), kinds: kindsOf(forms) });
      }
    }
  }
  return { name: name!, version: version!, size, keys: table };
}

/** True when `key` (a token's match key, without proclitics) is a month name of the lexicon. */
export function isMonthWord(lexicon: TimeLexicon, key: string): boolean {
  const entry = lexicon.keys.get(key);
  return (
    entry !== undefined &&
    entry.prefix === 0 &&
    entry.forms.some((form) => form.rest.length === 0 && form.words.some((word) => word.kind === "month"))
  );
}
