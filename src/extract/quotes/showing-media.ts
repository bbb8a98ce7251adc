/**
 * Pictures that show: "فيديو يظهر عناصر الميليشيا …"، "وأظهرت الصور المتداولة حجم الدمار". A video,
 * a picture or a recording reports what it shows as a document reports what it says, so the noun
 * phrase after أظهر is the content and the medium its speaker. Only a medium shows something in
 * this sense: أظهرت كوريا رغبتها، أظهر الهجوم الصعوبة are no reports.
 */
import { matchKey } from "../../text/index.js";
import { pastAdverbs } from "./clause-shape.js";
import type { Cue } from "./find-cues.js";
import type { FoundSpeaker } from "./find-speaker.js";
import { isA, isComma, type Reading } from "./reading.js";

const keys = (words: string) => new Set(words.split(" ").map(matchKey));

/** Forms of أظهر ("showed", "shows"), match keys with and without و. */
const SHOW_VERBS = keys("أظهر أظهرت أظهرا يظهر تظهر يظهران تظهران وأظهر وأظهرت وأظهرا ويظهر وتظهر");

/** Nouns of recorded pictures and sound (match keys), with and without the article. */
const MEDIA = keys(
  "فيديو مقطع مقاطع لقطات صورة صور صورا تسجيل تسجيلات شريط الفيديو المقطع المقاطع اللقطات الصورة الصور التسجيل التسجيلات الشريط",
);

/** Words that go on naming the medium after its noun (مقطع فيديو مسرب، لقطات كاميرات المراقبة). */
const MEDIUM_WORDS = keys(
  "مصور مصورة المصور المصورة متداولة المتداولة المتداول جديدة الجديدة جوية الجوية حية تلفزيونية التلفزيونية كاميرات كاميرا المراقبة سابق مسرب مسربة المسرب المسربة",
);

/** Where a medium's report starts: its speaker and the first token of what it shows. */
export interface ShownContent {
  readonly speaker: FoundSpeaker;
  readonly contentAt: number;
}

/**
 * The medium that shows and where what it shows begins, for the cue at `cue` when it is a form of
 * أظهر with no complement: a medium right after the verb (its subject) or right before it (فيديو
 * يظهر …, a verb describing the medium). The speaker is the medium's own words (مقطع فيديو، الصور
 * ومقاطع الفيديو المتداولة); what follows them is the content. Null otherwise.
 */
export function shownContent(reading: Reading, cue: Cue, from: number): ShownContent | null {
  const { tokens } = reading;
  if (cue.first !== cue.last || !SHOW_VERBS.has(tokens[cue.first]!.key)) return null;
  const next = cue.last + 1;
  if (next < tokens.length && MEDIA.has(tokens[next]!.key)) {
    const end = mediumEnd(reading, next);
    const speaker = { entity: null, start: tokens[next]!.start, end: tokens[end - 1]!.end, next: end };
    return { speaker, contentAt: pastCommas(reading, end) };
  }
  let m = cue.first - 1;
  while (m > from && isA(reading, m, "aux")) m--;
  while (m > from && MEDIUM_WORDS.has(tokens[m]!.key) && !MEDIA.has(tokens[m]!.key)) m--;
  if (m < from || !MEDIA.has(tokens[m]!.key)) return null;
  // (مقطع فيديو يظهر: the medium's phrase may open one word before.)
  if (m > from && MEDIA.has(tokens[m - 1]!.key)) m--;
  const speaker = { entity: null, start: tokens[m]!.start, end: tokens[cue.first - 1]!.end, next: cue.first };
  return { speaker, contentAt: pastCommas(reading, next) };
}

/** The token after the medium's phrase opening at `at`: its nouns, their words and a joined و+noun. */
function mediumEnd(reading: Reading, at: number): number {
  const { tokens } = reading;
  let k = at + 1;
  while (k < tokens.length) {
    const token = tokens[k]!;
    if (MEDIA.has(token.key) || MEDIUM_WORDS.has(token.key)) k++;
    else if (token.segments[0]?.form === "و" && MEDIA.has(token.key.slice(1))) k++;
    else break;
  }
  return k;
}

/** The first token from k past adverbs and commas (وأظهر الفيديو، أمس، …). */
function pastCommas(reading: Reading, k: number): number {
  for (;;) {
    const after = pastAdverbs(reading, k);
    if (after < reading.tokens.length && isComma(reading.tokens[after]!)) k = after + 1;
    else return after;
  }
}
