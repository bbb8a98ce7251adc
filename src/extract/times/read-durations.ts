/**
 * Durations: ثلاثة أيام، 73 يوما، عامين، أسبوعا واحدا، عدة أسابيع، سنوات قليلة، أشهرا، الأيام
 * الماضية، الستة الأيام الماضية، الـ24 ساعة الماضية، أكثر من ثلاث سنوات، ساعة تقريبا; and, after a
 * signal (منذ، قبل، خلال، لمدة) or ل, a bare plural or singular: منذ أشهر، بعد عام من، لأسبوع.
 */
import type { TimeBase, TimeMod, TimeUnit } from "./normalize-time.js";
import { readNumber } from "./number-words.js";
import { clockAt } from "./read-days.js";
import { hasArticle, keyAt, kindAt, type Piece, type Scan } from "./scan.js";
import type { TimeWordKind } from "./time-lexicon.js";

/** Kinds of words after which a singular unit names a day or a date, not a duration (يوم الجمعة، عام 2013). */
const DATE_AFTER_UNIT: readonly TimeWordKind[] = [
  "month",
  "hijri-month",
  "weekday",
  "day-word",
  "month-word",
];

/** أكثر من ثلاث سنوات، نحو عامين، أقل من شهر: the modifier belongs to the span. */
export function moreThan(scan: Scan, i: number): Piece | null {
  const more = kindAt(scan, i, "more") ?? kindAt(scan, i, "approx");
  if (more === null || keyAt(scan, i) === "تقريبا") return null;
  // نحو الساعة 11:30: an approximate clock time.
  const clock = more.word.value === "APPROX" ? clockAt(scan, more.end) : null;
  if (clock !== null && clock.prefix === 0 && clock.parse.clock !== undefined) {
    return { end: clock.end, prefix: more.prefix, parse: { ...clock.parse, mod: "APPROX" } };
  }
  const duration = parseDuration(scan, more.end, true);
  if (duration === null || duration.prefix > 0 || duration.parse.mod !== undefined) return null;
  return {
    end: duration.end,
    prefix: more.prefix,
    parse: { ...duration.parse, mod: more.word.value as TimeMod },
  };
}

/** A duration at token `i`; `loose` (after a signal or a modifier) also takes a bare plural or singular unit. */
export function parseDuration(scan: Scan, i: number, loose: boolean): Piece | null {
  let k = i;
  let mod: TimeMod | undefined;
  const approx = loose ? (kindAt(scan, k, "more") ?? kindAt(scan, k, "approx")) : null;
  if (approx !== null && keyAt(scan, k) !== "تقريبا") {
    mod = approx.word.value as TimeMod;
    k = approx.end;
  }
  const prefixAt = (first: number, prefix: number) =>
    approx !== null && mod !== undefined ? approx.prefix : first === i ? prefix : 0;
  const counted = countedDuration(scan, i, k, prefixAt);
  const read = counted !== null ? withMonths(scan, counted) : unitDuration(scan, i, k, loose, prefixAt);
  if (read === null) return null;
  const piece = withHalf(scan, read);
  // (عام ونصف) after a name, تبلغ من العمر عاما ونصف: an age, as isAge reads a counted one.
  const base = read.parse.base;
  if (piece !== read && base.kind === "duration" && isAge(scan, k, base.unit, piece.end)) return null;
  // ثلاثة أشهر إضافية، عامين آخرين: the adjective is part of the amount.
  const extra = kindAt(scan, piece.end, "extra", false);
  return withApprox(scan, extra === null ? piece : { ...piece, end: extra.end }, mod);
}

type PrefixAt = (first: number, prefix: number) => number;

