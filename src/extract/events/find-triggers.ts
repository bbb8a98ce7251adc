/**
 * Event triggers over tokens: the stem segment's match key is looked up in the compiled lexicon
 * (one Map access per word), a reading is chosen by the words around it, and the mood of the
 * trigger is read from the cue words before it. Linear in the number of tokens; no regex over text.
 */
import type { Span, Token } from "../../doc/index.js";
import { matchKey, stemSegment } from "../../text/index.js";
import type { EventLexicon, EventType, TriggerClass, TriggerContext, TriggerSense } from "./event-lexicon.js";

/**
 * How many words after a trigger a context word (+ in the lexicon) may be: in VSO order the
 * subject stands between (نشرت قناة يمنية، مساء الخميس، للمرة الأولى خطابا).
 */
const CONTEXT_WINDOW = 10;
/**
 * How many words after أعلن the announced noun (or أن) may be: in VSO order the subject and a day
 * stand between (أعلنت وزارة الدفاع السعودية، الثلاثاء، سقوط…); commas are not counted.
 */
const ANNOUNCE_WINDOW = 6;
/** How many tokens before a trigger a negation or a modal word may be. */
const MOOD_WINDOW = 3;

const DAMMA = 0x064f;

/** Quotation marks that open or close direct speech in Arabic news. */
function isQuoteMark(code: number): boolean {
  // " « » “ ” by code unit: the scan runs over every character before a sentence's last trigger.
  return code === 0x22 || code === 0xab || code === 0xbb || code === 0x201c || code === 0x201d;
}

/** A trigger found in the tokens. */
export interface Trigger extends Span {
  readonly text: string;
  readonly type: EventType;
  readonly class: TriggerClass;
  /** The lexicon form that matched (its citation form: قتل for قتلوا). */
  readonly form: string;
  /** A noun made definite by ال or a possessive pronoun (الغارات، هجومها): often a mention of an earlier event. */
  readonly definite: boolean;
  /** Index of the trigger's token in the tokens layer. */
  readonly token: number;
  /** True for a passive verb (vocalised قُتل, أطيح, after تم/جرى): its first entity is the target. */
  readonly passive: boolean;
  /** Negated (لم، لن، عدم) before it. */
  readonly negated: boolean;
  /** Future, planned or hypothetical (سـ، سوف، قد يـ، تعتزم، إذا). */
  readonly possible: boolean;
  /** An imperfect verb (يتهم، تعتقل): news uses it for what goes on or is planned, seldom for a reported event. */
  readonly imperfect: boolean;
  /** Inside quotation marks of its sentence. */
  readonly quoted: boolean;
  /** The reading needed a context word (حكم + بالسجن), or was announced by أعلن. */
  readonly confirmed: boolean;
}

/** The match key of a token's stem (its written form, so حكومته gives حكومه), or its own key. */
export function stemKey(token: Token): string {
  const stem = stemSegment(token);
  // Most words carry no clitic: their stem is the token, whose key the tokens stage already folded.
  if (stem === undefined || stem.form === token.text) return token.key;
  const { text, key } = token;
  const at = stem.start - token.start;
  // The stem as written inside a token whose key folds it letter for letter (no mark dropped, no
  // presentation form expanded): its key is that part of the token's key. Slicing spares building
  // and hashing a new string for every word with و or ال, the stage's main cost.
  if (key.length === text.length && text.startsWith(stem.form, at) && !hasPresentationForm(text)) {
    return key.slice(at, at + stem.form.length);
  }
  return matchKey(stem.form);
}

/** True when `text` holds a character from the Arabic presentation forms (U+FB50 on), which may fold to several letters. */
function hasPresentationForm(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xfb50) return true;
  return false;
}

/**
 * The key of a word whose conjunction و the tokenizer left attached, when the rest is a trigger:
 * it keeps و on short stems (وشن، وبث، ووجه، ووقع) lest it split a root that begins with و, but a
 * و before a word that itself begins with و, or before a trigger the lexicon holds and the whole
 * word is not, is the conjunction. Undefined when the word is anything else.
 */
