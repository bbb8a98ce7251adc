/**
 * How well a candidate stem fits the clitic-stems lexicon: exact, inflected (ة، ات، ون…), a spelling
 * changed by a following pronoun (حمايت → حماية), or a function word that hosts clitics.
 */
import { STEM_HOST, STEM_NAME, STEM_NOMINAL, STEM_PRONOUN, STEM_TOOL, STEM_VERB } from "./clitic-lexicon.js";

export const WAW = 0x0648; // و
export const FA = 0x0641; // ف
export const BA = 0x0628; // ب
export const KAF = 0x0643; // ك
export const LAM = 0x0644; // ل
export const SIN = 0x0633; // س
export const ALEF = 0x0627; // ا
export const TA = 0x062a; // ت
export const YA = 0x064a; // ي
export const NUN = 0x0646; // ن
const HAMZA_YA = 0x0626; // ئ
const HAMZA_WAW = 0x0624; // ؤ

/** Pronoun enclitics, longest first (UD: separate PRON words). */
const ENCLITICS = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي"];
export const ENCLITIC_OPTIONS = ["", ...ENCLITICS];
/** Extra cost of enclitics that are rare in news (feminine plural, second person dual and plural). */
export const RARE_ENCLITIC_COST: Readonly<Record<string, number>> = { هن: 0.8, كما: 0.8, كن: 1.5, كم: 0.3 };

/**
 * Inflectional endings that stay inside the stem (UD keeps them in the word): feminine, dual, sound
 * plurals, nisba, tanwin alef, verb subject suffixes. Checked when the bare stem is not listed.
 */
const NOMINAL_ENDINGS = ["ة", "ات", "ان", "ين", "ون", "ي", "ية", "يين", "يون", "يات", "تان", "تين", "ا"];
const VERB_ENDINGS = ["ت", "تا", "تم", "تما", "تن", "نا", "وا", "ا", "ن", "ون", "ين", "ان", "ي", "و"];

export const NO_STEM = Number.POSITIVE_INFINITY;
export const ARTICLE_COST = 0.3;
/** فـ is rarer than و, so ف + هم loses to the noun فهم while و + هي still beats وهي "weak". */
export const FA_COST = 1.6;
/** ب/ل/ك + pronoun (بها، لهم) is the usual reading of such short words, ahead of ل + ها. */
export const PREPOSITION_HOST_COST = -3;

/** How a stem spelling was recognised: its cost and the letter change that gives its form. */
export type Restore = 0 | 1 | 2 | 3 | 4;

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
export function matchStem(
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
