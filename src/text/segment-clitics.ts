/**
 * Clitic segmentation of one Arabic word: conjunctions و ف, prepositions ب ك ل, the future سـ, the
 * article ال and the pronoun enclitics (ه ها هم هما هن ك كم كما كن ي ني نا) are cut off the stem
 * when what remains is a known stem of the clitic-stems lexicon (hunspell-ar + NER names).
 *
 * Decision, in order: a word the lexicon knows as it stands (stem, or stem + inflection such as ة,
 * ات, ون, وا) stays whole, so وزير, بلد, وارسو are never cut; otherwise the analysis with the fewest
 * clitics whose stem is known wins; otherwise only an article-led prefix (وال, بال, لل) is cut.
 */
import type { SegmentKind } from "../doc/index.js";
import {
  STEM_HOST,
  STEM_NAME,
  STEM_NOMINAL,
  STEM_PRONOUN,
  STEM_TOOL,
  STEM_VERB,
  foldCliticChar,
  type CliticLexicon,
} from "./clitic-lexicon.js";

export { parseCliticLexicon, cliticKey, type CliticLexicon } from "./clitic-lexicon.js";

/** A segment with offsets relative to the start of its word (UTF-16 units). */
export interface WordSegment {
  readonly start: number;
  readonly end: number;
  readonly kind: SegmentKind;
  /** Written form of the morpheme; the article ال after ل has surface "ل" and form "ال". */
  readonly form: string;
}

const WAW = 0x0648; // و
const FA = 0x0641; // ف
const BA = 0x0628; // ب
const KAF = 0x0643; // ك
const LAM = 0x0644; // ل
const SIN = 0x0633; // س
const ALEF = 0x0627; // ا
const TA = 0x062a; // ت
const YA = 0x064a; // ي
const NUN = 0x0646; // ن
const HAMZA_YA = 0x0626; // ئ
const HAMZA_WAW = 0x0624; // ؤ

/** Pronoun enclitics, longest first (UD: separate PRON words). */
const ENCLITICS = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي"];
const ENCLITIC_OPTIONS = ["", ...ENCLITICS];
/** Extra cost of enclitics that are rare in news (feminine plural, second person dual and plural). */
const RARE_ENCLITIC_COST: Readonly<Record<string, number>> = { هن: 0.8, كما: 0.8, كن: 1.5, كم: 0.3 };

/**
 * Inflectional endings that stay inside the stem (UD keeps them in the word): feminine, dual, sound
 * plurals, nisba, tanwin alef, verb subject suffixes. Checked when the bare stem is not listed.
 */
const NOMINAL_ENDINGS = ["ة", "ات", "ان", "ين", "ون", "ي", "ية", "يين", "يون", "يات", "تان", "تين", "ا"];
const VERB_ENDINGS = ["ت", "تا", "تم", "تما", "تن", "نا", "وا", "ا", "ن", "ون", "ين", "ان", "ي", "و"];

const NO_STEM = Number.POSITIVE_INFINITY;
const ARTICLE_COST = 0.3;
/** فـ is rarer than و, so ف + هم loses to the noun فهم while و + هي still beats وهي "weak". */
const FA_COST = 1.6;
/** ب/ل/ك + pronoun (بها، لهم) is the usual reading of such short words, ahead of ل + ها. */
const PREPOSITION_HOST_COST = -3;

/** How a stem spelling was recognised: its cost and the letter change that gives its form. */
type Restore = 0 | 1 | 2 | 3 | 4;

interface StemMatch {
  readonly cost: number;
  /**
   * 0: form = surface; 1: final ت is ta marbuta ة; 2: the alef of وا was dropped before a pronoun;
   * 3: final hamza sits on a seat before a pronoun (أعدائه، ارتداؤه ← ء);
   * 4: final alef maqsura is written ي before a pronoun (عليه، إليها، لديهم ← ى).
   */
  readonly restore: Restore;
}

const MISS: StemMatch = { cost: NO_STEM, restore: 0 };
const EXACT: StemMatch = { cost: 0, restore: 0 };
const INFLECTED: StemMatch = { cost: 0.6, restore: 0 };
/**
 * A function word (في، أن، هو، ما) as host: و+هي، ب+ها، أن+ه are far more frequent in news than the
 * content words that share their letters (وهي "weak", أنه "he groaned"), so such splits get a bonus.
 */
