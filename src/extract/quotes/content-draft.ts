import { matchKey } from "../../text/index.js";
/**
 * A quote's content span and kind: where the reported clause ends, and whether quoted words are
 * speech or a name.
 */
import type { Mention, QuoteKind } from "../../doc/index.js";
import { joinedQuotations, type QuotePair } from "./direct-quotes.js";
import { isQuoteMark } from "../../text/quote-marks.js";
import { isA, isComma, startAfterConjunction, type Reading } from "./reading.js";
import type { CueGender } from "./speech-cues.js";
import { isBareParticle } from "./cue-complement.js";
import { isDefinite, isDemonstrative } from "./find-speaker.js";
import type { SpeakerClaim, QuoteDraft } from "./quote-draft.js";

/** Longest quoted name, in tokens (شبكة "سي.إن.إن"، حركة "حماس"، "قانون ماغنيتسكي"). */
const MAX_NAME_TOKENS = 3;

const FIMA = matchKey("فيما");
const QAD = matchKey("قد");
const FAQAD = matchKey("فقد");
const BAYNAMA = matchKey("بينما");
const FI = matchKey("في");
const HIN = matchKey("حين");

/** Adverbs of manner after a denial or a condemnation, match keys (نفى ذلك تماما، قطعا، إطلاقا). */
const MANNER_ADVERBS = new Set(["تماما", "قطعا", "إطلاقا", "مطلقا"].map(matchKey));

/**
 * Tokens first..last are a demonstrative (with its ب or ل: بهذه، لتلك), a definite noun and at most
 * its definite adjectives and adverbs (of time or manner): a phrase pointing back at what was said,
 * never a content of its own.
 */
function pointsBack(reading: Reading, first: number, last: number): boolean {
  const { tokens } = reading;
  if (!isDemonstrative(tokens[first]!) || last < first + 1 || !isDefinite(tokens[first + 1]!)) return false;
  for (let k = first + 2; k <= last; k++) {
    const describes =
      isDefinite(tokens[k]!) || isA(reading, k, "adverb") || MANNER_ADVERBS.has(tokens[k]!.key);
    if (!describes) return false;
  }
  return true;
}

/**
 * Quotation marks around a name, not around the speaker's words: one entity mention, a word after
 * a noun that introduces names (سفينة "أكواريوس"، حركة "حماس"), after بـ/كـ (يُعرف بـ"داعش"),
 * after a person's name (a nickname), opening with such a noun, or with no Arabic letter (MI6).
 */
function isQuotedName(reading: Reading, pair: QuotePair): boolean {
  const { tokens } = reading;
  const first = pair.open + 1;
  const size = pair.close - first;
  if (size <= 0 || size > MAX_NAME_TOKENS) return false;
  const mention = reading.mentionAt[first];
  if (mention !== undefined && mention.last >= pair.close) return true;
  const before = pair.open - 1;
  if (before >= 0) {
    if (isA(reading, before, "name-head") || isBareParticle(tokens[before]!)) return true;
    if (reading.mentionEndingAt[before]?.entity.type === "PER") return true;
  }
  if (isA(reading, first, "name-head")) return true;
  for (let k = first; k < pair.close; k++) if (hasArabicLetter(tokens[k]!.text)) return false;
  return true;
}

function hasArabicLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x0600 && code <= 0x06ff) return true;
  }
  return false;
}

/** Marks before a closing quotation mark that punctuate the narrator's sentence ("…لنبقى."), not the words. */
const SENTENCE_STOPS = new Set([".", "،", ","]);

/**
 * Where a quotation's words end: at its closing mark, or before a full stop or comma that stands
 * right before it ("…لنبقى،" وغادر), which punctuates the narrator's sentence. A question or an
 * exclamation mark is the speaker's and stays.
 */
function quotationEnd(tokens: Reading["tokens"], pair: QuotePair): number {
  const before = pair.close - 1;
  if (before > pair.open + 1 && SENTENCE_STOPS.has(tokens[before]!.text)) return tokens[before - 1]!.end;
  return tokens[pair.close]!.start;
}

