/**
 * Charges and allegations named by a noun (وجهت له اتهامات بتلقي رشاوى، استقال بعد مزاعم بحدوث
 * تحرش، اعتقل بتهمة التجسس): the charge is a quote whose content is the noun phrase after the noun's
 * ب, or right after تهمة; its speaker is the accuser when named right there, else none.
 * read-sentence.ts adds charges to a sentence's drafts only after its other reports are read, so
 * none of them is the report a later participle or attribution in the sentence speaks of.
 */
import type { Token } from "../../doc/index.js";
import { isBareBa } from "./cue-complement.js";
import type { QuotePair } from "./direct-quotes.js";
import type { Cue } from "./find-cues.js";
import { contentDraft } from "./content-draft.js";
import type { QuoteDraft, SpeakerClaim } from "./quote-draft.js";
import {
  hasPrepositionClitic,
  isA,
  isComma,
  isStop,
  startAfterConjunction,
  type Reading,
} from "./reading.js";
import { matchKey } from "../../text/index.js";

/** Prepositions written with ب that do not introduce the charge (تبادلا الاتهامات بشأن …). */
const NOT_BA = new Set(["بشأن", "بخصوص", "بسبب", "بحق", "بحجة", "بين", "باتجاه", "بمن", "بما"].map(matchKey));

/** Words after which ب names the charge's topic, not the charge (الاتهامات المتعلقة باختفائه). */
const ABOUT = new Set(["المتعلقة", "المتعلق", "المتصلة", "المتصل", "الخاصة", "الخاص"].map(matchKey));

/**
 * Conjunctions that end a charge's noun phrase (match keys, with و). Not the lexicon's whole
 * `conjunction` class: فيما، كما، عندما، حيث stand inside a charge (بتهمة الإهمال فيما يتعلق بالحادث).
 */
const NEXT_CLAUSE = new Set(
  ["لكن", "لكنه", "لكنها", "لكنهم", "ولكن", "ولكنه", "ولكنها", "ولكنهم", "بينما", "ثم"].map(matchKey),
);

/** Words between a charge noun and its ب (له، الموجهة إليه، التي تسوقها دمشق لواشنطن). */
const MAX_GAP = 4;

/**
 * "Accused of" as a passive participle (شاب متهم باغتصاب …، والمتهم بتأسيس منظمة): match keys, with
 * و. They are no lexicon entries: المتهم is also "the defendant", who speaks (وقال المتهم إنه بريء),
 * and a lexicon cue is never read as a subject. متهمة and متهما are the lexicon's participles
 * ("accusing").
 */
const ACCUSED = new Set(
  "متهم المتهم متهمين المتهمين متهمون المتهمون متهمان المتهمان والمتهم والمتهمين والمتهمون"
    .split(" ")
    .map(matchKey),
);

/** Sentences a court passes with ب (عاقبت المحكمة خمسة متهمين بالسجن): no charge. */
const SENTENCES = new Set(["بالسجن", "بالحبس", "بالإعدام", "بالمؤبد", "بالبراءة"].map(matchKey));

/** Some token in [from, to) is an accused participle (a cheap test before accusedCharges). */
export function namesAccused(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ACCUSED.has(tokens[i]!.key)) return true;
  return false;
}

/**
 * The charges named by an accused participle with its ب right after it, in tokens [from, to):
 * agentless quotes like those of charge nouns, the content the noun phrase after ب.
 */
