import type { Mention } from "../../doc/index.js";
import { isA, startAfterConjunction, type Reading } from "./reading.js";
import { CUE_CLASSES } from "./speech-cues.js";

/** Longest setting phrase, in tokens (في لقاء مع قناة الحرة الفضائية). */
const MAX_SETTING = 8;

/**
 * Where a statement was made, when the clause says so: a preposition followed (within two words)
 * by a noun of occasion, and the words after it up to a mark, a cue, a complementizer or an
 * adverb (في لقاء مع قناة الحرة، في بيان، خلال مؤتمر صحفي، في سياق حديثه). Tokens [from, to).
 */
export function findSetting(reading: Reading, from: number, to: number): Mention | null {
  const { tokens, text } = reading;
  for (let k = from; k < to - 1; k++) {
    if (!isA(reading, k, "preposition") || tokens[k]!.kind !== "word") continue;
    if (!isA(reading, k + 1, "setting") && !(k + 2 < to && isA(reading, k + 2, "setting"))) continue;
    let j = k + 1;
    while (j < to && j - k < MAX_SETTING) {
      const token = tokens[j]!;
      if (token.kind !== "word" && token.kind !== "number") break;
      if (isA(reading, j, "complementizer") || isA(reading, j, "adverb")) break;
      if (((reading.words[j]?.classes ?? 0) & CUE_CLASSES) !== 0) break;
      // A person named well after the occasion noun is the speaker, not part of the setting.
      const mention = reading.mentionAt[j];
      if (mention?.entity.type === "PER" && j > k + 2) break;
      j++;
    }
    const start = startAfterConjunction(tokens[k]!);
    const end = tokens[j - 1]!.end;
    return { start, end, text: text.slice(start, end) };
  }
  return null;
}
