import { firstSpanEndingAfter, type Token } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import { isQuoteMark } from "../../text/quote-marks.js";
import { isDefinite, type FoundSpeaker } from "./find-speaker.js";
import { hasPrepositionClitic, isA, isColon, isComma, isStop, type Reading } from "./reading.js";

/** Words before a name read as its description (للرئيس اليمني الراحل علي عبدالله صالح). */
const DESCRIPTION_WINDOW = 5;
/** Words of a description phrase that must recur before the name: its head and one more. */
const MIN_SHARED = 2;

/** The word without clitics or article, as a description compares it: للرئيس → رئيس. */
export function bareKey(token: Token): string {
  let form = "";
  for (const segment of token.segments) {
    if (segment.kind === "proclitic" || segment.kind === "article" || segment.kind === "enclitic") continue;
    form += segment.form;
  }
  const key = matchKey(form === "" ? token.text : form);
  return key.startsWith("ال") && key.length > 4 ? key.slice(2) : key;
}

/**
 * The person a description speaker refers back to: a report by «الرئيس اليمني الراحل» is by the
 * person introduced earlier as «للرئيس الراحل علي عبدالله صالح». The phrase's head word and at least
 * one more of its words must stand in the few words before an earlier person mention (no sentence
 * mark between); the nearest such person wins. Null when none, or when the phrase is one word
 * (المتحدث alone says too little).
 */
export function describedPerson(reading: Reading, found: FoundSpeaker): FoundSpeaker | null {
  if (found.entity !== null) return null;
  const { tokens, mentionAt } = reading;
  // وقال قاضي المنصة كيم سي يون: "…": a name between the description and the quote is the speaker
  // (before a colon, a quote mark or إن; elsewhere a name after a description may be the object).
  // وفقا لما وصفته رئيسة الوزراء البريطانية، تيريزا ماي.: a name in apposition, set off by commas.
  const apposed = tokens[found.next] !== undefined && isComma(tokens[found.next]!);
  const at = apposed ? found.next + 1 : found.next;
  const named = mentionAt[at];
  if (named !== undefined && named.first === at && named.entity.type === "PER") {
    const after = tokens[named.last];
    const closes =
      after === undefined
        ? apposed
        : after.text === ":" ||
          isQuoteMark(after) ||
          isA(reading, named.last, "complementizer") ||
          (apposed && (isComma(after) || isStop(after)));
    if (closes)
      return { entity: named.entity, start: named.mention.start, end: named.mention.end, next: named.last };
  }
  const first = firstSpanEndingAfter(tokens, found.start);
  if (isA(reading, first, "title")) {
    const name = unknownNameAt(reading, at, apposed);
    if (name !== null) return name;
  }
  const keyAt = bareKeysOf(reading);
  const words: string[] = [];
  for (let i = first; i < tokens.length && tokens[i]!.start < found.end; i++)
    if (tokens[i]!.kind === "word") words.push(keyAt(i));
  if (words.length < MIN_SHARED) return null;
  const head = words[0]!;
  // The window is a few words: an array searched in place costs less than a Set per person mention.
  const before: string[] = [];
  for (let k = first - 1; k > 0; k--) {
    const mention = mentionAt[k];
    if (mention === undefined || mention.first !== k || mention.entity.type !== "PER") continue;
    before.length = 0;
    for (let j = k - 1; j >= Math.max(0, k - DESCRIPTION_WINDOW); j--) {
      if (tokens[j]!.kind !== "word") break;
      before.push(keyAt(j));
    }
    if (!before.includes(head)) continue;
    let shared = 0;
    for (const word of words) if (before.includes(word)) shared++;
    if (shared >= MIN_SHARED) return { ...found, entity: mention.entity };
  }
  return null;
}

/** Most words of a name the entity layer does not know (سيدي ولد محمد أحمد). */
const MAX_NAME = 4;

/**
 * A name the entity layer did not recognise, right after a title and closed by إن/أن, a colon or a
 * quote mark (or a comma after an apposition): قال رئيس الحزب الحاكم سيدي ولد محم إن. The words
 * must be bare nouns: no lexicon word (أمس، في), no clitic preposition or pronoun (للصحفيين،
 * نفسها), no mention, the first indefinite (an adverb of time or an adjective would be definite),
 * and a lone word not an accusative adverb (مجددا).
 */
function unknownNameAt(reading: Reading, from: number, apposed: boolean): FoundSpeaker | null {
  const { tokens } = reading;
  const at = afterOnBehalf(reading, from);
  if (at < 0) return null;
  let k = at;
  while (k < tokens.length && k - at < MAX_NAME) {
    const token = tokens[k]!;
    // (سيدي ولد محم read as a place: a person the entity layer took for a place is still a name.)
    const mention = reading.mentionAt[k];
    if (mention !== undefined && mention.entity.type === "LOC" && k === at) {
      k = mention.last;
      break;
    }
    if (token.kind !== "word" || reading.words[k] !== undefined || mention !== undefined) break;
    if (hasPrepositionClitic(token) || token.segments.some((segment) => segment.kind === "enclitic")) break;
    k++;
  }
  if (k === at || isDefinite(tokens[at]!) || /^ل[لأإ]/.test(tokens[at]!.text)) return null;
  if (k === at + 1 && (tokens[at]!.text.endsWith("ا") || tokens[at]!.text.endsWith("اً"))) return null;
  const after = tokens[k];
  if (after === undefined) return null;
  // (Not before a quote mark: المتحدث باسم تحالف "دعم الشرعية" quotes an organisation's name.)
  const closes =
    isColon(after) || isA(reading, k, "complementizer") || (apposed && (isComma(after) || isStop(after)));
  if (!closes) return null;
  return { entity: null, start: tokens[at]!.start, end: tokens[k - 1]!.end, next: k };
}

const ON_BEHALF = matchKey("باسم");

/**
 * The token after «باسم» and the noun phrase it governs (المتحدث باسم قوات التحالف فلان), where a
 * spokesman's name stands; `from` itself when the title has no باسم; -1 when the phrase does not
 * end on a definite word, so that the name may be the organisation's (باسم قصر كينغستون).
 */
function afterOnBehalf(reading: Reading, from: number): number {
  const { tokens } = reading;
  if (tokens[from]?.key !== ON_BEHALF) return from;
  let k = from + 1;
  // A construct chain: definite words, or an indefinite head with a definite word after it
  // (قوات التحالف، خفر السواحل), up to the name.
  while (k < tokens.length && k - from <= MAX_NAME && tokens[k]!.kind === "word") {
    if (isDefinite(tokens[k]!) || (tokens[k + 1] !== undefined && isDefinite(tokens[k + 1]!))) k++;
    else break;
  }
  return k > from + 1 && isDefinite(tokens[k - 1]!) ? k : -1;
}

/**
 * Each token's bare key, computed on first use and kept for the reading's document: every
 * description speaker walks back over the person mentions before it, so a document with many
 * would otherwise fold the same words again and again.
 */
const BARE_KEYS = new WeakMap<Reading, (string | undefined)[]>();

function bareKeysOf(reading: Reading): (i: number) => string {
  let keys = BARE_KEYS.get(reading);
  if (keys === undefined)
    BARE_KEYS.set(reading, (keys = new Array<string | undefined>(reading.tokens.length)));
  const known = keys;
  return (i) => (known[i] ??= bareKey(reading.tokens[i]!));
}