/** Marks and dashes a content span never ends with. */
export function isTrailing(reading: Reading, i: number): boolean {
  const token = reading.tokens[i]!;
  return token.kind === "punct" && !isQuoteMark(token) && token.text !== ")" && token.text !== "]";
}

/**
 * Tokens [first, last] of content on [at, end): up to the narrator's addition, trimmed of marks at
 * both ends; null when nothing is left.
 */
function trimmedContent(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  at: number,
  end: number,
): [number, number] | null {
  let first = at;
  const stopAt = narratorEnd(reading, pairAt, at, end);
  while (first < stopAt && isTrailing(reading, first)) first++;
  let last = stopAt - 1;
  while (last >= first && isTrailing(reading, last)) last--;
  // (فقد "…": the particle answering an attribution is the narrator's; the quotation is the content.)
  const particle = reading.tokens[first]?.key;
  if ((particle === QAD || particle === FAQAD) && pairAt.get(first + 1)?.close === last) first++;
  return last < first ? null : [first, last];
}

/**
 * The draft for content on tokens [at, end): trimmed of marks at both ends; direct when it is one
 * quotation (the marks excluded), mixed when it holds one, indirect otherwise.
 */
export function contentDraft(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  at: number,
  end: number,
  cue: Mention,
  speaker: SpeakerClaim,
  setting: Mention | null,
  gender: CueGender = null,
  startFrom = -1,
): QuoteDraft | null {
  const { tokens } = reading;
  const range = trimmedContent(reading, pairAt, at, end);
  if (range === null) return null;
  const [first, last] = range;
  const pair = pairAt.get(first);
  // (A quotation left unclosed closes at the sentence's stop, which the trimmed range leaves out.)
  const closesHere =
    pair !== undefined &&
    (pair.close === last || (pair.close === last + 1 && !isQuoteMark(tokens[pair.close]!)));
  // قال: "…" ثم غادر، وطرح سؤالا بقوله: "…": a quotation a colon opens is the words; the narrator
  // goes on after its close.
  const afterColon = pair !== undefined && first > 0 && tokens[first - 1]!.text === ":";
  if (pair !== undefined && (closesHere || (afterColon && pair.close < last))) {
    if (pair.close === pair.open + 1) return null;
    const start = tokens[pair.open]!.end;
    return { start, end: quotationEnd(tokens, pair), kind: "direct", cue, speaker, setting, gender };
  }
  // ونفت موسكو هذه المعلومات، ندد بهذه الجريمة، ينفي هذه الاتهامات تماما: a demonstrative and its noun
  // (with their adjectives and adverbs) name what was said before; no content.
  if (pointsBack(reading, first, last)) return null;
  let kind: QuoteKind = "indirect";
  for (let k = first; k <= last; k++) {
    const inner = pairAt.get(k);
    if (inner !== undefined && inner.close <= last && !isQuotedName(reading, inner)) {
      kind = "mixed";
      break;
    }
  }
  const start =
    first === at && startFrom > tokens[first]!.start && startFrom < tokens[first]!.end
      ? startFrom
      : startAfterConjunction(tokens[first]!);
  const stop = tokens[last]!.end;
  return { start, end: stop, kind, cue, speaker, setting, gender };
}

/**
 * One direct draft per quotation, each with `head`'s cue, speaker, setting and gender, when the
 * content on tokens [at, end) is two or more quotations joined by و ("…"، و"…": the speaker's words
 * quoted in pieces); null otherwise.
 */
export function joinedDrafts(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  at: number,
  end: number,
  head: Pick<QuoteDraft, "cue" | "speaker" | "setting" | "gender">,
): QuoteDraft[] | null {
  const range = trimmedContent(reading, pairAt, at, end);
  if (range === null) return null;
  const { tokens } = reading;
  const pieces = joinedQuotations(tokens, pairAt, range[0], range[1]);
  if (pieces === null) return null;
  return pieces
    .filter((piece) => piece.close > piece.open + 1)
    .map((piece) => ({
      ...head,
      start: tokens[piece.open]!.end,
      end: quotationEnd(tokens, piece),
      kind: "direct",
    }));
}

