/** Attribution phrases (بحسب، وفقا لـ، نقلا عن، حسب قوله) and the quotes and sources they point at. */
import { matchKey } from "../../text/index.js";
import { type QuotePair } from "./direct-quotes.js";
import { isQuoteMark } from "../../text/quote-marks.js";
import type { Cue } from "./find-cues.js";
import { subjectAfter, type FoundSpeaker } from "./find-speaker.js";
import { documentAfter } from "./sentence-subject.js";
import { isA, isComma, isStop, type Reading } from "./reading.js";
import { isTrailing, contentDraft } from "./content-draft.js";
import type { SpeakerClaim, QuoteDraft } from "./quote-draft.js";

/** An unclaimed quotation ending right before a cue's clause (…" ، قال فلان). */
export function quoteBefore(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  boundary: number,
  clauseStart: number,
  claimed: ReadonlySet<number>,
): QuotePair | null {
  let close = boundary - 1;
  while (close >= clauseStart && (isComma(reading.tokens[close]!) || isStop(reading.tokens[close]!))) close--;
  if (close < clauseStart || !isQuoteMark(reading.tokens[close]!)) return null;
  for (const pair of pairAt.values()) {
    if (pair.close === close && pair.open >= clauseStart && !claimed.has(pair.open)) return pair;
  }
  return null;
}

/** Nouns of rules and agreements, bare, with ال, ل or لل (القانون، لتعليمات، للاتفاق). */
const NORMS = new Set(
  ["قانون", "دستور", "تعليمات", "توجيهات", "أحكام", "قواعد", "أنظمة", "لوائح", "شروط", "بنود", "مبادئ"]
    .concat(["معايير", "اتفاق", "اتفاقية", "قرار", "قرارات"])
    .flatMap((noun) => ["", "ال", "ل", "لل"].map((prefix) => matchKey(prefix + noun))),
);

/** The match key of the root of نسب (نسبت، ينسب). */
const NASABA = matchKey("نسب");

/** The source after نقل: the phrase after عن or على لسان, after إلى for نسب (عنه، على لسانه: implied). */
export function sourceAfter(reading: Reading, from: number, limit: number): FoundSpeaker | "implied" | null {
  // نسبت الصحيفة إلى مصادر قولها: نسب names its source after إلى.
  const attributes = from > 0 && reading.tokens[from - 1]!.key.includes(NASABA);
  for (let k = from; k < limit; k++) {
    let segments = reading.tokens[k]!.segments;
    let stem = segments.find((segment) => segment.kind === "stem");
    let source = k + 1;
    // نقل الموقع على لسان النائب فلان قوله: "on the tongue of" names the source like عن.
    if (stem?.form === "على" && k + 1 < limit) {
      segments = reading.tokens[k + 1]!.segments;
      stem = segments.find((segment) => segment.kind === "stem");
      if (stem?.form !== "لسان") continue;
      source = k + 2;
    } else if (stem?.form !== "عن" && !(attributes && (stem?.form === "إلى" || stem?.form === "الى")))
      continue;
    if (segments[segments.length - 1]!.kind === "enclitic") return "implied";
    return subjectAfter(reading, source, limit, true);
  }
  return null;
}

/**
 * A statement attributed with بحسب، وفقا لـ، نقلا عن: opening the sentence (وبحسب مصادر، فإن …),
 * the statement follows its first comma; closing it (…، بحسب الوكالة), the statement is what comes
 * before; as a parenthesis (…، بحسب المرصد، …) the whole sentence. An unstated speaker of the report
 * just before it (يُعتقد أن …، وفقا لـ…) is this source.
 */