const TOOL: StemMatch = { cost: -1.5, restore: 0 };

/** Endings grouped by their last letter, so a stem is only tried against endings it can have. */
function byLastLetter(endings: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const groups = new Map<number, string[]>();
  for (const ending of endings) {
    const last = ending.charCodeAt(ending.length - 1);
    groups.set(last, [...(groups.get(last) ?? []), ending]);
  }
  return groups;
}
const NOMINAL_BY_LAST = byLastLetter(NOMINAL_ENDINGS);
const VERB_BY_LAST = byLastLetter(VERB_ENDINGS);
const NONE: readonly string[] = [];

function endingMatch(stem: string, stems: ReadonlyMap<string, number>, allowed: number): boolean {
  const last = stem.charCodeAt(stem.length - 1);
  if (allowed & (STEM_NOMINAL | STEM_NAME)) {
    for (const ending of NOMINAL_BY_LAST.get(last) ?? NONE) {
      if (stem.length - ending.length < 3 || !stem.endsWith(ending)) continue;
      const base = stem.slice(0, stem.length - ending.length);
      if ((stems.get(base) ?? 0) & (STEM_NOMINAL | STEM_NAME) & allowed) return true;
      if ((stems.get(base + "ة") ?? 0) & STEM_NOMINAL & allowed) return true;
    }
  }
  if (allowed & STEM_VERB) {
    for (const ending of VERB_BY_LAST.get(last) ?? NONE) {
      if (stem.length - ending.length < 3 || !stem.endsWith(ending)) continue;
      if ((stems.get(stem.slice(0, stem.length - ending.length)) ?? 0) & STEM_VERB) return true;
    }
  }
  return false;
}

/** Scores `stem` (a lexicon key) as the host of the clitics around it; `allowed` are tag bits. */
function matchStem(
  stem: string,
  stems: ReadonlyMap<string, number>,
  allowed: number,
  hasEnclitic: boolean,
): StemMatch {
  if (hasEnclitic && stem.length >= 2 && stem.charCodeAt(stem.length - 1) === YA) {
    // Before a pronoun alef maqsura is written ي: عليه is على + ه (not the name علي + ه).
    const maqsura = matchSpelling(stem.slice(0, -1) + "ى", stems, allowed, true);
    const asWritten = matchSpelling(stem, stems, allowed, true);
    return maqsura.cost < asWritten.cost ? { cost: maqsura.cost, restore: 4 } : asWritten;
  }
  return matchSpelling(stem, stems, allowed, hasEnclitic);
}

function matchSpelling(
  stem: string,
  stems: ReadonlyMap<string, number>,
  allowed: number,
  hasEnclitic: boolean,
): StemMatch {
  if (stem.length === 0) return MISS;
  const listed = stems.get(stem) ?? 0;
  // هو، أنت after a preposition: prepositions take enclitics, never independent pronouns (كانت).
  if (listed & STEM_PRONOUN && !(allowed & STEM_PRONOUN)) return MISS;
  const bits = listed & allowed;
  if (bits & (STEM_TOOL | STEM_PRONOUN) && (!hasEnclitic || listed & STEM_HOST)) return TOOL;
  if (bits & STEM_TOOL) return EXACT;
  // One-letter and two-letter content stems are mostly dictionary noise (تح، مي).
  if (stem.length < 3) return MISS;
  if (bits) return EXACT;
  const last = stem.charCodeAt(stem.length - 1);
  if (hasEnclitic) {
    // Before a pronoun ta marbuta is written ت (حمايتهم) and the alef of وا is dropped (قتلوه).
    if (last === TA && (stems.get(stem.slice(0, -1) + "ة") ?? 0) & allowed & STEM_NOMINAL)
      return { cost: 0, restore: 1 };
    if (last === WAW && (stems.get(stem + "ا") ?? 0) & allowed & STEM_VERB) return { cost: 0, restore: 2 };
    if (
      (last === HAMZA_YA || last === HAMZA_WAW) &&
      (stems.get(stem.slice(0, -1) + "ء") ?? 0) & allowed & STEM_NOMINAL
    ) {
      return { cost: 0, restore: 3 };
    }
  }
  if (stem.length >= 3 && endingMatch(stem, stems, allowed)) return INFLECTED;
  return MISS;
}