export function conjunctionKey(
  token: Token,
  key: string,
  isTrigger: (key: string) => boolean,
): string | undefined {
  if (token.kind !== "word" || key.length < 3 || !key.startsWith("و") || isTrigger(key)) return undefined;
  if (token.segments.some((segment) => segment.kind === "proclitic")) return undefined;
  const rest = key.slice(1);
  return isTrigger(rest) ? rest : undefined;
}

/** Proclitic letters that also begin verb roots (فتح، فرض، بحث، بث، لقي، كشف). */
const ROOT_INITIAL = new Set(["ف", "ب", "ل", "ك"]);
/** Their code units (ف ب ل ك), to pass over the words that start otherwise with a few comparisons. */
const FA = 0x0641;
const BA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
/** The longest stem left by a split that took a root's first letter for a proclitic (تحت of فتحت). */
const SPLIT_STEM_MAX = 4;

/** The innermost proclitic of a token when a root may begin with it: the segment before the stem. */
function rootInitialClitic(token: Token): { clitic: number; stem: number } | undefined {
  const segments = token.segments;
  let clitic = -1;
  while (clitic + 1 < segments.length && segments[clitic + 1]!.kind === "proclitic") clitic++;
  const stem = segments[clitic + 1];
  if (clitic < 0 || stem === undefined || stem.kind !== "stem") return undefined;
  return ROOT_INITIAL.has(segments[clitic]!.form) ? { clitic, stem: clitic + 1 } : undefined;
}

/**
 * The key of a trigger whose first root letter the tokenizer read as a proclitic (فتحت split as
 * ف+تحت، فرضت as ف+رضت، كشفت as ك+شفت): the stem's key with that letter put back, when the stem
 * (`key`) is short, is no trigger and the whole is. Undefined otherwise. The token's own key is
 * sliced (no new folding), and only for short stems after ف/ب/ل/ك: a few lookups per document.
 */
export function rootInitialKey(
  token: Token,
  key: string,
  isTrigger: (key: string) => boolean,
): string | undefined {
  // Most words fail the first tests: a long stem, no clitic, or a first letter no root shares.
  if (key.length > SPLIT_STEM_MAX || token.key.length <= key.length) return undefined;
  const code = token.key.charCodeAt(0);
  if (code !== FA && code !== BA && code !== LAM && code !== KAF) return undefined;
  if (token.kind !== "word" || token.key.length !== token.text.length) return undefined;
  const split = rootInitialClitic(token);
  if (split === undefined) return undefined;
  const clitic = token.segments[split.clitic]!;
  const stem = token.segments[split.stem]!;
  const whole = token.key.slice(clitic.start - token.start, stem.end - token.start);
  return isTrigger(whole) ? whole : undefined;
}

const TEH = 0x062a;
/** على as a context word: a verb read only with it is intransitive. */
const ALA = matchKey("على");

/**
 * The key of a verb in the feminine past with an object pronoun (رفضته، أطلقتها): the segmenter reads
 * its ت as a noun's ة (رفضة + ه), so the stem's key ends in ه where the lexicon's verb has ت. The
 * letters as written are looked up instead, when the lexicon holds them as a verb that takes an
 * object: سيطر reads only with على, so سيطرتها stays the noun سيطرة. Undefined otherwise.
 */
export function objectVerbKey(token: Token, key: string, lexicon: EventLexicon): string | undefined {
  if (!key.endsWith("ه") || token.kind !== "word" || token.key.length !== token.text.length) return undefined;
  const stem = stemSegment(token);
  if (stem === undefined || !hasEnclitic(token)) return undefined;
  const from = stem.start - token.start;
  const to = stem.end - token.start;
  if (token.text.charCodeAt(to - 1) !== TEH) return undefined;
  const written = token.key.slice(from, to);
  const senses = lexicon.triggers.get(written);
  return senses?.some((sense) => sense.class === "verb" && !sense.context?.keys.has(ALA))
    ? written
    : undefined;
}