export function readAttribution(
  reading: Reading,
  pairAt: ReadonlyMap<number, QuotePair>,
  cue: Cue,
  from: number,
  reach: number,
  boundary: number,
  drafts: QuoteDraft[],
  to: number,
  previousSentence: readonly [number, number] | null,
): QuoteDraft | null {
  const { tokens } = reading;
  let comma = cue.last + 1;
  while (comma < reach && !isComma(tokens[comma]!) && !isStop(tokens[comma]!)) comma++;
  const opening = cue.first === from || (cue.first === from + 1 && isA(reading, from, "conjunction"));
  // غير شرعية وفقا للقانون الدولي، أطلق سراحهم حسب تعليمات الرئيس: inside the sentence a norm
  // is the measure of an act, not a source (opening it, وبحسب القانون، فإن …, it is one).
  // (حسبما ينص الدستور: with a verb of its own the norm speaks.)
  const normed =
    cue.last + 1 < reach && NORMS.has(tokens[cue.last + 1]!.key) && !isA(reading, cue.last, "verb");
  if (!opening && normed) return null;
  // وبحسب القانون فإن …، وبحسب إحصائيات الجيش فقد …: with no comma, فإن or فقد opens the clause
  // the attribution governs.
  const fa = opening ? answeringFa(reading, cue.last + 1, comma) : -1;
  if (fa > 0) comma = fa;
  // حسبما ورد في مرسوم، حسبما نشر في الجريدة الرسمية: the document after في is the source (a
  // passive or impersonal verb has no subject of its own).
  const inDocument =
    cue.last > cue.first && isA(reading, cue.last, "source-in")
      ? documentAfter(reading, cue.last + 1, comma)
      : null;
  const source =
    inDocument === "implied" ? null : (inDocument ?? subjectAfter(reading, cue.last + 1, comma, true));
  const speaker: SpeakerClaim = source ? { found: source } : "implied";
  // حسبما ذكرت الصحيفة: the verb shows the source's gender, which an implied speaker later must
  // agree with (وأشار after it goes back to the man quoted, not to the paper).
  const gender =
    cue.last > cue.first && isA(reading, cue.last, "verb") ? (reading.words[cue.last]?.gender ?? null) : null;
  if (fa > 0) return contentDraft(reading, pairAt, fa + 1, to, cue.span, speaker, null, gender);
  if (opening) {
    // A sentence that is only the attribution (…. حسب ما ذكرت رويترز.) attributes the one before.
    if (comma >= to - 1 && previousSentence !== null) {
      return contentDraft(
        reading,
        pairAt,
        previousSentence[0],
        previousSentence[1],
        cue.span,
        speaker,
        null,
        gender,
      );
    }
    let at = comma + 1;
    if (at < to && isA(reading, at, "complementizer")) at++;
    // The whole rest of the sentence is attributed, reports inside it included.
    return contentDraft(reading, pairAt, at, to, cue.span, speaker, null, gender);
  }
  const previous = drafts[drafts.length - 1];
  // Inside a phrase (المسؤولة بحسب المتظاهرين عن …) an attribution qualifies that phrase: from the
  // word it interrupts to the next comma; a report before it ends where the phrase begins.
  let rest = source?.next ?? cue.last + 1;
  while (rest < comma && isA(reading, rest, "adverb")) rest++;
  // (…"لخطر شديد" بحسب ما أفادت الأمم المتحدة الأحد. ends the sentence: it attributes the clause.)
  if (boundary === cue.first && rest < comma && !isA(reading, cue.last, "verb")) {
    const head = cue.first - 1;
    if (head <= from || tokens[head]!.kind !== "word") return null;
    const phraseStart = tokens[head]!.start;
    if (previous !== undefined && previous.start < phraseStart && previous.end > phraseStart) {
      let last = head - 1;
      while (last > from && isTrailing(reading, last)) last--;
      drafts[drafts.length - 1] = { ...previous, end: tokens[last]!.end };
    }
    return contentDraft(reading, pairAt, head, comma, cue.span, speaker, null, gender);
  }
  if (boundary === cue.first && comma < to - 1) return null;
  // …، وفقا لبيان حصلت عليه: a document after a report in the sentence is where it was said.
  if (previous !== undefined && isA(reading, cue.last + 1, "setting")) return null;
  if (previous !== undefined && previous.speaker === "none" && source !== null) {
    drafts[drafts.length - 1] = { ...previous, speaker };
    return null;
  }
  // …، حسبما نقلت على موقعها: no source of its own, it names the medium of the report before.
  if (previous !== undefined && source === null) return null;
  // (…، حسبما نقلت الوكالة، التي أشارت إلى …: a relative clause after the source describes it.)
  const parenthesis =
    comma < reach &&
    isComma(tokens[comma]!) &&
    comma + 1 < reach &&
    !isA(reading, comma + 1, "relative") &&
    !endsWithApposedName(reading, comma + 1, to);
  return contentDraft(reading, pairAt, from, parenthesis ? reach : boundary, cue.span, speaker, null, gender);
}

/**
 * The first word in [from, end) that is فإن or فقد (ف with a complementizer or an auxiliary): the
 * answer to an opening attribution (وبحسب الجيش فقد …), or -1.
 */
function answeringFa(reading: Reading, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    // (فإن is listed as a form of its own; فقد is ف compiled onto قد)
    if (reading.words[k] === undefined || reading.text.charAt(reading.tokens[k]!.start) !== "ف") continue;
    if (isA(reading, k, "complementizer") || isA(reading, k, "aux")) return k;
  }
  return -1;
}

/**
 * Tokens [at, to) are a person's name and the sentence's end: the comma before them sets the name
 * in apposition to the source (…، وفقا لما قالته رئيسة الوزراء، تيريزا ماي.), it opens no parenthesis.
 */
function endsWithApposedName(reading: Reading, at: number, to: number): boolean {
  const named = reading.mentionAt[at];
  if (named === undefined || named.first !== at || named.entity.type !== "PER") return false;
  let k = named.last;
  while (k < to && (isStop(reading.tokens[k]!) || isComma(reading.tokens[k]!))) k++;
  return k >= to;
}
