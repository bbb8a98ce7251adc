/** Words that read as reporting cues but report nothing here (عقب رفض، 17 متهما، التي قيل إنها). */
import type { Cue } from "./find-cues.js";
import { isA, type Reading } from "./reading.js";
import { matchKey } from "../../text/index.js";

/** The match key of إلى (يشار إلى أن). */
const ILA = matchKey("إلى");

/**
 * Cue words that do not report here: a verbal noun after a preposition or a particle (عقب رفض
 * مالكه، بسبب رفضه، عدم كشف هويته، غير متوقعة), a participle after a number (بإعدام 17 متهما), a
 * passive verb in a relative clause (الأدلة التي قيل إنها، الذي يُعتبر شريكا), and the narrator's
 * asides (يُذكر أن، يشار إلى أن).
 */
export function isNotReport(reading: Reading, cue: Cue, from: number): boolean {
  if (isA(reading, cue.first, "aside") && cue.role === "impersonal") {
    const next = cue.last + 1;
    if (isA(reading, next, "complementizer") || reading.tokens[next]?.key === ILA) return true;
  }
  if (cue.first <= from) return false;
  const before = cue.first - 1;
  const bare = (reading.words[cue.first]?.prefix ?? 0) === 0;
  if (cue.role === "verb" || cue.role === "participle" || cue.role === "impersonal") {
    if (
      bare &&
      (isA(reading, before, "preposition") || isA(reading, before, "blocker")) &&
      !isA(reading, before, "conjunction") &&
      reading.tokens[before]!.kind === "word"
    )
      return true;
  }
  if (cue.role === "participle" && reading.tokens[before]!.kind === "number") return true;
  if (cue.role === "impersonal" && isA(reading, before, "relative")) return true;
  return false;
}
