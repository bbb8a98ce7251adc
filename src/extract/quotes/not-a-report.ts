/** Words that read as reporting cues but report nothing here (عقب رفض، 17 متهما، التي قيل إنها). */
import type { Cue } from "./find-cues.js";
import { namedAfterWhat } from "./clause-shape.js";
import { isA, isColon, isComma, isStop, opensWithWaw, type Reading } from "./reading.js";
import { matchKey } from "../../text/index.js";
import { isQuoteMark } from "../../text/quote-marks.js";

/** The match key of إلى (يشار إلى أن). */
const ILA = matchKey("إلى");
/** قد or وقد (match keys). */
const QAD = new Set([matchKey("قد"), matchKey("وقد")]);
const isQad = (key: string): boolean => QAD.has(key);
const GHAYR = matchKey("غير");
/** لم، لن، لا (match keys): particles that deny the verb after them. */
const NEGATIONS = new Set(["لم", "لن", "لا", "ولم", "ولن", "ولا"].map(matchKey));

/** Token i is denied by لم، لن or لا right before it (مصدر لم يذكر اسمه). */
export function isNegated(reading: Reading, i: number): boolean {
  return i > 0 && NEGATIONS.has(reading.tokens[i - 1]!.key);
}

/**
 * The cue is an imperfect verb: يـ (يقول، يؤكدون), or تـ with a feminine subject and no perfect ـت
 * ending (تقول، تؤكد; تعهدت and تابعت are perfects).
 */
export function isImperfect(reading: Reading, cue: Cue): boolean {
  const word = reading.words[cue.first];
  const form = reading.tokens[cue.first]!.key.slice(word?.prefix ?? 0);
  if (form.startsWith("ي")) return true;
  return form.startsWith("ت") && cue.gender === "f" && !form.endsWith("ت");
}

/**
 * Cue words that do not report here: a verbal noun after a preposition or a particle (عقب رفض
 * مالكه، بسبب رفضه، عدم كشف هويته، غير متوقعة), a participle after a number (بإعدام 17 متهما), a
 * passive verb in a relative clause (الأدلة التي قيل إنها، الذي يُعتبر شريكا), the narrator's
 * asides (يُذكر أن، يشار إلى أن), and a belief inside the believer's report (قالت إنها تعتقد أن).
 */
export function isNotReport(reading: Reading, cue: Cue, from: number): boolean {
  if (isA(reading, cue.first, "aside") && cue.role === "impersonal") {
    const next = cue.last + 1;
    if (isA(reading, next, "complementizer") || reading.tokens[next]?.key === ILA) return true;
  }
  // (بعد مزاعم بحدوث …، في اتهامات بـ…: a charge noun after a preposition is still a charge.)
  if (cue.first <= from || isA(reading, cue.first, "charge")) return false;
  // لم يرفض، لا تعترف: a report denied by لم/لن/لا reports nothing (FORMAT.md: negated reports).
  if ((cue.role === "verb" || cue.role === "impersonal") && isNegated(reading, cue.first)) return true;
  const before = cue.first - 1;
  const bare = (reading.words[cue.first]?.prefix ?? 0) === 0;
  // (ومن المتوقع أن، من المرجح أن: an agentless prediction is من with a definite adjective.)
  const prediction = cue.role === "impersonal" && reading.tokens[cue.first]!.key.startsWith("ال");
  // (من غير المتوقع أن: "unexpected" is an assessment inside the sentence, not a prediction.)
  if (prediction && reading.tokens[before]!.key === GHAYR) return true;
  if (cue.role === "verb" || cue.role === "participle" || (cue.role === "impersonal" && !prediction)) {
    if (
      bare &&
      (isA(reading, before, "preposition") || isA(reading, before, "blocker")) &&
      !isA(reading, before, "conjunction") &&
      reading.tokens[before]!.kind === "word" &&
      // (هاجم من وصفهم بالخونة: من is "whom" before a naming verb, not the preposition "from".)
      !namedAfterWhat(reading, cue, from)
    )
      return true;
  }
  // ويمكن القول إن، لا بد من القول: a saying that may or must be done is the narrator's, not a report.
  if (cue.role === "said-noun" && bare && isA(reading, before, "blocker")) return true;
  // معلومات قد تؤكد وقوع …: قد with an imperfect verb is "may", a possibility, not a report.
  if (cue.role === "verb" && isQad(reading.tokens[before]!.key) && isImperfect(reading, cue)) return true;
  if (cue.role === "participle" && reading.tokens[before]!.kind === "number") return true;
  // إجراءات مشددة: a feminine participle right after an indefinite feminine plural agrees with it
  // as its adjective; the circumstantial participle of a report does not.
  if (cue.role === "participle" && cue.gender === "f" && bare && isFeminineIndefinite(reading, before))
    return true;
  // إجراءات أمنية مشددة، مراكز استقبال مشددة وإقامة جبرية: a feminine participle right after a word and
  // closed by a comma, a stop or a و-phrase qualifies that word; a report's participle takes its object or
  // preposition first (متهمة موسكو بـ، مؤكدة أن).
  if (cue.role === "participle" && cue.gender === "f" && bare && !isComma(reading.tokens[before]!)) {
    const next = reading.tokens[cue.last + 1];
    if (next === undefined || isComma(next) || isStop(next) || opensWithWaw(next)) return true;
  }
  if (cue.role === "impersonal" && isA(reading, before, "relative")) return true;
  // قالت إنها تعتقد أن …: the speaker's belief inside her own report is not a second statement.
  if (isA(reading, cue.first, "belief") && bare && isA(reading, before, "complementizer")) {
    const segments = reading.tokens[before]!.segments;
    if (segments.length > 1 && segments[segments.length - 1]!.kind === "enclitic") return true;
  }
  return false;
}

/**
 * Token i is an indefinite sound feminine plural (إجراءات، تعليمات) with no clitic or name on it;
 * a singular in ة may be a predicate (الخطة جاهزة مؤكدة أن …) and is left alone.
 */
function isFeminineIndefinite(reading: Reading, i: number): boolean {
  const token = reading.tokens[i]!;
  if (token.kind !== "word" || token.segments.length !== 1 || reading.words[i] !== undefined) return false;
  if (reading.mentionEndingAt[i] !== undefined) return false;
  const form = token.text.replace(/[\u064B-\u0652\u0640]/g, "");
  if (form.startsWith("ال")) return false;
  return form.endsWith("ات");
}

/**
 * نقل names no source and no words when its clause has no عن (or على لسان), no أن/إن and no
 * quotation or colon in its sentence: it moves people or things (ونقل الجرحى إلى
 * المستشفى، نقل السفارة إلى القدس), which the corpus has about five times as often as a bare
 * "relayed" (ونقلت المصادر إصابة شرطي), which it leaves unread.
 */
export function relaysNothing(reading: Reading, cue: Cue, to: number): boolean {
  if (cue.role !== "transmit") return false;
  const { tokens } = reading;
  // The sentence ends the clause: a dot inside it belongs to an acronym (ونقلت سي.إن.إن أن).
  for (let k = cue.last + 1; k < to; k++) {
    const token = tokens[k]!;
    if (isColon(token) || isQuoteMark(token) || isA(reading, k, "complementizer")) return false;
    const stem = token.segments.find((segment) => segment.kind === "stem")?.form;
    if (stem === "عن" || stem === "لسان") return false;
  }
  return true;
}