interface Analysis {
  cost: number;
  conj: number; // length of the conjunction (0 or 1)
  prep: number; // code of the preposition or future particle, 0 if none
  article: number; // surface length of the article (0, 1 after ل, 2)
  enclitic: number; // length of the enclitic
  restore: Restore;
}

function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
}

/** Splits `word` (one orthographic word as written) into clitics and stem; segments tile the word. */
export function segmentWord(word: string, lexicon: CliticLexicon): readonly WordSegment[] {
  // Most words can hold no clitic at all (no proclitic letter first, no enclitic letter last): they
  // skip the memo, whose hashing costs more than this test.
  if (
    word.length > 0 &&
    !CAN_START_CLITIC.has(word.charCodeAt(0)) &&
    !CAN_END_CLITIC.has(word.charCodeAt(word.length - 1))
  ) {
    return whole(word);
  }
  const cached = lexicon.memo.get(word);
  if (cached !== undefined) return cached;
  const segments = analyseWord(word, lexicon.stems);
  if (lexicon.memo.size >= lexicon.memoLimit) lexicon.memo.clear();
  lexicon.memo.set(word, segments);
  return segments;
}

/** First letters of a proclitic or the article (و ف ب ك ل س ا), or a mark that hides the letter. */
const CAN_START_CLITIC = new Set([
  WAW,
  FA,
  BA,
  KAF,
  LAM,
  SIN,
  ALEF,
  0x0623,
  0x0625,
  0x0622,
  0x0640,
  0x200f,
  0x200e,
  0x200c,
  0x200d,
  0xfeff,
  ...marks(),
]);
/** Last letters of an enclitic (ه ا م ن ك ي), or a mark, tatweel or control that may follow it. */
const CAN_END_CLITIC = new Set([
  0x0647,
  ALEF,
  0x0645,
  NUN,
  KAF,
  YA,
  0x0640,
  0x0670,
  0x200f,
  0x200e,
  0x200c,
  0x200d,
  0xfeff,
  ...marks(),
]);

function marks(): number[] {
  const codes: number[] = [];
  for (let code = 0x064b; code <= 0x065f; code++) codes.push(code);
  return codes;
}

function whole(word: string): readonly WordSegment[] {
  return [{ start: 0, end: word.length, kind: "stem", form: word }];
}

