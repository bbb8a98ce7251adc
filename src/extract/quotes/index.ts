/**
 * @module extract/quotes
 * Who said what: direct speech in quotation marks, indirect speech after reporting cues (قال إن،
 * أوضح أن، مشيرا إلى أن), mixed reports, and attributions (بحسب، وفقا لـ، حسب قوله), each with its
 * cue, its speaker (an entity id when the speaker is an entity) and, when stated, its setting.
 * Words an agency carried (قال فلان، وفقا لما نقلته الوكالة، إن …) are two quotes: the speaker's,
 * and the agency's around them, so the chain of sources stays visible.
 * Token scans with Map look-ups on match keys; no regular expression runs over the text.
 */
import {
  compareSpans,
  firstSpanEndingAfter,
  type Entity,
  type Mention,
  type Note,
  type Quote,
  type Speaker,
  type Stage,
  type Token,
} from "../../doc/index.js";
import type { Resources } from "../../resources/index.js";
import { pairQuoteMarks } from "./direct-quotes.js";
import { lookUpWords } from "./find-cues.js";
import type { FoundSpeaker } from "./find-speaker.js";
import { readSentence } from "./read-sentence.js";
import type { QuoteDraft } from "./quote-draft.js";
import { buildReading, isA, type Reading } from "./reading.js";
import type { CueGender, SpeechCues } from "./speech-cues.js";
import { describedPerson } from "./described-person.js";
import { reportsInside } from "./nested-quotes.js";
import { isMasculineObjectAt } from "./clause-shape.js";
import { isObjectMention, pronounAntecedent, pronounGender, tokenAt } from "./pronoun-antecedent.js";

export { parseSpeechCues, type SpeechCues } from "./speech-cues.js";

/** A quote with the optional fields this stage adds. */
export interface QuoteRecord extends Quote {
  /** Where the statement was made, when the text says so (في لقاء مع قناة الحرة، في بيان). */
  readonly setting?: Mention;
}

const STAGE_ID = "quotes@29";

/** Words from a sentence's start within which its subject is read (for implied speakers). */
const SUBJECT_WINDOW = 6;

/** The speaker of the latest report, carried to the next report that names none. */
interface Carried {
  readonly entity: Entity | null;
  readonly start: number;
  readonly end: number;
  /** Where it was last attributed (a cue), to compare with later person subjects. */
  readonly at: number;
  /** The gender of the verb it was last the subject of (قالت: f), null when not known. */
  readonly gender: CueGender;
}

/** Earlier speakers kept for an implied one of a given gender (وقالت after a man has spoken). */
const HISTORY = 8;

