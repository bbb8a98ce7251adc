/**
 * A quick check of a document's main script: Arabic, Latin or neither, from one pass over its
 * UTF-16 code units. Marsad reads Arabic news; a record in another script is still processed, but
 * the caller should say so. No guess between Latin-script languages: "und-Latn" is all it claims.
 */
import type { Note } from "../doc/index.js";

export const LANGUAGE_ID = "language@1";

export interface DetectedLanguage {
  /** "ar" (Arabic letters are the majority), "und-Latn" (Latin letters are) or "und". */
  readonly language: string;
  /** Arabic letters over all letters, in [0, 1]; 0 when there are no letters. */
  readonly arabicShare: number;
}

/** Arabic-script letters (not diacritics, tatweel, digits or punctuation), one UTF-16 code unit. */
function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063f) ||
    (c >= 0x0641 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdfb) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** Arabic-script blocks: what is not a letter in them (tatweel, marks, digits) counts as nothing. */
function isArabicBlock(c: number): boolean {
  return (
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

const OTHER_LETTER = /^\p{L}$/u;

/** The main script of `text` (see the module comment). Pure; never throws. */
export function detectLanguage(text: string): DetectedLanguage {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue; // ASCII digits, spaces and punctuation: the common case, no letter.
    if (isArabicLetter(c)) arabic++;
    else if (isLatinLetter(c)) latin++;
    else if (c >= 0x370 && !isArabicBlock(c)) {
      // Another script's letter? Rare in our input, so the Unicode test runs only here.
      let char = text[i]!;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          char += text[i + 1]!;
          i++;
        }
      }
      if (OTHER_LETTER.test(char)) other++;
    }
  }
  const letters = arabic + latin + other;
  if (letters === 0) return { language: "und", arabicShare: 0 };
  const arabicShare = arabic / letters;
  if (arabic * 2 > letters) return { language: "ar", arabicShare };
  if (latin * 2 > letters) return { language: "und-Latn", arabicShare };
  return { language: "und", arabicShare };
}

/** The warning for a document whose language is not Arabic, or null when it is. */
export function languageNote(language: string, arabicShare: number): Note | null {
  if (language === "ar" || language.toLowerCase().startsWith("ar-")) return null;
  return {
    severity: "warning",
    source: LANGUAGE_ID,
    code: "language.not-arabic",
    message: `the text does not look Arabic (language ${language}, ${Math.round(arabicShare * 100)}% of its letters Arabic); analysed anyway`,
  };
}
