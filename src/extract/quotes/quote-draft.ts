import type { Mention, QuoteKind } from "../../doc/index.js";
import type { FoundSpeaker } from "./find-speaker.js";
import type { CueGender } from "./speech-cues.js";

/**
 * Who a draft quote's speaker is: found in the text, to be carried over from the previous report
 * (`implied`: وقال: …، ثم تابع …), or unstated (`none`: يُعتقد أن …).
 */
export type SpeakerClaim = { readonly found: FoundSpeaker } | "implied" | "none";

/** A quote read from one sentence, before implied speakers are resolved across sentences. */
export interface QuoteDraft {
  readonly start: number;
  readonly end: number;
  readonly kind: QuoteKind;
  readonly cue: Mention;
  readonly speaker: SpeakerClaim;
  readonly setting: Mention | null;
  /** The gender the cue demands of its speaker (وقالت: f), to resolve an implied one. */
  readonly gender: CueGender;
  /**
   * An agency's report around a speaker's words (relayed-reports.ts): its source is no speaker a
   * later وقال or وتابع may stand for.
   */
  readonly relayed?: true;
  /**
   * Its speaker is none a later وقال or participle stands for: a report inside another's content,
   * with a subject of its own (قال إن الملك نفى …), or a picture that shows (فيديو يظهر …).
   */
  readonly notCarried?: true;
}