/** Finds the quotes of a document. `note` receives doubts (unclosed marks, unresolved speakers). */
export function findQuotes(
  text: string,
  sentences: readonly { start: number; end: number }[],
  tokens: readonly Token[],
  entities: readonly Entity[],
  cues: SpeechCues,
  note: (note: Note) => void = () => {},
): QuoteRecord[] {
  const reading = buildReading(text, tokens, lookUpWords(tokens, cues), entities);
  const subjects: Carried[] = [];
  const organisations: Carried[] = [];
  const places: Carried[] = [];
  const ranges: [number, number][] = [];
  for (const sentence of sentences) {
    const from = firstSpanEndingAfter(tokens, sentence.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.start < sentence.end) to++;
    if (to === from) continue;
    ranges.push([from, to]);
    let organisation = true;
    for (let i = from; i < Math.min(to, from + SUBJECT_WINDOW); i++) {
      const mention = reading.mentionAt[i];
      // وأصدرت وزارة الخارجية بيانا: an organisation opening a sentence, for a later وقالت فيه
      // when no person or earlier speaker is known (only the first mention of the window).
      if (organisation && mention !== undefined && mention.entity.type === "ORG") {
        if (!isObjectMention(reading, from, i) && !(i > from && isMasculineObjectAt(reading, i - 1))) {
          const { start, end } = mention.mention;
          organisations.push({ entity: mention.entity, start, end, at: start, gender: null });
        }
      }
      // وتتحفظ ألمانيا على …: a country right after the verb opening its sentence is that verb's
      // subject; a later إلا أنها أكدت may stand for it, as no man can. (One opening the sentence is
      // more often a dateline: دبي، الإمارات (CNN).)
      if (
        organisation &&
        mention?.entity.type === "LOC" &&
        i === from + 1 &&
        !isA(reading, from, "preposition")
      ) {
        const { start, end } = mention.mention;
        places.push({ entity: mention.entity, start, end, at: start, gender: "f" });
      }
      if (mention !== undefined) organisation = false;
      if (mention?.entity.type === "PER") {
        // والتقت الوزيرة بنظيرها الروسي فلان: a person after a ب/ل phrase is the verb's object.
        if (isObjectMention(reading, from, i)) break;
        const { start, end } = mention.mention;
        subjects.push({ entity: mention.entity, start, end, at: start, gender: null });
        break;
      }
    }
  }
  joinContinued(tokens, ranges);
  const quotes: QuoteRecord[] = [];
  const history: Carried[] = [];
  let nextSubject = 0;
  /** The range of the latest report whose speaker was remembered. */
  let lastReport = -2;
  for (let r = 0; r < ranges.length; r++) {
    const [from, to] = ranges[r]!;
    const unclosed: number[] = [];
    const drafts = readSentence(reading, from, to, unclosed, ranges[r - 1] ?? null);
    for (const open of unclosed) {
      const { start, end } = tokens[open]!;
      note({
        severity: "warning",
        source: STAGE_ID,
        code: "quotes.unclosed-mark",
        message: "a quotation mark opens here and does not close in its sentence",
        span: { start, end },
      });
    }
    for (const draft of drafts) {
      const at = draft.cue.start;
      while (nextSubject < subjects.length && subjects[nextSubject]!.at < at) nextSubject++;
      let speaker: Speaker | null = null;
      // ولكنها قالت inside a sentence: the pronoun stands for a woman named earlier in it.
      const antecedent =
        draft.speaker === "implied"
          ? pronounAntecedent(reading, from, tokenAt(reading, at), draft.gender)
          : null;
      if (antecedent !== null) {
        speaker = foundSpeaker(text, antecedent);
        const { entity, start, end } = antecedent;
        remember(history, { entity, start, end, at, gender: draft.gender });
      } else if (draft.speaker === "implied") {
        const cueToken = tokenAt(reading, at);
        const gender = pronounGender(reading, cueToken) ?? draft.gender;
        // وأضاف، وتابع right after a report: to add is to go on speaking, so the speaker is the one
        // who spoke last (of the verb's gender), not a person named in passing in between. Further
        // on, the reports between may have been missed, so the usual reading decides.
        // (وتابع بالقول إن: the said-noun after the verb is the cue.)
        const continuing =
          isA(reading, cueToken, "continue") ||
          (isA(reading, cueToken, "said-noun") && isA(reading, cueToken - 1, "continue"));
        const continues = continuing && lastReport >= r - 1;
        const recent = recentSubjects(subjects, nextSubject);
        const source: Carried | null =
          (continues ? lastSpeaker(history, gender) : null) ??
          agreeing(history, recent, gender) ??
          // A feminine verb no earlier speaker or subject fits: a country that was a subject.
          (gender === "f" ? latestBefore(places, at) : null) ??
          // Else the latest of them: genders are only known from verbs, so a mismatch may be ours.
          latestOf(history, recent) ??
          latestBefore(organisations, at) ??
          lastPersonBefore(entities, at);
        if (source === null) {
          note({
            severity: "info",
            source: STAGE_ID,
            code: "quotes.no-speaker",
            message: "the speaker of this quote is not named and no earlier speaker was found",
            span: { start: draft.start, end: draft.end },
          });
        } else {
          speaker = impliedSpeaker(reading, source, at);
          const { entity, start, end } = source;
          remember(history, { entity, start, end, at, gender: source.gender ?? draft.gender });
        }
      } else if (draft.speaker !== "none") {
        // الرئيس اليمني الراحل: a description stands for the person it introduced earlier.
        const found = describedPerson(reading, draft.speaker.found) ?? draft.speaker.found;
        speaker = foundSpeaker(text, found);
        const { entity, start, end } = found;
        if (draft.relayed !== true && draft.notCarried !== true)
          remember(history, { entity, start, end, at, gender: draft.gender });
      }
      if (speaker !== null) lastReport = r;
      quotes.push(toQuote(text, draft, speaker));
      for (const inner of reportsInside(reading, draft)) {
        const said = inner.speaker === "outer" ? speaker : foundSpeaker(text, inner.speaker);
        quotes.push(toQuote(text, inner.draft, said));
      }
    }
  }
  return quotes.sort(compareSpans);
}

/** Sentences a report may run on into (a quotation over several paragraphs). */
const MAX_CONTINUED = 3;

/**
 * Joins a sentence with the ones after it when its report continues there: it ends with a colon
 * (وقال الوزير في بيان: ⏎ "…"), or a quotation mark opened in it closes only in a later sentence
 * (the splitter cut inside the quotation). `ranges` is changed in place.
 */
function joinContinued(tokens: readonly Token[], ranges: [number, number][]): void {
  for (let r = 0; r + 1 < ranges.length; r++) {
    const [from, to] = ranges[r]!;
    const last = tokens[to - 1]!;
    if (last.kind === "punct" && last.text === ":" && ranges[r + 1]![0] === to) {
      ranges.splice(r, 2, [from, ranges[r + 1]![1]]);
      r--;
      continue;
    }
    const open = pairQuoteMarks(tokens, from, to).unclosed.length;
    if (open === 0) continue;
    for (let n = r + 1; n < Math.min(ranges.length, r + 1 + MAX_CONTINUED); n++) {
      if (ranges[n - 1]![1] !== ranges[n]![0]) break;
      const end = ranges[n]![1];
      if (pairQuoteMarks(tokens, from, end).unclosed.length < open) {
        ranges.splice(r, n - r + 1, [from, end]);
        r--;
        break;
      }
    }
  }
}

