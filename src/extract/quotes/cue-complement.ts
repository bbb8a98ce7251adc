/**
 * Where a reporting cue's content begins: after إن/أن, a colon or a quotation mark, after the
 * preposition its verb governs (دعا X إلى Y، اتهم X بـY), or at the fragment a naming verb quotes.
 */
import type { Token } from "../../doc/index.js";
import { isLetterName, matchKey } from "../../text/index.js";
import { joinedQuotation, type QuotePair } from "./direct-quotes.js";
import { isQuoteMark } from "../../text/quote-marks.js";
import type { Cue } from "./find-cues.js";
import { isDefinite } from "./find-speaker.js";
import {
  isA,
  isAcronymDot,
  isColon,
  isComma,
  isInnerDot,
  isStop,
  hasObjectPronoun,
  opensWithWaw,
  type Reading,
} from "./reading.js";
import { classBit, CUE_CLASSES } from "./speech-cues.js";
import { isNegated } from "./not-a-report.js";

/** Tokens a cue may look ahead for its complement (إن/أن, a colon, a quote mark). */
export const MAX_REACH = 40;

/** Tokens between a naming verb and its fragment (وصفه بـ، أطلقت وسائل الإعلام على فلان اسم "…"). */
const MAX_NAMING_GAP = 8;

/** Cue classes that take a complement of their own. */
const SPEAKING = CUE_CLASSES & ~classBit("according") & ~classBit("charge");

/** A quoted stretch this long (in tokens) is speech, not a quoted name (شبكة "سي.إن.إن"). */
const MIN_SPEECH_TOKENS = 4;

/** Where a cue's reported content begins: a token index, and the token the speaker search stops at. */
export interface Complement {
  readonly at: number;
  readonly limit: number;
  /** Where the content ends, when it is a quoted fragment rather than the rest of the clause. */
  readonly end?: number;
}

/**
 * The complement of a cue within [cue.last + 1, reach): the token after إن/أن (not the subjunctive
 * أن after بعد، يجب، لا بد), after a colon, or an opening mark of quoted speech. A short quotation
 * that does not end the clause is a quoted name in the subject and is read past.
 */