/** ثلاثة أيام، 73 يوما، الـ24 ساعة الماضية، الستة الأيام الماضية: a count, then a unit. */
function countedDuration(scan: Scan, i: number, k: number, prefixAt: PrefixAt): Piece | null {
  const first = k;
  if (keyAt(scan, k) === "ال" && scan.tokens[k + 1]?.kind === "number") k++;
  const count = readNumber(scan.tokens, scan.lexicon, k, true);
  if (count === null || count.value === 0) return null;
  const article = first !== k || count.article;
  const range = readRangeEnd(scan, count.end);
  const unitAt = range ?? count.end;
  const unit = kindAt(scan, unitAt, "unit", false) ?? kindAt(scan, unitAt, "unit-plural", false);
  if (unit === null) return null;
  // ما بين 3 و6 أشهر: a range is one span with a fuzzy count (the gold's PXM).
  if (range !== null) return durationPiece(unit.end, prefixAt(first, count.prefix), unit.word.value, null);
  const unitArticle = hasArticle(scan, unit, count.end);
  // الستة الأيام الماضية is written with the article on both; ثلاثة الأيام is not a duration.
  if (unitArticle !== count.article) return null;
  if (isAge(scan, i, unit.word.value, unit.end)) return null;
  let end = unit.end;
  const direction = kindAt(scan, end, "direction", false);
  if (direction !== null && article) end = direction.end;
  if (count.value === 0.5) {
    // نصف قرن، نصف ساعة: half a unit, counted in the next smaller one (P50Y, PT30M).
    const half = HALVES[unit.word.value];
    return half === undefined ? null : durationPiece(end, prefixAt(first, count.prefix), half[0], half[1]);
  }
  return durationPiece(end, prefixAt(first, count.prefix), unit.word.value, count.value);
}

/**
 * عشر سنوات ونصف سنة، ثماني سنوات وتسعة أشهر، ثلاث سنوات وشهرين (a prison term): a count of years
 * and months joined by و are one duration, counted in months (P126M, P105M, P38M), as a value holds
 * one unit. Other pieces stay as read (عامين وشهرين, a dual of years, is two durations still).
 */
function withMonths(scan: Scan, years: Piece): Piece {
  const base = years.parse.base;
  if (base.kind !== "duration" || base.unit !== "Y" || base.count === null) return years;
  const own = (_first: number, prefix: number) => prefix;
  const months =
    countedDuration(scan, years.end, years.end, own) ?? unitDuration(scan, years.end, years.end, false, own);
  const more = months?.parse.base;
  // (The و must be the months' own conjunction, written on their first word.)
  if (months === null || months.prefix !== 1 || more?.kind !== "duration") return years;
  if (more.unit !== "M" || more.count === null) return years;
  return durationPiece(months.end, years.prefix, "M", 12 * base.count + more.count);
}

/**
 * عام ونصف (عام)، عامين ونصف العام، ساعة ونصف الساعة، شهر ونصف: a count and a half of a unit is one
 * duration, counted in the next smaller unit (P18M, P30M, PT90M, P45D), as a value holds one unit.
 */
function withHalf(scan: Scan, piece: Piece): Piece {
  const base = piece.parse.base;
  if (base.kind !== "duration" || base.count === null || !isHalfAt(scan, piece.end)) return piece;
  const half = HALVES[base.unit];
  if (half === undefined) return piece;
  let end = piece.end + 1;
  // The unit may be said again after نصف, with or without the article (ونصف عام، ونصف العام).
  const unit = kindAt(scan, end, "unit", false);
  if (unit !== null && unit.word.value === base.unit && (unit.prefix === 0 || hasArticle(scan, unit, end)))
    end = unit.end;
  const [smaller, halfCount] = half;
  return durationPiece(end, piece.prefix, smaller, 2 * halfCount * base.count + halfCount);
}

/** Token i is ونصف, the conjunction written on نصف. */
function isHalfAt(scan: Scan, i: number): boolean {
  const half = kindAt(scan, i, "cardinal");
  return half !== null && half.word.number === 0.5 && half.prefix === 1 && keyAt(scan, i).startsWith("و");
}

/** Half of a unit as a whole count of a smaller one; a half week has none. */
const HALVES: Readonly<Record<string, readonly [TimeUnit, number]>> = {
  CE: ["Y", 50],
  DE: ["Y", 5],
  Y: ["M", 6],
  M: ["D", 15],
  D: ["H", 12],
  H: ["MIN", 30],
  MIN: ["S", 30],
};

/** 3 و6، 3-6، 3 إلى 6، ثلاثة أو أربعة: the words between a range's two numbers. */
const RANGE_JOINERS: ReadonlySet<string> = new Set(["و", "-", "إلى", "الى", "أو", "او"]);

/** The token after the second number of a range "3 و6" (or "3 إلى 6", "3-6"), or null. */
function readRangeEnd(scan: Scan, i: number): number | null {
  const joiner = scan.tokens[i]?.text;
  if (!RANGE_JOINERS.has(joiner ?? "")) return null;
  const second = readNumber(scan.tokens, scan.lexicon, i + 1);
  return second === null || second.prefix > 0 ? null : second.end;
}

