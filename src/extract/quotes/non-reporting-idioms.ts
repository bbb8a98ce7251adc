/**
 * Phrases around a source that hold a word of the speech-cues lexicon but report nothing: يدعى
 * "called" (رجل يدعى فلان), يبلغ before an age or a number (يبلغ من العمر), طلب before asylum
 * (طلب اللجوء), and a source declining to be named (رفض نشر اسمه، تحدث شريطة عدم الكشف عن
 * هويته). The cue finder drops such words; the speaker reader ends a source's phrase before them
 * or takes the name after يدعى. Token-level, read before the Reading exists.
 */
import type { Token } from "../../doc/index.js";

/**
 * The cue word at `i` reports nothing here. `isComplementizer` tells whether a token is إن/أن and
 * its kin (the lexicon's; يدعى before one is "claims that").
 */
export function reportsNothing(
  tokens: readonly Token[],
  i: number,
  isComplementizer: (token: Token) => boolean,
): boolean {
  return (
    isNamedPassive(tokens, i, isComplementizer) ||
    isAmounting(tokens, i) ||
    isAnonymity(tokens, i) ||
    isSeekingAsylum(tokens, i)
  );
}

/** طلب، يطلبون … with و or ف: the verbs of asking. */
const ASKS = /^[وف]?(طلب|طلبت|طلبوا|طلبا|يطلب|تطلب|يطلبون)$/;

/** Words between طلب and اللجوء (طلب القنطار اللجوء، طلب المعارض السوري اللجوء). */
const MAX_ASYLUM_GAP = 3;

/** طلب اللجوء، طلب فلان اللجوء: applying for asylum, no words asked of anyone. */
function isSeekingAsylum(tokens: readonly Token[], i: number): boolean {
  if (!ASKS.test(tokens[i]!.key)) return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 2 + MAX_ASYLUM_GAP); j++) {
    if (tokens[j]!.kind !== "word") return false;
    if (/^(اللجوء|لجوء)/.test(tokens[j]!.key)) return true;
  }
  return false;
}

/** يدعى، تدعى with ى and no proclitic: the passive of دعا, "called", not يدعي "claims". */
const NAMED_PASSIVE = /^[يت]د[\u064b-\u0652]*عى$/;

/** The word is يدعى/تدعى, "called" (or "claims" spelt with ى: the caller looks at what follows). */
export function isCalled(token: Token): boolean {
  return NAMED_PASSIVE.test(token.text);
}

/**
 * شاهد عيان يدعى يوسف نجاح، امرأة تدعى فلانة: after a word, with no complementizer after it, يدعى
 * names the noun before it and reports nothing (يدعى أن, with ى for ي, is still "claims that").
 */
function isNamedPassive(
  tokens: readonly Token[],
  i: number,
  isComplementizer: (token: Token) => boolean,
): boolean {
  if (i === 0 || tokens[i - 1]!.kind !== "word" || !isCalled(tokens[i]!)) return false;
  const next = tokens[i + 1];
  return next === undefined || !isComplementizer(next);
}

/** يبلغ، تبلغ: an imperfect of بلغ, "amounts to" as often as "informs". */
const AMOUNTS = /^[وف]?[يت]بلغ$/;
/** What one's age, a number or a size amounts to (يبلغ من العمر، يبلغ عددهم، تبلغ قيمتها). */
const MEASURE = /^(عمر|عدد|تعداد|قيم|حجم|طول|مساح|نسب)/;

/** رجل يبلغ من العمر 23 عاما، الذين يبلغ تعدادهم: a measure, not "informs". */
function isAmounting(tokens: readonly Token[], i: number): boolean {
  if (!AMOUNTS.test(tokens[i]!.key)) return false;
  const next = tokens[i + 1]?.key ?? "";
  return MEASURE.test(next) || (next === "من" && (tokens[i + 2]?.key ?? "").startsWith("العمر"));
}

/** What a source declines to give (رفض نشر اسمه، طلب عدم الكشف عن هويته): match-key prefixes. */
const WITHHELD = /^(اسم|هوي)/;
const DISCLOSING = new Set(["نشر", "ذكر", "كشف", "الكشف", "الافصاح", "اعلان", "التحفظ"]);
/** عدم (match key): طلب عدم الكشف عن هويته. */
const NOT = "عدم";

/**
 * متحدثة رفضت نشر اسمها، مصدر طلب عدم الكشف عن هويته: declining to be named describes an
 * anonymous source; the verb reports nothing, and the report is the source's main verb's.
 */
function isAnonymity(tokens: readonly Token[], i: number): boolean {
  return withholdsName(tokens, i) || (i > 0 && declinesToBeNamed(tokens, i - 1));
}

/**
 * Token `i` opens the phrase of an anonymous source: رفض نشر اسمه، طلب عدم الكشف عن هويته،
 * تحدث شريطة عدم الكشف عن هويته (who spoke on condition of anonymity is named before it).
 */
export function withholdsName(tokens: readonly Token[], i: number): boolean {
  if (declinesToBeNamed(tokens, i)) return true;
  return CONDITION.has(tokens[i + 1]?.key ?? "") && declinesToBeNamed(tokens, i + 1);
}

/** شريطة، بشرط (match keys): "on condition that". */
const CONDITION = new Set(["شريطه", "بشرط"]);

/**
 * Token `i` is followed by a word of disclosing (perhaps after عدم) and then the name or identity
 * withheld (رفض نشر اسمه، طلب عدم الكشف عن هويته): the phrase of an anonymous source ends there.
 */
function declinesToBeNamed(tokens: readonly Token[], i: number): boolean {
  const not = tokens[i + 1]?.key === NOT ? 1 : 0;
  if (!DISCLOSING.has(tokens[i + 1 + not]?.key ?? "")) return false;
  for (let k = i + 2 + not; k < Math.min(tokens.length, i + 5 + not); k++) {
    if (WITHHELD.test(tokens[k]!.key)) return true;
  }
  return false;
}