export function findComplement(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  cue: Cue,
  reach: number,
): Complement | null {
  const { tokens } = reading;
  const end = Math.min(reach, cue.last + 1 + MAX_REACH);
  /** Inside an attribution between the verb and its content (قال، وفقا لما نقلته الوكالة: "…"). */
  let attribution = false;
  for (let k = cue.last + 1; k < end; k++) {
    const token = tokens[k]!;
    if (isStop(token) && !isInnerDot(tokens, k)) return null;
    // (سي.إن.إن: إن between the dots of an acronym is the letter N.)
    if (isAcronymDot(tokens, k - 1) || isAcronymDot(tokens, k + 1)) continue;
    if (cue.frame === "name" && !pairAt.has(k)) continue;
    // المصدر، الذي طلب عدم ذكر اسمه، أن …: a relative clause between commas describes the
    // subject; its verbs report nothing and the complement comes after it.
    if (isComma(token) && isA(reading, k + 1, "relative")) {
      const close = closingComma(reading, k + 2, end);
      if (close > 0) {
        k = close;
        continue;
      }
    }
    if (isA(reading, k, "according") && cue.role === "verb") attribution = true;
    if (attribution && isComma(token)) attribution = false;
    // A complementizer after another reporting word is that word's (عدم كشف هويته … أعلن أن);
    // a denied one reports nothing (قال مصدر لم يذكر اسمه: "…").
    if (!attribution && ((reading.words[k]?.classes ?? 0) & SPEAKING) !== 0 && !isNegated(reading, k)) {
      // (قال فلان، المشارك في كشف الفضيحة، إن …: a reporting word inside an aside about the
      // subject says nothing of its own; the complement comes after the aside.)
      const close = Math.max(
        asideClosing(reading, cue.last + 1, k, end),
        namedFragmentEnd(reading, pairAt, k),
      );
      if (close < 0) return null;
      k = close;
      continue;
    }
    // تابعت القضية … وأنها: a complementizer with و joins a second clause to an earlier report's
    // أن; no verb takes its content after one.
    if (isA(reading, k, "complementizer") && opensWithWaw(token)) continue;
    // (وفقا لمصادر تحدثت معها الوكالة، فإن …: فإن answers the attribution; no verb takes it.)
    if (isA(reading, k, "complementizer") && token.text.startsWith("ف")) return null;
    if (isA(reading, k, "complementizer") && !(k > 0 && isA(reading, k - 1, "blocker")))
      return { at: k + 1, limit: k };
    if (isColon(token)) return { at: k + 1, limit: k };
    const pair = pairAt.get(k);
    if (pair !== undefined) {
      const inside = pair.close - pair.open - 1;
      const after = tokens[pair.close + 1];
      const endsClause = pair.close + 1 >= reach || after === undefined || isStop(after);
      // وصفه بـ"تدخلات سافرة"، أطلقوا عليها اسم "…": the fragment a naming verb names is quoted
      // speech of its own, however short (أطلق wants the noun: أطلق سراحهم "مؤقتا" names nothing).
      if (isA(reading, cue.first, "naming") && k > 0 && k - cue.last <= MAX_NAMING_GAP) {
        const before = tokens[k - 1]!;
        // (أسمتها بـ"…"، لقبوه بـ"…": a naming verb with its object pronoun names with بـ too.)
        const object = cue.frame !== "name" || hasObjectPronoun(reading, cue.first);
        // (ما سمّاها "…": with its object pronoun a verb of naming takes the name right after it,
        // as its second object.)
        const secondObject = cue.frame === "name" && object && k === cue.last + 1;
        if (isA(reading, k - 1, "name-noun") || (object && isBareBa(before)) || secondObject) {
          return quotedFragment(tokens, pairAt, pair);
        }
      }
      // رفضت بغضب "التهديدات"، أعرب عن شعوره "بالخزي": a verb of stance quotes the speaker's
      // words, however short, unless the quotation is a name (حركة "حماس"، بـ"صفقة القرن" after ما).
      if (cue.frame === "stance" && k - cue.last <= MAX_STANCE_GAP && !notStanceWords(reading, cue, pair)) {
        return quotedFragment(tokens, pairAt, pair);
      }
      // After any other cue a short quotation after بـ or كـ is a name (رفض ما يوصف بـ"صفقة القرن").
      // تنظيم "الدولة الإسلامية": a short quotation after a noun that introduces names is a name.
      // (سفن مثل "أكواريوس": after مثل, "like", a quotation names an example.)
      const initialism = isInitialism(tokens, pair);
      const named =
        (k > 0 &&
          (isBareParticle(tokens[k - 1]!) ||
            isA(reading, k - 1, "name-head") ||
            tokens[k - 1]!.key === LIKE)) ||
        initialism;
      // قال فلان "…"، و"…": a quotation with another joined to it is speech, however short.
      const joined = !named && joinedQuotation(tokens, pairAt, pair) !== undefined;
      const long = inside >= MIN_SPEECH_TOKENS && !initialism;
      if (cue.frame !== "name" && (long || ((endsClause || joined) && !named))) return { at: k, limit: k };
      k = pair.close;
    }
  }
  return null;
}

/**
 * The quotation spells an acronym, Latin letters written in Arabic with dots or spaces and perhaps a
 * last word ("آي. تي. في"، "سي.إن.إن"، "سي إن إن ترك"): a channel's or an agency's name, not
 * words of speech, however many tokens its dots make.
 */
function isInitialism(tokens: readonly Token[], pair: QuotePair): boolean {
  // Only the quotation's last word may be other than a letter's name ("سي إن إن ترك").
  let lastWord = pair.close - 1;
  while (lastWord > pair.open && tokens[lastWord]!.kind !== "word") lastWord--;
  let letters = 0;
  for (let k = pair.open + 1; k < pair.close; k++) {
    const token = tokens[k]!;
    if (token.text === ".") continue;
    if (token.kind !== "word") return false;
    if (isLetterName(token.text)) letters++;
    else if (k !== lastWord) return false;
  }
  return letters >= 2;
}

/** Tokens between a verb of stance and the quotation it takes (اعتذر الوزير عما تسبب فيه من "…"). */
const MAX_STANCE_GAP = 10;

/** مثل and عن (match keys): "like" introduces a name; after عن the quotation is the feeling itself. */
const LIKE = matchKey("مثل");
const ABOUT = matchKey("عن");

/**
 * The quotation after a verb of stance is not its speaker's words: a name (after a noun that
 * introduces names, حركة "…", after مثل, after a naming verb and its بـ, or one entity mention and
 * nothing else, "حماس"), the feeling itself (أعربت عن "قلقها"), or a relative clause's words (أشاد
 * بأسلحة بلاده التي "لا تقهر": they describe the noun, the verb does not take them).
 */
function notStanceWords(reading: Reading, cue: Cue, pair: QuotePair): boolean {
  const { tokens } = reading;
  let before = pair.open - 1;
  if (before < 0) return false;
  if (isA(reading, before, "name-head") || tokens[before]!.key === LIKE || tokens[before]!.key === ABOUT)
    return true;
  if (isBareParticle(tokens[before]!)) before--;
  for (let k = before; k > cue.last && k >= before - 2; k--) if (isA(reading, k, "naming")) return true;
  for (let k = cue.last + 1; k < pair.open; k++) if (isA(reading, k, "relative")) return true;
  const mention = reading.mentionAt[pair.open + 1];
  return mention !== undefined && reading.mentionEndingAt[pair.close - 1] === mention;
}