/** The trigger's span: the token without its proclitics (و، ب، ل), as the gold spans are. */
function triggerSpan(token: Token, key: string): Span {
  // A conjunction the tokenizer left attached (conjunctionKey): its first letter is و.
  if (token.key.length === key.length + 1 && token.text.startsWith("و")) {
    return { start: token.start + 1, end: token.end };
  }
  const first = token.segments.find((segment) => segment.kind !== "proclitic");
  // A root letter read as a proclitic (rootInitialKey): the key is longer than the stem, and the
  // span starts at that letter.
  if (first !== undefined && first.kind === "stem" && key.length > first.end - first.start) {
    const split = rootInitialClitic(token);
    if (split !== undefined) return { start: token.segments[split.clitic]!.start, end: token.end };
  }
  return { start: first?.start ?? token.start, end: token.end };
}

function hasArticle(token: Token): boolean {
  return token.segments.some((segment) => segment.kind === "article");
}

/** و or ف before the word, as a segment or left attached (conjunctionKey), outside the trigger's span. */
function hasConjunction(token: Token, key: string, start: number): boolean {
  if (token.key.length === key.length + 1 && token.text.startsWith("و")) return true;
  return token.segments.some(
    (segment) =>
      segment.kind === "proclitic" && segment.end <= start && (segment.form === "و" || segment.form === "ف"),
  );
}

function hasEnclitic(token: Token): boolean {
  return token.segments.some((segment) => segment.kind === "enclitic");
}

/** A context word by its token key or stem key (the lexicon compiles in their accusatives: صاروخا). */
function hasContextWord(context: TriggerContext, tokenKey: string, stem: string): boolean {
  return context.keys.has(tokenKey) || context.keys.has(stem);
}

function contextHolds(
  context: TriggerContext,
  tokens: readonly Token[],
  keys: readonly string[],
  index: number,
  first: number,
  end: number,
): boolean {
  if (context.where === "previous") {
    const previous = tokens[index - 1];
    return (
      previous !== undefined && (context.keys.has(previous.key) || context.keys.has(keys[index - 1] ?? ""))
    );
  }
  let seen = false;
  // Words are counted, not commas and hashtags: وجه المدعي العام، روبرت #مولر، الثلاثاء، تهمة…
  let words = 0;
  for (let k = index + 1; k < end && words < CONTEXT_WINDOW && !seen; k++) {
    if (tokens[k]!.kind !== "word") continue;
    words++;
    seen = hasContextWord(context, tokens[k]!.key, keys[k] ?? "");
  }
  // A verb with an object pronoun after a relative word (الصاروخ الذي أطلقته، العفو الذي منحه):
  // the pronoun resumes the noun before الذي/التي, so that noun is the verb's object.
  if (!seen && context.where === "next" && hasEnclitic(tokens[index]!)) {
    seen = relativeObject(context, tokens, keys, index, first);
  }
  return context.where === "next" ? seen : !seen;
}

/** Relative words whose clause a resumptive pronoun refers back out of. */
const RELATIVES: ReadonlySet<string> = new Set(
  ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"].map((w) => matchKey(w)),
);
/** How many words before the relative word its head noun may stand (الصاروخ الباليستي الذي). */
const RELATIVE_HEAD_WINDOW = 3;
/** …and before a verb without one, the noun and an adjective (صاروخ باليستي أطلقته), no further: عدد من أفراد أسرتها. */
const ASYNDETIC_HEAD_WINDOW = 2;

