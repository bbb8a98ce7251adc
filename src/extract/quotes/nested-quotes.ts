/**
 * Reports inside a direct quotation: the speaker's own words may report someone else's (or the
 * speaker's earlier) words, "زعيمنا قال إن …"، "لطالما أخبرت الناس أنني …". The inside of the
 * quotation is read as a sentence of its own; each report found there is a quote nested in it.
 */
import { firstSpanEndingAfter } from "../../doc/index.js";
import type { FoundSpeaker } from "./find-speaker.js";
import { readSentence } from "./read-sentence.js";
import type { QuoteDraft } from "./quote-draft.js";
import { isA, type Reading } from "./reading.js";

/** A report inside a quotation and who made it: a subject written there, or the quoted speaker. */
export interface NestedDraft {
  readonly draft: QuoteDraft;
  readonly speaker: FoundSpeaker | "outer";
}

/** Reports found inside the direct quote `outer` (none when it is not direct). */
export function reportsInside(reading: Reading, outer: QuoteDraft): NestedDraft[] {
  if (outer.kind !== "direct") return [];
  const { tokens } = reading;
  const from = firstSpanEndingAfter(tokens, outer.start);
  let to = from;
  while (to < tokens.length && tokens[to]!.start < outer.end) to++;
  const nested: NestedDraft[] = [];
  for (const draft of readSentence(reading, from, to, [])) {
    // (The quotation's own span again is not a report inside it.)
    if (draft.start <= outer.start && draft.end >= outer.end) continue;
    // Only a clause after إن/أن is read as a report there: the speaker's own nouns and fragments
    // (من الضروري أن، تنص على خفض …) are the speaker's words, not someone else's.
    const at = firstSpanEndingAfter(tokens, draft.start);
    if (draft.speaker === "none" || at <= from || !isA(reading, at - 1, "complementizer")) continue;
    // أخبرت الناس أنني، سمعنا من …: with no subject written, the one who reports is the one quoted;
    // a written subject counts when it names someone (an entity), not a phrase read as one.
    if (draft.speaker === "implied") nested.push({ draft, speaker: "outer" });
    else if (draft.speaker.found.entity !== null) nested.push({ draft, speaker: draft.speaker.found });
  }
  return nested;
}