/** The match key of إشارة. */
const ISHARA = matchKey("إشارة");
const GHAYR = matchKey("غير");
/** ما: وهو ما تنفيه الدوحة is the narrator's relative clause, never an aside. */
const MA = matchKey("ما");

/** Words of a content's subject before a pronoun aside (أن حزبها، وهو …، …). */
const MAX_SUBJECT_WORDS = 2;
/** Longest pronoun aside, in tokens. */
const MAX_ASIDE = 8;
const ASIDE_PRONOUN = /^و?(هو|هي)$/;

/**
 * The closing comma of a pronoun aside opening at `k` (وهو الحزب القومي الاسكتلندي،), when a word
 * follows it; -1 otherwise (…، وهو ما تنفيه الدوحة: an addition that runs to the end).
 */
function asideClose(reading: Reading, k: number, end: number): number {
  if (!ASIDE_PRONOUN.test(reading.tokens[k]!.text)) return -1;
  for (let j = k + 1; j < Math.min(end - 1, k + MAX_ASIDE); j++) {
    const token = reading.tokens[j]!;
    if (isComma(token)) return reading.tokens[j + 1]!.kind === "word" ? j : -1;
    if (token.kind !== "word" || reading.tokens[j]!.key === MA) return -1;
  }
  return -1;
}

/**
 * Token k is a comma before فيما، بينما or في حين: after a closing quotation mark ("…"، فيما عولج
 * الآخرون) the narrator sets another fact beside the quoted words.
 */
function opensContrast(reading: Reading, k: number): boolean {
  const { tokens } = reading;
  if (tokens[k] === undefined || !isComma(tokens[k]!)) return false;
  const key = tokens[k + 1]?.key;
  return key === FIMA || key === BAYNAMA || (key === FI && tokens[k + 2]?.key === HIN);
}

/**
 * Where reported content ends before a narrator's addition: a comma followed by وذلك، وهو، رغم،
 * إلا أن …, or by a preposition and one of them (في إشارة) (، وذلك بعد …، وهو ما تنفيه الدوحة).
 * Commas inside quotation marks do not count.
 */
function narratorEnd(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  at: number,
  end: number,
): number {
  // (a quotation opening the content is read past whole: …"، وذلك بعدما …" inside it is the speaker's)
  const opening = pairAt.get(at) ?? (isA(reading, at, "aux") ? pairAt.get(at + 1) : undefined);
  if (opening !== undefined && opensContrast(reading, opening.close + 1)) return opening.close + 1;
  for (let k = opening === undefined ? at + 1 : opening.close; k < end - 1; k++) {
    const pair = pairAt.get(k);
    if (pair !== undefined) {
      k = pair.close;
      continue;
    }
    if (isComma(reading.tokens[k]!) && isA(reading, k + 1, "narrator")) {
      // أن حزبها، وهو الحزب القومي، لن يمانع: a pronoun aside right after the content's first
      // words names its subject; the content runs on past the aside's closing comma.
      const close = k - at <= MAX_SUBJECT_WORDS ? asideClose(reading, k + 1, end) : -1;
      if (close < 0) return k;
      k = close;
      continue;
    }
    // …، غير أنه جدد …: "however" opens the narrator's own clause.
    if (
      isComma(reading.tokens[k]!) &&
      reading.tokens[k + 1]?.key === GHAYR &&
      isA(reading, k + 2, "complementizer")
    )
      return k;
    // …، في إشارة إلى …: the narrator explains whom the speaker meant (ذلك and هو after في are
    // not additions: …، في ذلك الوقت، …).
    if (
      isComma(reading.tokens[k]!) &&
      isA(reading, k + 1, "preposition") &&
      reading.tokens[k + 2]?.key === ISHARA
    )
      return k;
  }
  return end;
}