function relativeObject(
  context: TriggerContext,
  tokens: readonly Token[],
  keys: readonly string[],
  index: number,
  first: number,
): boolean {
  let k = index - 1;
  // The relative word may have the subject between it and the verb (التي أطلقها الحوثيون is VSO; التي
  // الحوثيون أطلقوها is rare): only the word just before is checked.
  while (k >= first && tokens[k]!.kind !== "word") k--;
  if (k < first) return false;
  // An indefinite head takes its relative clause without الذي (صاروخ باليستي أطلقته), and a
  // topic its comment (الصاروخ أطلقته الميليشيات): the pronoun resumes a noun just before the verb.
  // A و on the verb joins it to the noun before instead (المقاتلين وأسرهم: "and their families").
  const isRelative = RELATIVES.has(tokens[k]!.key);
  if (!isRelative && hasConjunction(tokens[index]!, keys[index]!, tokens[index]!.start + 1)) return false;
  const head = isRelative ? k - 1 : k;
  const window = isRelative ? RELATIVE_HEAD_WINDOW : ASYNDETIC_HEAD_WINDOW;
  for (let j = head, words = 0; j >= first && words < window; j--) {
    if (tokens[j]!.kind !== "word") continue;
    words++;
    if (hasContextWord(context, tokens[j]!.key, keys[j] ?? "")) return true;
  }
  return false;
}

/** How many words before a trigger an attempt word may stand: حاول (1) عملاء (2) الموساد (3) اغتيال. */
const ATTEMPT_WINDOW = 3;
/** Killing oneself: an attempt at it (حاولت الانتحار) attacks no one. */
const SUICIDE: ReadonlySet<string> = new Set(["انتحر", "انتحار"]);

/** An attempt word (محاولة، حاول، يحاولون) among the few words before the trigger in its sentence. */
function attemptBefore(
  tokens: readonly Token[],
  keys: readonly string[],
  index: number,
  first: number,
  lexicon: EventLexicon,
): boolean {
  // A word after و starts another phrase: محاولة الاغتيال وجريمة إعدام، محاولة الخطف ومقتل الحارس.
  const trigger = tokens[index]!;
  if (hasConjunction(trigger, keys[index]!, trigger.start + 1)) return false;
  for (let k = index - 1, words = 0; k >= first && words < ATTEMPT_WINDOW; k--) {
    const token = tokens[k]!;
    if (token.kind !== "word") continue;
    words++;
    if (lexicon.cues.get(keys[k]!)?.class === "attempt") return true;
    if (hasConjunction(token, keys[k]!, token.start + 1)) return false;
  }
  return false;
}

/** The reading of a token: a satisfied context first, then a noun after ال or with a possessor. */
function chooseSense(
  senses: readonly TriggerSense[],
  tokens: readonly Token[],
  keys: readonly string[],
  index: number,
  first: number,
  end: number,
): { sense: TriggerSense; confirmed: boolean } | undefined {
  const token = tokens[index]!;
  const plain: TriggerSense[] = [];
  for (const sense of senses) {
    // Neither a verb nor an exact word form takes the article: الأسر is families, not "captured".
    if (sense.class !== "noun" && sense.class !== "noun-patient" && hasArticle(token)) continue;
    if (sense.context === null) plain.push(sense);
    else if (contextHolds(sense.context, tokens, keys, index, first, end)) {
      return { sense, confirmed: sense.context.where !== "not-next" };
    }
  }
  if (plain.length === 0) return undefined;
  const nominal = hasArticle(token) || hasEnclitic(token);
  const preferred = plain.find((sense) => (sense.class === "verb") !== nominal);
  return { sense: preferred ?? plain[0]!, confirmed: false };
}

/**
 * Whether an odd number of quotation marks stands between the sentence start and each `at` asked
 * for in increasing order: one scan of the sentence, however many triggers it holds.
 */
function quoteTracker(text: string, sentence: Span): (at: number) => boolean {
  let scanned = sentence.start;
  let open = false;
  return (at) => {
    for (; scanned < at; scanned++) if (isQuoteMark(text.charCodeAt(scanned))) open = !open;
    return open;
  };
}

