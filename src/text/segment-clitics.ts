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
  STEM_NAME,
  STEM_NOMINAL,
  STEM_PRONOUN,
  STEM_TOOL,
  STEM_VERB,
  foldCliticChar,
  type CliticLexicon,
} from "./clitic-lexicon.js";
import {
  WAW,
  FA,
  BA,
  KAF,
  LAM,
  SIN,
  ALEF,
  TA,
  YA,
  NUN,
  ENCLITIC_OPTIONS,
  RARE_ENCLITIC_COST,
  NO_STEM,
  ARTICLE_COST,
  FA_COST,
  PREPOSITION_HOST_COST,
  type Restore,
  matchStem,
} from "./match-stem.js";

export { parseCliticLexicon, cliticKey, type CliticLexicon } from "./clitic-lexicon.js";

/** A segment with offsets relative to the start of its word (UTF-16 units). */
export interface WordSegment {
  readonly start: number;
  readonly end: number;
  readonly kind: SegmentKind;
  /** Written form of the morpheme; the article ال after ل has surface "ل" and form "ال". */
  readonly form: string;
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
  let verbWhole: boolean | undefined;
  const isVerbWhole = () => (verbWhole ??= matchStem(key, stems, STEM_VERB, false).cost < NO_STEM);
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
          // فتحت is the verb, not ف + تحت: after فـ alone, a function word of three letters or more
          // gets no bonus over the word read as a verb (فـ is rarer than و; وهي، وهما stay و + pronoun).
          const isFaTool =
            match.cost < 0 && first === FA && conj === 1 && prep === 0 && e - s >= 3 && isVerbWhole();
          if (match.cost < NO_STEM) {
            consider({
              cost: count + (isFaTool ? 0 : match.cost),
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