export function accusedCharges(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  from: number,
  to: number,
): QuoteDraft[] {
  const { tokens, text } = reading;
  const drafts: QuoteDraft[] = [];
  for (let i = from; i + 1 < to; i++) {
    if (!ACCUSED.has(tokens[i]!.key) || SENTENCES.has(tokens[i + 1]!.key)) continue;
    // (والمتهم: the cue is the word without its و.)
    const at = startAfterConjunction(tokens[i]!);
    const end = tokens[i]!.end;
    const cue: Cue = {
      role: "impersonal",
      frame: "object",
      first: i,
      last: i,
      span: { start: at, end, text: text.slice(at, end) },
      gender: null,
    };
    const draft = chargeDraft(reading, pairAt, cue, to, 0);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

/** The quote of the charge noun `cue`, up to the clause's first comma, or null. */
export function chargeDraft(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  cue: Cue,
  reach: number,
  maxGap = MAX_GAP,
): QuoteDraft | null {
  const { tokens } = reading;
  let end = cue.last + 1;
  while (end < reach && !isComma(tokens[end]!) && !isStop(tokens[end]!)) end++;
  let at = cue.last + 1;
  let startFrom = -1;
  if (reading.words[cue.first]?.prep === null) {
    // (تهمة القتل، تهمة "التلفيق": without ب the noun heads its charge only before a definite
    // word or a quotation; وهي تهمة نفتها الحكومة is a noun with a relative clause.)
    // (بتهم وصفها المتحدث بأنها …: a verb after the noun begins a clause about the charge.)
    const next = tokens[at];
    if (next === undefined || isA(reading, at, "verb")) return null;
    const headsCharge =
      hasPrepositionClitic(tokens[cue.first]!) ||
      pairAt.has(at) ||
      (!hasPrepositionClitic(next) && next.segments.some((segment) => segment.kind === "article"));
    if (!headsCharge) return null;
  } else {
    at = -1;
    for (let k = cue.last + 1; k < Math.min(end, cue.last + 2 + maxGap); k++) {
      const token = tokens[k]!;
      if (token.kind !== "word") return null;
      // (اتهامات بأنه …، ادعاءات بـ"…": بأن or a bare ب opens the content; a bare إن or أن after
      // the noun belongs to a verb before it: قال في عريضة اتهام … إن.)
      if (isA(reading, k, "complementizer") && !token.key.startsWith("ب")) return null;
      if (isA(reading, k, "complementizer") || isBareBa(token)) {
        at = k + 1;
        break;
      }
      const first = token.segments[0]?.kind === "proclitic" && token.segments[0].form === "و" ? 1 : 0;
      const segment = token.segments[first];
      if (NOT_BA.has(token.key) || ABOUT.has(token.key)) return null;
      if (segment?.kind === "proclitic" && segment.form === "ب" && token.segments.length > first + 1) {
        [at, startFrom] = [k, segment.end];
        break;
      }
    }
  }
  // (وجهت إليه اتهامات التجمهر: with no ب, an indefinite charge noun before a definite one heads it.)
  if (at < 0 && constructCharge(reading, cue)) at = cue.last + 1;
  if (at < 0 || at >= end) return null;
  // (بتهمة صفع جندي لكنها قبلت …: لكن، بينما or ثم begins the narrator's next clause.)
  for (let k = at + 1; k < end; k++) {
    if (NEXT_CLAUSE.has(tokens[k]!.key)) {
      end = k;
      break;
    }
  }
  return contentDraft(reading, pairAt, at, end, cue.span, accuser(reading, cue, at), null, null, startFrom);
}

/**
 * A charge noun without the article whose next word is a definite noun: the two are one phrase,
 * the charge and what it is (اتهامات التجمهر، عدة اتهامات الفساد). With the article the next
 * definite word is an adjective (الاتهامات الموجهة إليه), and a participle after an indefinite
 * noun describes it as well (اتهامات الموجهة).
 */
function constructCharge(reading: Reading, cue: Cue): boolean {
  const head = reading.tokens[cue.first]!;
  const next = reading.tokens[cue.last + 1];
  if (next === undefined || head.segments.some((segment) => segment.kind === "article")) return false;
  if (next.segments[0]?.kind !== "article" || ABOUT.has(next.key) || DESCRIBING.has(next.key)) return false;
  // (اتهامات الحوثيين، ادعاءات الوزير: a name or a title after the noun is who accuses or who is
  // accused, not the charge.)
  if (reading.mentionAt[cue.last + 1] !== undefined || isA(reading, cue.last + 1, "title")) return false;
  return !isA(reading, cue.last + 1, "verb") && !isA(reading, cue.last + 1, "participle");
}

/** Participles that describe a charge rather than name it (match keys). */
const DESCRIBING = new Set(["الموجهة", "الموجه", "المنسوبة", "المزعومة", "الأخيرة", "الجديدة"].map(matchKey));

/** الذي، التي (match keys): a relative clause after the noun names who brings the charge. */
const RELATIVES = new Set(["الذي", "التي"].map(matchKey));

/**
 * The one who brings the charge, when named right after the noun (اتهامات المعارضة له بـ…) or as
 * the subject of a relative clause on it (الاتهامات التي توجهها دمشق لواشنطن بـ…); else "none".
 */
function accuser(reading: Reading, cue: Cue, at: number): SpeakerClaim {
  let k = cue.last + 1;
  const relative = k + 2 < at && RELATIVES.has(reading.tokens[k]!.key);
  if (relative) k += 2;
  const named = reading.mentionAt[k];
  if (named === undefined || named.last > at || hasPrepositionClitic(reading.tokens[k]!)) return "none";
  // (اتهام روسيا بالتجسس: a name right after the noun is the accused, unless the accused follows
  // it with ل: اتهام بريطانيا لروسيا بـ…، اتهامات المعارضة له بـ…)
  if (!relative && !startsWithLam(reading, named.last, at)) return "none";
  const { entity, mention } = named;
  return { found: { entity, start: mention.start, end: mention.end, next: named.last } };
}

/** Token k, before `at`, is a ل phrase (لروسيا، له، لها). */
function startsWithLam(reading: Reading, k: number, at: number): boolean {
  if (k >= at) return false;
  const first = reading.tokens[k]!.segments[0];
  return first !== undefined && (first.form === "ل" || reading.tokens[k]!.key.startsWith("ل"));
}
