/**
 * News-style Latin names for Arabic names: the knowledge base's label when listed, else word by
 * word from the name list (باركر → Parker, محمد → Mohammed), else a letter-by-letter romanization
 * with the conventions of English-language wire copy: the article as a lower-case `al-` joined to the
 * word (Abu Bakr al-Baghdadi; `Al-` when the name opens with it), ة as a, word-final ي as i, a short
 * "a" between two consonants at the start of a word (بغداد → Baghdad), no diacritics.
 */
import { matchKey } from "../../text/index.js";
import type { KnowledgeBase } from "./kb.js";

/** Consonant values (ALA-LC without diacritics, as wire services write them). */
const LETTERS: Readonly<Record<string, string>> = {
  ب: "b",
  ت: "t",
  ث: "th",
  ج: "j",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "dh",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  غ: "gh",
  ف: "f",
  ق: "q",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  ة: "a",
  ى: "a",
  ء: "",
  ئ: "",
  ؤ: "",
  پ: "p",
  چ: "ch",
  ڤ: "v",
  گ: "g",
};
const VOWEL_START: Readonly<Record<string, string>> = { ا: "a", أ: "a", إ: "i", آ: "a", ع: "a" };

function capitalize(word: string): string {
  return word.length === 0 ? word : word[0]!.toUpperCase() + word.slice(1);
}

/** Romanizes one word without article (display spelling, hamzas kept when written). */
export function romanizeWord(word: string): string {
  const chars = [...word.replace(/[\u064b-\u065f\u0670\u0640]/g, "")];
  let out = "";
  let previousVowel = true;
  chars.forEach((char, i) => {
    const last = i === chars.length - 1;
    let piece: string;
    let vowel = false;
    if (i === 0 && VOWEL_START[char] !== undefined) {
      piece = VOWEL_START[char]!;
      vowel = true;
    } else if (char === "ا" || char === "أ" || char === "آ" || char === "إ" || char === "ى") {
      piece = out.endsWith("a") ? "" : "a";
      vowel = true;
    } else if (char === "ع") {
      piece = previousVowel ? "" : "a";
      vowel = true;
    } else if (char === "و") {
      piece = i === 0 ? "w" : last || !previousVowel ? "ou" : "w";
      vowel = piece !== "w";
      if (last && previousVowel) piece = "w";
    } else if (char === "ي") {
      piece = i === 0 ? "y" : last ? "i" : !previousVowel ? "i" : "y";
      vowel = piece === "i";
    } else if (char === "ة") {
      piece = "a";
      vowel = true;
    } else {
      piece = LETTERS[char] ?? char;
      // Two consonants opening a word take a short a between them (بغداد → Baghdad).
      if (i === 1 && !previousVowel && piece !== "") out += "a";
    }
    out += piece;
    previousVowel = vowel;
  });
  return out.replace(/ouou/g, "ou").replace(/aa+/g, "a");
}

/** The Latin form of a (multi-word) Arabic name, without the knowledge base's labels. */
export function romanizeName(name: string, kb: Pick<KnowledgeBase, "nameWord">): string {
  const words = name.split(/\s+/).filter((word) => word !== "");
  return words
    .map((word, i) => {
      const key = matchKey(word);
      const known = kb.nameWord(key);
      if (known)
        return known.kind === "PART" && i > 0 && known.latin.startsWith("al-") ? known.latin : known.latin;
      const hasArticle = key.startsWith("ال") && key.length > 3;
      const stem = hasArticle ? word.slice(2) : word;
      const stemKnown = kb.nameWord(matchKey(stem));
      const latin = stemKnown ? stemKnown.latin : capitalize(romanizeWord(stem));
      if (!hasArticle) return latin;
      return `${i === 0 ? "Al" : "al"}-${latin}`;
    })
    .join(" ");
}