/** A quoted fragment as a complement, with the quotations joined to it (وصفه بـ"…" و"…"). */
function quotedFragment(
  tokens: readonly Token[],
  pairAt: ReadonlyMap<number, QuotePair>,
  pair: QuotePair,
): Complement {
  let lastPair = pair;
  for (let next = joinedQuotation(tokens, pairAt, pair); next; next = joinedQuotation(tokens, pairAt, next))
    lastPair = next;
  return { at: pair.open, limit: pair.open, end: lastPair.close + 1 };
}

/** Longest relative clause read past between commas, in tokens. */
const MAX_RELATIVE = 20;

/**
 * قال فلان، الذي اعترف بتنفيذ الهجمات، إنه …: a verb inside a relative clause reports no further
 * than the comma that closes it when a complementizer follows: that complement is the main verb's.
 */
export function asideEnd(reading: Reading, cue: Cue, end: number): number {
  let b = cue.first - 1;
  while (b > 0 && isA(reading, b, "aux")) b--;
  if (b < 1 || !isA(reading, b, "relative")) return end;
  const close = closingComma(reading, cue.last + 1, end);
  // (…، وأن كاميرات المراقبة: a complementizer with و joins a second clause to the verb's own.)
  // (…، التي كشفت عن الخبر، فإن …: فإن ends the relative clause too, though it is no verb's.)
  return close > 0 && complementAfterAside(reading, close, true) ? close : end;
}

/**
 * The comma that closes an aside holding token `k`, when the aside opened after `from` with a comma
 * or a relative pronoun (…، المشارك في كشف …، إن; المرأة التي اتهمت …، إنها) and a bare
 * complementizer follows the closing comma: the report's own content. -1 otherwise.
 */
function asideClosing(reading: Reading, from: number, k: number, end: number): number {
  let opened = isA(reading, k - 1, "relative");
  for (let j = from; j < k && !opened; j++) opened = isComma(reading.tokens[j]!);
  if (!opened) return -1;
  const close = closingComma(reading, k + 1, end);
  return close >= 0 && complementAfterAside(reading, close) ? close : -1;
}

/**
 * The closing mark of the name a naming verb at `k` gives in a few words (فصيل تطلق على نفسها
 * "جيش الإسلام"، إنها): the name describes the subject, and the report's content comes after it.
 * -1 when the word at `k` is no naming verb or no quotation follows.
 */
function namedFragmentEnd(reading: Reading, pairAt: ReadonlyMap<number, QuotePair>, k: number): number {
  if (reading.words[k]?.frame !== "name") return -1;
  for (let j = k + 1; j < Math.min(reading.tokens.length, k + 1 + MAX_NAMING_GAP + 2); j++) {
    const pair = pairAt.get(j);
    if (pair !== undefined) return pair.close;
  }
  return -1;
}

/**
 * A bare complementizer (not وأن; فإن only when `answers`) follows the comma at `close`, perhaps
 * after the one word naming whom the speaker told (…، للمحكمة إنه; …، لرويترز إن).
 */
function complementAfterAside(reading: Reading, close: number, answers = false): boolean {
  let at = close + 1;
  const addressee = reading.tokens[at];
  if (addressee !== undefined && addressee.segments[0]?.form === "ل" && addressee.segments.length > 1) at++;
  const after = reading.tokens[at];
  if (after === undefined || !isA(reading, at, "complementizer")) return false;
  return !opensWithWaw(after) && (answers || !after.text.startsWith("ف"));
}

/** The comma that closes a parenthesis opened before `from`, or -1 if a stop or the limit comes first. */
function closingComma(reading: Reading, from: number, end: number): number {
  for (let k = from; k < Math.min(end, from + MAX_RELATIVE); k++) {
    const token = reading.tokens[k]!;
    if (isStop(token) || isColon(token) || isQuoteMark(token)) return -1;
    if (isComma(token)) return k;
    // …، التي قتلت في حمص إن الحكومة: إن (which only قال and its kin take) with no reporting word
    // before it ends the clause without a comma; the complement is the main verb's.
    if (
      token.text.startsWith("إن") &&
      isA(reading, k, "complementizer") &&
      ((reading.words[k - 1]?.classes ?? 0) & SPEAKING) === 0
    )
      return -1;
  }
  return -1;
}