/**
 * The person subjects of the sentences read so far, latest last (at most HISTORY): after وقالت
 * ميركل، وأضاف is said by the man who was the subject before her.
 */
function recentSubjects(subjects: readonly Carried[], next: number): Carried[] {
  return subjects.slice(Math.max(0, next - HISTORY), next);
}

/** The latest of the carried candidates found before an offset. */
function latestBefore(candidates: readonly Carried[], at: number): Carried | null {
  let best: Carried | null = null;
  for (const candidate of candidates) if (candidate.at < at) best = candidate;
  return best;
}

/** The person mentioned last before an offset, when no report or subject came before. */
function lastPersonBefore(entities: readonly Entity[], at: number): Carried | null {
  let best: Carried | null = null;
  for (const entity of entities) {
    if (entity.type !== "PER") continue;
    for (const { start, end } of entity.mentions) {
      if (start < at && (best === null || start > best.start))
        best = { entity, start, end, at: start, gender: null };
    }
  }
  return best;
}

function remember(history: Carried[], carried: Carried): void {
  history.push(carried);
  if (history.length > HISTORY) history.shift();
}

/**
 * The latest earlier speaker (or sentence subject) whose gender fits the verb: وقالت skips the man
 * who spoke last for the woman before him, and وأضاف skips a woman whose verb showed her gender for
 * the man before her; a plural verb skips single persons. Null when none fits.
 */
function agreeing(
  history: readonly Carried[],
  subjects: readonly Carried[],
  gender: CueGender,
): Carried | null {
  const candidates = [...history, ...subjects].sort((a, b) => a.at - b.at);
  // وقالت ميركل …. وأضاف: a person's gender, once a verb showed it, holds for every later mention
  // of that person (a sentence subject carries none of its own).
  const known = new Map<string, CueGender>();
  for (const { entity, gender: shown } of history)
    if (entity !== null && entity.type === "PER" && (shown === "m" || shown === "f"))
      known.set(entity.id, shown);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const candidate = candidates[k]!;
    const own =
      candidate.gender ?? (candidate.entity === null ? null : (known.get(candidate.entity.id) ?? null));
    if (fits({ ...candidate, gender: own }, gender)) return candidate;
  }
  return null;
}

/** The latest earlier speaker or sentence subject, whatever its gender (of two at one place, the subject). */
function latestOf(history: readonly Carried[], subjects: readonly Carried[]): Carried | null {
  let latest: Carried | null = null;
  for (const list of [history, subjects])
    for (const candidate of list) if (latest === null || candidate.at >= latest.at) latest = candidate;
  return latest;
}

/** The latest earlier speaker when its gender, as known, fits the verb; null otherwise. */
function lastSpeaker(history: readonly Carried[], gender: CueGender): Carried | null {
  const last = history[history.length - 1];
  return last !== undefined && fits(last, gender) ? last : null;
}

function fits(candidate: Carried, gender: CueGender): boolean {
  if (gender === null) return true;
  if (gender === "p")
    return candidate.gender === "p" || (candidate.gender === null && candidate.entity?.type !== "PER");
  return candidate.gender === null || candidate.gender === gender;
}

function foundSpeaker(text: string, found: FoundSpeaker): Speaker {
  return {
    entity: found.entity?.id ?? null,
    text: text.slice(found.start, found.end),
    start: found.start,
    end: found.end,
  };
}

/** An implied speaker is shown at the entity's nearest mention before the cue. */
function impliedSpeaker(reading: Reading, source: Carried, at: number): Speaker {
  let start = source.start;
  let end = source.end;
  if (source.entity !== null) {
    for (const mention of source.entity.mentions) {
      if (mention.start >= at) break;
      start = mention.start;
      end = mention.end;
    }
  }
  return { entity: source.entity?.id ?? null, text: reading.text.slice(start, end), start, end };
}

function toQuote(text: string, draft: QuoteDraft, speaker: Speaker | null): QuoteRecord {
  const quote: QuoteRecord = {
    start: draft.start,
    end: draft.end,
    text: text.slice(draft.start, draft.end),
    direct: draft.kind === "direct",
    kind: draft.kind,
    cue: draft.cue,
    speaker,
  };
  return draft.setting === null ? quote : { ...quote, setting: draft.setting };
}

export const quotesStage: Stage<"sentences" | "tokens" | "entities", "quotes", Resources> = {
  id: STAGE_ID,
  needs: ["sentences", "tokens", "entities"],
  gives: "quotes",
  run: (doc, ctx) =>
    findQuotes(
      doc.text,
      doc.layers.sentences,
      doc.layers.tokens,
      doc.layers.entities,
      ctx.resources.speechCues,
      (note) => ctx.note(note),
    ),
};
