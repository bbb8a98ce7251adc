/**
 * Two forms of the same text, kept apart: the display text is never touched; the match key folds
 * what Arabic writers vary freely so that search and lexicon look-ups agree. The key is derived on
 * demand (for a token, beside it) and never replaces the text; its length may differ from it.
 *
 * Folding, after Lucene's ArabicNormalizer with a few additions for scraped news:
 * - alef with hamza or madda, wasla (أ إ آ ٱ ٲ ٳ) → bare alef ا
 * - alef maqsura ى → ya ي, ta marbuta ة → ha ه; Persian keheh ک → kaf ك, Farsi yeh ی → ي
 * - tatweel ـ, harakat/tanwin/shadda/sukun, superscript alef and Quranic marks → removed
 * - Arabic-Indic ٠–٩ and Persian ۰–۹ digits → 0–9; Latin letters → lower case
 * - presentation forms (U+FB50–FDFF, U+FE70–FEFF) → their letters (NFKC), e.g. ﻻ → لا
 * - zero-width and bidi controls (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, embeddings, isolates, BOM) → removed
 */

const KEEP = -1;
const DROP = -2;

/** For each UTF-16 unit: KEEP, DROP, or the code unit it folds to. Built once at module load (pure). */
const FOLD = buildFoldTable();

function buildFoldTable(): Int32Array {
  const table = new Int32Array(0x10000).fill(KEEP);
  const set = (code: number, to: number) => (table[code] = to);
  const range = (from: number, to: number, value: (code: number) => number) => {
    for (let code = from; code <= to; code++) table[code] = value(code);
  };
  range(0x41, 0x5a, (code) => code + 32); // A–Z
  for (const code of [0x0623, 0x0625, 0x0622, 0x0671, 0x0672, 0x0673]) set(code, 0x0627);
  set(0x0649, 0x064a); // ى → ي
  set(0x0629, 0x0647); // ة → ه
  set(0x06a9, 0x0643); // ک → ك
  set(0x06cc, 0x064a); // ی → ي
  set(0x0640, DROP); // tatweel
  range(0x064b, 0x065f, () => DROP); // harakat, tanwin, shadda, sukun, hamza marks
  set(0x0670, DROP); // superscript alef
  range(0x0610, 0x061a, () => DROP); // honorifics and small marks
  range(0x06d6, 0x06dc, () => DROP);
  range(0x06df, 0x06e4, () => DROP);
  range(0x06e7, 0x06e8, () => DROP);
  range(0x06ea, 0x06ed, () => DROP);
  range(0x0660, 0x0669, (code) => 0x30 + code - 0x0660); // Arabic-Indic digits
  range(0x06f0, 0x06f9, (code) => 0x30 + code - 0x06f0); // Persian digits
  range(0x200b, 0x200f, () => DROP); // ZWSP, ZWNJ, ZWJ, LRM, RLM
  range(0x202a, 0x202e, () => DROP); // embeddings and overrides
  range(0x2066, 0x2069, () => DROP); // isolates
  set(0x061c, DROP); // Arabic letter mark
  set(0xfeff, DROP); // BOM / ZWNBSP
  set(0x00ad, DROP); // soft hyphen
  return table;
}

function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefe);
}

/** Each presentation form's letters, themselves folded (ﺃ → ا); built once at load. */
const PRESENTATION_FOLDS = buildPresentationFolds();

function buildPresentationFolds(): Map<number, string> {
  const folds = new Map<number, string>();
  for (let code = 0xfb50; code <= 0xfefe; code++) {
    if (!isPresentationForm(code)) continue;
    let out = "";
    for (const char of String.fromCharCode(code).normalize("NFKC")) {
      const folded = FOLD[char.charCodeAt(0)]!;
      if (folded === KEEP) out += char;
      else if (folded !== DROP) out += String.fromCharCode(folded);
    }
    folds.set(code, out);
  }
  return folds;
}

/** True when `matchKey(text) === text`, checked without building a string. */
export function isFolded(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (FOLD[code] !== KEEP || isPresentationForm(code)) return false;
  }
  return true;
}

/** The search/match key of `text` (see the module comment for what is folded). */
export function matchKey(text: string): string {
  if (isFolded(text)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isPresentationForm(code)) {
      out += PRESENTATION_FOLDS.get(code) ?? "";
      continue;
    }
    const folded = FOLD[code]!;
    if (folded === KEEP) out += text[i];
    else if (folded !== DROP) out += String.fromCharCode(folded);
  }
  return out;
}

/** True for characters that are invisible formatting (zero-width and bidi controls). */
export function isFormatControl(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x061c ||
    code === 0xfeff
  );
}

/** True for Arabic diacritics and tatweel: marks that ride on a letter and belong to its word. */
export function isArabicMark(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x0610 && code <= 0x061a) ||
    (code >= 0x06d6 && code <= 0x06ed)
  );
}