/** Token i opens with the preposition (بالقفز، بـ). */
export function isBefore(reading: Reading, i: number, preposition: string): boolean {
  const token = reading.tokens[i];
  if (token === undefined || token.kind !== "word") return false;
  const first = token.segments[0];
  return (
    token.key === preposition ||
    isBareBa(token) ||
    (first?.kind === "proclitic" && first.form === preposition) ||
    (first?.kind === "proclitic" && first.form === "و" && token.segments[1]?.form === preposition)
  );
}

/** The preposition ب written alone before a quotation mark (بـ"…"). */
export function isBareBa(token: Token): boolean {
  return token.kind === "word" && (token.key === "بـ" || token.key === "ب");
}

/** ب or ك written alone before a quotation mark (بـ"…"، كـ"…"). */
export function isBareParticle(token: Token): boolean {
  return isBareBa(token) || (token.kind === "word" && (token.key === "كـ" || token.key === "ك"));
}

/**
 * The first token from k that is neither an adverb nor in a ل phrase (لوزارة الصحة الروسية); with
 * `lamIsContent`, for a verb taking إلى, whose spoken form ل opens the content, past adverbs only.
 */
export function pastAddressee(reading: Reading, k: number, reach: number, lamIsContent = false): number {
  const { tokens } = reading;
  for (;;) {
    while (k < reach && isA(reading, k, "adverb")) k++;
    if (lamIsContent) return k;
    const first = tokens[k]?.segments[0];
    const isLam =
      k < reach && tokens[k]!.kind === "word" && (first?.form === "ل" || tokens[k]!.key.startsWith("لل"));
    if (!isLam || k + 1 >= reach) return k;
    k++;
    while (k < reach && isDefinite(tokens[k]!) && reading.words[k] === undefined) k++;
  }
}

/**
 * Where an object verb's content begins when afterPreposition found no preposition: at token k, its
 * direct object (نفى الكرملين سعي روسيا …); for a verb with none (class `intransitive`), after a ل
 * opening token k (مشيرا لسقوطها, the spoken form of إلى), or nowhere, [-1, -1] (التي نص عليها
 * الدستور، منددة به). As afterPreposition: the token, and the offset after the ل or -1.
 */
export function contentWithoutPreposition(reading: Reading, cue: Cue, k: number): [number, number] {
  if (!isA(reading, cue.first, "intransitive")) return [k, -1];
  const first = reading.tokens[k]?.segments[0];
  return first?.kind === "proclitic" && first.form === "ل" ? [k, first.end] : [-1, -1];
}

const BY_THAT = matchKey("بذلك");

/**
 * مشيرين بذلك إلى …: "meaning by that" after a verb explains what was just said (the narrator's or
 * the speaker's gloss); it reports nothing new. True when token k is بذلك.
 */
export function isGloss(reading: Reading, k: number): boolean {
  return reading.tokens[k]?.key === BY_THAT;
}

/**
 * The content of an object verb that takes it after a preposition (دعا X إلى Y، اتهم X بـY، حذر
 * من Y): the token after a separate preposition, or the token with the preposition as proclitic and
 * the offset after it; null when the clause has none before another cue or a stop.
 */
export function afterPreposition(
  reading: Reading,
  cue: Cue,
  from: number,
  reach: number,
): [number, number] | null {
  const prep = reading.words[cue.first]?.prep ?? null;
  if (prep === null) return null;
  const alsoPrep = reading.words[cue.first]?.alsoPrep ?? null;
  const { tokens } = reading;
  const end = Math.min(reach, cue.last + 1 + MAX_REACH);
  for (let k = from; k < end; k++) {
    const token = tokens[k]!;
    if ((isStop(token) && !isInnerDot(tokens, k)) || ((reading.words[k]?.classes ?? 0) & SPEAKING) !== 0)
      return null;
    // (ندد بشدة بالضربات: a manner adverb with ب is not the preposition.)
    if (token.kind !== "word" || isA(reading, k, "adverb")) continue;
    // (أشار إلى أنه "…": after the preposition a complementizer opens the content, not a noun.)
    if (token.key === prep || token.key === alsoPrep || (prep === "ب" && isBareBa(token)))
      return k + 1 < end && !isA(reading, k + 1, "complementizer") ? [k + 1, -1] : null;
    // (وصفه بأنه "…": بأن is the complementizer, whose own content follows it.)
    if (isA(reading, k, "complementizer")) return null;
    const segments = token.segments;
    const first = segments[0]?.kind === "proclitic" && segments[0].form === "و" ? 1 : 0;
    const segment = segments[first];
    if (segment?.kind === "proclitic" && segment.form === prep && segments.length > first + 1)
      return [k, segment.end];
  }
  return null;
}