function analyseWord(word: string, stems: ReadonlyMap<string, number>): readonly WordSegment[] {
  // The key drops marks and tatweel; `at[i]` is the index in `word` of key letter i.
  let key = "";
  const at: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (isPresentationForm(code)) return whole(word);
    const folded = foldCliticChar(code);
    if (folded < 0) continue;
    if (folded < 0x0621 || folded > 0x064a) return whole(word); // digits, Latin, punctuation
    key += String.fromCharCode(folded);
    at.push(i);
  }
  if (key.length < 2) return whole(word);
  const all = STEM_TOOL | STEM_NOMINAL | STEM_VERB | STEM_NAME | STEM_PRONOUN;
  const asWhole = matchStem(key, stems, all, false);
  // A listed function word stays whole (لكن، كما، فيما): nothing can beat it.
  if (asWhole.cost < 0) return whole(word);

  let best: Analysis | undefined =
    asWhole.cost < NO_STEM
      ? { cost: asWhole.cost, conj: 0, prep: 0, article: 0, enclitic: 0, restore: 0 }
      : undefined;
  const consider = (candidate: Analysis) => {
    if (best === undefined || candidate.cost < best.cost) best = candidate;
  };
  const n = key.length;
  const first = key.charCodeAt(0);
  const conjOptions = first === WAW || first === FA ? [0, 1] : [0];
  for (const conj of conjOptions) {
    const p = conj;
    const code = key.charCodeAt(p);
    const prepOptions = [0];
    if (code === BA || code === KAF || code === LAM || code === SIN) prepOptions.push(code);
    for (const prep of prepOptions) {
      const a = p + (prep === 0 ? 0 : 1);
      const articleOptions = [0];
      if (prep === LAM) {
        if (key.charCodeAt(a) === LAM) articleOptions.push(1);
      } else if (prep !== SIN && key.charCodeAt(a) === ALEF && key.charCodeAt(a + 1) === LAM)
        articleOptions.push(2);
      for (const article of articleOptions) {
        const s = a + article;
        let allowed = all;
        if (article > 0) allowed &= STEM_NOMINAL | STEM_NAME;
        if (prep === SIN) allowed &= STEM_VERB;
        else if (prep === BA || prep === KAF) allowed &= ~(STEM_VERB | STEM_PRONOUN);
        else if (prep === LAM) allowed &= ~STEM_PRONOUN;
        if (prep === SIN) {
          const next = key.charCodeAt(s);
          if (next !== YA && next !== TA && next !== NUN && next !== ALEF) continue;
        }
        // The article costs little: UD keeps it in the word, and ال-forms are not in the lexicon.
        const clitics =
          (conj === 0 ? 0 : first === FA ? FA_COST : 1) +
          (prep === 0 ? 0 : 1) +
          (article > 0 ? ARTICLE_COST : 0);
        for (const enclitic of ENCLITIC_OPTIONS) {
          if (enclitic !== "" && !key.endsWith(enclitic)) continue;
          const e = n - enclitic.length;
          if (e < s) continue;
          // An enclitic costs a little more than a proclitic, so equal analyses keep the longer stem.
          const count = clitics + (enclitic === "" ? 0 : 1.05 + (RARE_ENCLITIC_COST[enclitic] ?? 0));
          if (count === 0) continue;
          if (e === s) {
            // لـه، بها، كـهم: the preposition itself hosts the pronoun.
            if (prep !== 0 && prep !== SIN && article === 0 && enclitic !== "") {
              consider({
                cost: count + PREPOSITION_HOST_COST,
                conj,
                prep,
                article,
                enclitic: enclitic.length,
                restore: 0,
              });
            }
            continue;
          }
          const stemAllowed = enclitic === "" ? allowed : allowed & ~(STEM_NAME | STEM_PRONOUN);
          const match = matchStem(key.slice(s, e), stems, stemAllowed, enclitic !== "");
          if (match.cost < NO_STEM) {
            consider({
              cost: count + match.cost,
              conj,
              prep,
              article,
              enclitic: enclitic.length,
              restore: match.restore,
            });
          } else if (article > 0 && enclitic === "" && e - s >= 2) {
            // Unknown stem after an article: وال، بال، لل are cut even when the noun is not listed.
            consider({ cost: 10 + count, conj, prep, article, enclitic: 0, restore: 0 });
          }
        }
      }
    }
  }
  if (best === undefined || best.conj + best.prep + best.article + best.enclitic === 0) return whole(word);
  return buildSegments(word, key, at, best);
}

function buildSegments(
  word: string,
  key: string,
  at: readonly number[],
  best: Analysis,
): readonly WordSegment[] {
  const n = key.length;
  const segments: WordSegment[] = [];
  // A boundary before key letter i sits at at[i]: marks after a letter stay with that letter, and
  // anything before the first letter (a stray tatweel or mark) stays with the first segment.
  const cut = (i: number) => (i === 0 ? 0 : i >= n ? word.length : at[i]!);
  let i = 0;
  const push = (end: number, kind: SegmentKind, form: string) => {
    segments.push({ start: cut(i), end: cut(end), kind, form });
    i = end;
  };
  if (best.conj > 0) push(1, "proclitic", key[0]!);
  const stemEnd = n - best.enclitic;
  if (best.prep !== 0) {
    const isHost = i + 1 === stemEnd;
    push(i + 1, isHost ? "stem" : "proclitic", String.fromCharCode(best.prep));
  }
  if (best.article > 0) push(i + best.article, "article", "ال");
  if (i < stemEnd) {
    const surface = word.slice(cut(i), cut(stemEnd));
    push(stemEnd, "stem", restoreForm(surface, best.restore));
  }
  if (best.enclitic > 0) push(n, "enclitic", key.slice(n - best.enclitic));
  return segments;
}

/** The stem's written form from its surface before a pronoun (marks after the letter are kept). */
function restoreForm(surface: string, restore: Restore): string {
  if (restore === 2) return surface + "ا";
  if (restore === 4) return surface.replace(/ي(?=[^ي]*$)/, "ى");
  if (restore === 0) return surface;
  const seat = restore === 1 ? /ت(?=[^ت]*$)/ : /[ئؤ](?=[^ئؤ]*$)/;
  return surface.replace(seat, restore === 1 ? "ة" : "ء");
}