/**
 * Ages are not time expressions in the gold: عمره 20 عاما، البالغ من العمر 63 عاما، توفي عن 91
 * عاما، يوسفزاي (20 عاما).
 */
function isAge(scan: Scan, i: number, unit: string, end: number): boolean {
  if (unit !== "Y") return false;
  const before =
    kindAt(scan, i - 1, "age") ?? (keyAt(scan, i - 2) === "من" ? kindAt(scan, i - 2, "age") : null);
  if (before !== null && (before.word.value !== "died" || keyAt(scan, end - 1).endsWith("ا"))) return true;
  // كان عمرها حينئذ 38 عاما، تتراوح أعمارهم بين 10 و12 عاما، تقل أعمارهم عن 4 سنوات: عمر a few
  // words back, in the clause.
  for (let k = i - 2; k >= 0 && k >= i - AGE_REACH; k--) {
    const token = scan.tokens[k]!;
    if (token.kind === "punct" || token.kind === "number") break;
    const age = kindAt(scan, k, "age");
    if (age !== null && age.word.value !== "died") return true;
  }
  // بين عشرة أعوام و12 عاما: the second bound of an age range is an age too.
  const joiner = scan.tokens[i - 1];
  if (joiner?.text === "و" && scan.tokens[i - 2]?.kind === "word") {
    const unitBefore = kindAt(scan, i - 2, "unit-plural") ?? kindAt(scan, i - 2, "unit");
    const count = unitBefore === null ? -1 : countStart(scan, i - 2);
    if (count >= 0 && isAge(scan, count, "Y", i - 1)) return true;
  }
  const open = scan.tokens[i - 1]?.text;
  const close = scan.tokens[end]?.text;
  if (open === "(" && close === ")") return true;
  // لاغير، 22 عاما، ما حدث: a bare age in apposition to a name, set off by commas (عاما، سنة).
  return (
    (open === "،" || open === ",") &&
    (close === "،" || close === ",") &&
    end === i + 2 &&
    APPOSED_AGE_UNITS.has(keyAt(scan, end - 1))
  );
}

/** Units of a bare age between commas after a name (فلان، 28 عاما، / 28 سنة،), match keys. */
const APPOSED_AGE_UNITS = new Set(["عاما", "سنه"]);

/** Words an age word may stand back from its number (عمرها حينئذ 38 عاما). */
const AGE_REACH = 4;

/** The first token of the count that ends just before token `unit` (عشرة in عشرة أعوام), or -1. */
function countStart(scan: Scan, unit: number): number {
  for (let k = unit - 1; k >= 0 && k >= unit - 3; k--) {
    const count = readNumber(scan.tokens, scan.lexicon, k);
    if (count !== null && count.end === unit) return k;
  }
  return -1;
}

/** A duration without a count word: dual, quantified, plural with an article or after a signal, singular. */
function unitDuration(scan: Scan, i: number, k: number, loose: boolean, prefixAt: PrefixAt): Piece | null {
  const quantifier = kindAt(scan, k, "quantifier");
  if (quantifier !== null) {
    const unit =
      kindAt(scan, quantifier.end, "unit-plural", false) ?? kindAt(scan, quantifier.end, "unit", false);
    if (unit === null) return null;
    return durationPiece(unit.end, prefixAt(k, quantifier.prefix), unit.word.value, null);
  }
  const dual = kindAt(scan, k, "unit-dual");
  if (dual !== null) {
    const direction = kindAt(scan, dual.end, "direction", false);
    if (hasArticle(scan, dual, k) && direction === null) return null;
    if (dual.word.note === "ambiguous" && !loose && direction === null) return null;
    return durationPiece(direction?.end ?? dual.end, prefixAt(k, dual.prefix), dual.word.value, 2);
  }
  const plural = kindAt(scan, k, "unit-plural");
  if (plural !== null) return pluralDuration(scan, i, k, loose, plural.end, plural.prefix, prefixAt);
  return singularDuration(scan, i, k, loose, prefixAt);
}

