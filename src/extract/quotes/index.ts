/**
 * @module extract/quotes
 * Who said what: direct speech in quotation marks, indirect speech after reporting cues (قال إن،
 * أوضح أن، مشيرا إلى أن), mixed reports, and attributions (بحسب، وفقا لـ، حسب قوله), each with its
 * cue, its speaker (an entity id when the speaker is an entity) and, when stated, its setting.
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
import { lookUpWords } from "./find-cues.js";
import type { FoundSpeaker } from "./find-speaker.js";
import { readSentence, type QuoteDraft } from "./read-sentence.js";
import { buildReading, type Reading } from "./reading.js";
import type { CueGender, SpeechCues } from "./speech-cues.js";
import { describedPerson } from "./described-person.js";
import { isObjectMention, pronounAntecedent, tokenAt } from "./pronoun-antecedent.js";

export { parseSpeechCues, type SpeechCues } from "./speech-cues.js";

/** A quote with the optional fields this stage adds. */
export interface QuoteRecord extends Quote {
  /** Where the statement was made, when the text says so (في لقاء مع قناة الحرة، في بيان). */
  readonly setting?: Mention;
}

const STAGE_ID = "quotes@3";

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
  const ranges: [number, number][] = [];
  for (const sentence of sentences) {
    const from = firstSpanEndingAfter(tokens, sentence.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.start < sentence.end) to++;
    if (to === from) continue;
    ranges.push([from, to]);
    for (let i = from; i < Math.min(to, from + SUBJECT_WINDOW); i++) {
      const mention = reading.mentionAt[i];
      if (mention?.entity.type === "PER") {
        // والتقت الوزيرة بنظيرها الروسي فلان: a person after a ب/ل phrase is the verb's object.
        if (isObjectMention(reading, from, i)) break;
        const { start, end } = mention.mention;
        subjects.push({ entity: mention.entity, start, end, at: start, gender: null });
        break;
      }
    }
  }
  const quotes: QuoteRecord[] = [];
  const history: Carried[] = [];
  let nextSubject = 0;
  let lastSubject: Carried | null = null;
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
      while (nextSubject < subjects.length && subjects[nextSubject]!.at < at)
        lastSubject = subjects[nextSubject++]!;
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
        const source: Carried | null =
          agreeing(history, lastSubject, draft.gender) ?? lastPersonBefore(entities, at);
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
        remember(history, { entity, start, end, at, gender: draft.gender });
      }
      quotes.push(toQuote(text, draft, speaker));
    }
  }
  return quotes.sort(compareSpans);
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
 * who spoke last for the woman before him; a plural verb skips single persons. When none fits,
 * the latest of all (genders are only known from verbs, so a mismatch may be our ignorance).
 */
function agreeing(history: readonly Carried[], subject: Carried | null, gender: CueGender): Carried | null {
  const candidates = subject === null ? history : [...history, subject].sort((a, b) => a.at - b.at);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const candidate = candidates[k]!;
    if (fits(candidate, gender)) return candidate;
  }
  return candidates[candidates.length - 1] ?? null;
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