/** The tokens of each sentence as [first, end) token indexes. */
export function sentenceTokenRanges(
  tokens: readonly Token[],
  sentences: readonly Span[],
): [number, number][] {
  const ranges: [number, number][] = [];
  let t = 0;
  for (const sentence of sentences) {
    while (t < tokens.length && tokens[t]!.end <= sentence.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.start < sentence.end) t++;
    ranges.push([first, t]);
  }
  return ranges;
}

/**
 * The triggers of one sentence, tokens [first, end). `keys` holds each token's stem key (computed
 * once per document); `hits`, when given, the sentence's word tokens (in order) whose key the
 * lexicon holds, so a caller that found them while folding the keys saves a second pass. أعلن names the event of a trigger noun after it (أعلن انسحاب → that noun's
 * type); followed by أن/إن it reports speech and gives nothing; otherwise it is a DECLARE.
 */
export function findTriggers(
  text: string,
  tokens: readonly Token[],
  keys: readonly string[],
  sentence: Span,
  first: number,
  end: number,
  lexicon: EventLexicon,
  hits?: readonly number[],
): Trigger[] {
  const found: Trigger[] = [];
  const announced = new Set<number>();
  const isQuoted = quoteTracker(text, sentence);
  const count = hits === undefined ? end - first : hits.length;
  for (let n = 0; n < count; n++) {
    const i = hits === undefined ? first + n : hits[n]!;
    const token = tokens[i]!;
    if (token.kind !== "word") continue;
    const senses = lexicon.triggers.get(keys[i]!);
    if (senses === undefined) continue;
    const chosen = chooseSense(senses, tokens, keys, i, first, end);
    if (chosen === undefined) continue;
    const sense = chosen.sense;
    let confirmed = chosen.confirmed;
    if (sense.class === "announce") {
      // بحسب ما أعلن، حسبما أعلنت: the source of a report, not an announcement of its own.
      if (attributes(tokens, keys, i, first, lexicon)) continue;
      const named = announcedTrigger(tokens, keys, i, end, lexicon);
      if (named === "speech") continue;
      if (named !== undefined) {
        announced.add(named);
        continue;
      }
      confirmed = hasDeclareObject(tokens, keys, i, end, lexicon);
    }
    let type = sense.type;
    const before = i > first ? lexicon.cues.get(keys[i - 1]!) : undefined;
    // تحالف دعم الشرعية، مجلس التعاون، طائرة مسيرة، وقف إطلاق النار: the word completes a name or
    // a compound noun, it names no event.
    // A conjunction (مجلس ودعم) starts a new phrase.
    const span = triggerSpan(token, keys[i]!);
    if (before?.class === "name-head" && !hasConjunction(token, keys[i]!, span.start)) continue;
    // محاولة اغتيال، حاول عملاء الموساد اغتيال: an attempt on a life is an assault (gold guidelines).
    if (type === "KILL" && !SUICIDE.has(sense.form) && attemptBefore(tokens, keys, i, first, lexicon)) {
      type = "ASSAULT";
    }
    const stem = stemSegment(token);
    const mood = moodBefore(tokens, keys, i, first, lexicon);
    found.push({
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      type,
      class: sense.class,
      form: sense.form,
      definite: sense.class !== "verb" && (hasArticle(token) || hasEnclitic(token)),
      token: i,
      passive:
        sense.class === "word-passive" ||
        (stem !== undefined && stem.end - stem.start > 1 && text.charCodeAt(stem.start + 1) === DAMMA) ||
        before?.class === "passive",
      negated: mood.negated,
      possible:
        mood.possible ||
        token.segments.some((s) => s.kind === "proclitic" && s.form === "س" && s.end <= span.start),
      imperfect: sense.class === "verb" && isImperfect(keys[i]!, sense.form),
      quoted: isQuoted(span.start),
      confirmed: confirmed || announced.has(i),
    });
  }
  // A noun named by أعلن is confirmed: mark it after the loop (it comes later in the sentence).
  return found.map((trigger) => (announced.has(trigger.token) ? { ...trigger, confirmed: true } : trigger));
}