function pluralDuration(
  scan: Scan,
  i: number,
  k: number,
  loose: boolean,
  end: number,
  prefix: number,
  prefixAt: PrefixAt,
): Piece | null {
  const plural = kindAt(scan, k, "unit-plural")!;
  const unit = plural.word.value;
  if (hasArticle(scan, plural, k)) {
    // الأيام الماضية، السنوات الخمس الماضية، الأيام القليلة المقبلة.
    let last = end;
    // الأشهر الـ18 الماضية: the article written apart before digits belongs to the number.
    if (keyAt(scan, last) === "ال" && scan.tokens[last + 1]?.kind === "number") last++;
    const inner = readNumber(scan.tokens, scan.lexicon, last, true);
    let n: number | null = null;
    if (inner !== null) [n, last] = [inner.value, inner.end];
    const few = kindAt(scan, last, "few", false);
    if (few !== null) last = few.end;
    const direction = kindAt(scan, last, "direction", false);
    // خلال الساعات التي سبقت القمة: a signal and a relative clause bound the stretch; its length is vague.
    if (direction === null && n === null && few === null && kindAt(scan, k - 1, "signal") !== null) {
      const relative = keyAt(scan, last);
      if (relative === "التي" || relative === "الذي")
        return durationPiece(last, prefixAt(k, prefix), unit, null);
    }
    if (direction === null) return null;
    return durationPiece(direction.end, prefixAt(k, prefix), unit, n);
  }
  const few = kindAt(scan, end, "few", false);
  if (few !== null) return durationPiece(few.end, prefixAt(k, prefix), unit, null);
  // منذ أيام الحرب: a plural before a noun of its own is "the days of", not a duration.
  if (keyAt(scan, end).startsWith("ال") && kindAt(scan, end, "direction", false) === null) return null;
  const accusative = plural.word.note === "accusative";
  if (
    loose ||
    accusative ||
    (prefix > 0 && keyAt(scan, i).startsWith("ل") && plural.word.note !== "ambiguous")
  ) {
    return durationPiece(end, prefixAt(k, prefix), unit, null);
  }
  return null;
}

/** بعد عام من، لمدة شهر، لأسبوع، أسبوعا واحدا: one unit, after a signal or ل, or with واحد. */
function singularDuration(
  scan: Scan,
  i: number,
  k: number,
  loose: boolean,
  prefixAt: PrefixAt,
): Piece | null {
  const unit = kindAt(scan, k, "unit");
  if (unit === null || hasArticle(scan, unit, k) || unit.word.note === "ambiguous") return null;
  const one = kindAt(scan, unit.end, "cardinal", false);
  if (one !== null && one.word.number === 1)
    return durationPiece(one.end, prefixAt(k, unit.prefix), unit.word.value, 1);
  const viaLam = unit.prefix > 0 && keyAt(scan, i).startsWith("ل");
  // عام ونصف needs no signal: a unit and a half is a length of time.
  if (!loose && !viaLam && !isHalfAt(scan, unit.end)) return null;
  const next = scan.tokens[unit.end];
  if (next !== undefined && next.kind === "number") return null;
  for (const kind of DATE_AFTER_UNIT) if (kindAt(scan, unit.end, kind) !== null) return null;
  // عام is also "general" (الرأي العام is caught by the article; عام بعد عام is fine).
  if (keyAt(scan, unit.end).startsWith("ال") && kindAt(scan, unit.end, "direction", false) === null)
    return null;
  return durationPiece(unit.end, prefixAt(k, unit.prefix), unit.word.value, 1);
}

/** ساعة تقريبا: an approximation written after the duration; شهور قليلة مضت: a past point. */
function withApprox(scan: Scan, piece: Piece, mod: TimeMod | undefined): Piece {
  const ago = kindAt(scan, piece.end, "ago-after", false);
  if (ago !== null && piece.parse.base.kind === "duration") {
    const { unit, count } = piece.parse.base;
    const base: TimeBase =
      count === null ? { kind: "ref", value: "PAST_REF" } : { kind: "relative", unit, offset: -count };
    return { ...piece, end: ago.end, parse: mod === undefined ? { base } : { base, mod } };
  }
  if (mod !== undefined) return { ...piece, parse: { ...piece.parse, mod } };
  if (keyAt(scan, piece.end) === "تقريبا")
    return { ...piece, end: piece.end + 1, parse: { ...piece.parse, mod: "APPROX" } };
  return piece;
}

function durationPiece(end: number, prefix: number, unit: string, count: number | null): Piece {
  const base: TimeBase = { kind: "duration", unit: unit as TimeUnit, count };
  return { end, prefix, parse: { base } };
}