/** True when أعلن at `index` follows an attribution (بحسب ما، وفق ما، حسبما). */
function attributes(
  tokens: readonly Token[],
  keys: readonly string[],
  index: number,
  first: number,
  lexicon: EventLexicon,
): boolean {
  const cueAt = (k: number) =>
    k >= first ? (lexicon.cues.get(tokens[k]!.key) ?? lexicon.cues.get(keys[k]!))?.class : undefined;
  if (cueAt(index - 1) === "attribution") return true;
  return tokens[index - 1]?.key === "ما" && cueAt(index - 2) === "attribution";
}

/** After أعلن: "speech" before أن/إن, the index of a trigger noun it announces, or undefined. */
function announcedTrigger(
  tokens: readonly Token[],
  keys: readonly string[],
  index: number,
  end: number,
  lexicon: EventLexicon,
): number | "speech" | undefined {
  for (let k = index + 1, words = 0; k < end && words < ANNOUNCE_WINDOW; k++) {
    if (tokens[k]!.kind !== "word") continue;
    words++;
    const key = keys[k]!;
    const cue = lexicon.cues.get(tokens[k]!.key) ?? lexicon.cues.get(key);
    if (cue?.class === "complement") return "speech";
    // أعلن تسمية قمة…: the declared act comes first; a trigger noun after it is its object.
    if (cue?.class === "declare-object") return undefined;
    const senses = lexicon.triggers.get(key);
    if (senses?.some((sense) => sense.class !== "announce" && sense.class !== "verb")) return k;
  }
  return undefined;
}

function hasDeclareObject(
  tokens: readonly Token[],
  keys: readonly string[],
  index: number,
  end: number,
  lexicon: EventLexicon,
): boolean {
  for (let k = index + 1, words = 0; k < end && words < ANNOUNCE_WINDOW; k++) {
    if (tokens[k]!.kind !== "word") continue;
    words++;
    if (lexicon.cues.get(keys[k]!)?.class === "declare-object") return true;
  }
  return false;
}

/**
 * True when a verb's stem key is not an inflection of its past form: the compiled forms of a verb
 * are the perfect (the citation form plus a suffix) and the imperfect (a prefix first).
 */
function isImperfect(key: string, form: string): boolean {
  const base = matchKey(form);
  // A final ى (folded to ي) is written otherwise before a suffix (ألقى → ألقت).
  return !key.startsWith(base.endsWith("ي") ? base.slice(0, -1) : base);
}

/** True for a word that opens with an imperfect prefix (يعفو، تكون، نكون), not the past تم. */
function opensImperfect(key: string): boolean {
  return key.startsWith("ي") || ((key.startsWith("ت") || key.startsWith("ن")) && key !== "تم");
}

/** سـ on an imperfect verb (سيقدم، ستعلن): the tokenizer splits it off as a proclitic. */
function isFutureVerb(token: Token, key: string): boolean {
  return (
    token.kind === "word" &&
    opensImperfect(key) &&
    token.segments.some((segment) => segment.kind === "proclitic" && segment.form === "س")
  );
}

function moodBefore(
  tokens: readonly Token[],
  keys: readonly string[],
  index: number,
  first: number,
  lexicon: EventLexicon,
): { negated: boolean; possible: boolean } {
  let negated = false;
  let possible = false;
  for (let k = Math.max(first, index - MOOD_WINDOW); k < index; k++) {
    const cue = lexicon.cues.get(tokens[k]!.key) ?? lexicon.cues.get(keys[k]!);
    if (cue?.class === "negation") negated = true;
    if (cue?.class === "possible") possible = true;
    // قد before a past verb asserts (وكانت السعودية قد أعلنت); only قد يفعل is a maybe.
    if (cue?.class === "possible-imperfect" && opensImperfect(keys[k + 1] ?? "")) possible = true;
    // A future verb governs the noun after it (سيقدم استقالته، ستعلن النتائج): a plan, not an event.
    if (isFutureVerb(tokens[k]!, keys[k]!)) possible = true;
  }
  return { negated, possible };
}
