/**
 * News-style Latin names for Arabic names: the knowledge base's label when listed, else word by
 * word from the name list (باركر → Parker, محمد → Mohammed, عبد الله → Abdullah; عبد + a divine name
 * → Abdel-Rahman), else a romanization with the conventions of English-language wire copy: the
 * article as a lower-case `al-` joined to the word (Abu Bakr al-Baghdadi; `Al-` when the name opens
 * with it), ة as a, word-final ي as i, no diacritics. Short vowels, which Arabic does not write, are
 * supplied only for a few unmistakable noun patterns (فاعل سامر → Samer, فعيل, فعال, فعول, مفعول,
 * فعلان); otherwise a short "a" between two consonants opening a word (بغداد → Baghdad).
 * A place headed by a word such as وادي or نهر composes from the knowledge base: وادي الأردن →
 * Jordan Valley.
 */
import type { EntityType } from "../../doc/index.js";
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

/** Letters that are plain consonants in a pattern (not long vowels, hamza carriers, ع or ة). */
function isPatternConsonant(char: string | undefined): boolean {
  return (
    char !== undefined &&
    LETTERS[char] !== undefined &&
    char !== "ة" &&
    char !== "ى" &&
    char !== "ء" &&
    char !== "ئ" &&
    char !== "ؤ"
  );
}

/**
 * The word read through a noun pattern whose short vowels are certain from its long vowel, or null.
 * The letters must be plain consonants (ع may only open the word, as a vowel: عادل → Adel).
 */
function romanizeByPattern(chars: readonly string[]): string | null {
  const c = (i: number) => LETTERS[chars[i]!]!;
  const opening = chars[0] === "ع" ? "" : isPatternConsonant(chars[0]) ? c(0) : null;
  if (opening === null) return null;
  const consonants = (...at: number[]) => at.every((i) => isPatternConsonant(chars[i]));
  if (chars.length === 4) {
    if (chars[1] === "ا" && consonants(2, 3)) return `${opening}a${c(2)}e${c(3)}`; // فاعل سامر
    if (!consonants(1, 3)) return null;
    if (chars[2] === "ي") return `${opening}a${c(1)}i${c(3)}`; // فعيل خطيب
    if (chars[2] === "ا") return `${opening}a${c(1)}a${c(3)}`; // فعال جمال
    if (chars[2] === "و") return `${opening}a${c(1)}ou${c(3)}`; // فعول جبور
  }
  if (chars.length === 5) {
    if (chars[0] === "م" && chars[3] === "و" && consonants(1, 2, 4)) return `ma${c(1)}${c(2)}ou${c(4)}`; // مفعول
    if (chars[3] === "ا" && chars[4] === "ن" && consonants(1, 2)) return `${opening}a${c(1)}${c(2)}an`; // فعلان
  }
  return null;
}

/** Romanizes one word without article (display spelling, hamzas kept when written). */
export function romanizeWord(word: string): string {
  const chars = [...word.replace(/[\u064b-\u065f\u0670\u0640]/g, "")];
  const byPattern = romanizeByPattern(chars);
  if (byPattern !== null) return byPattern;
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

/** The Latin form of one word without its article: from the name list, else romanized. */
function stemLatin(stem: string, kb: Pick<KnowledgeBase, "nameWord">): string {
  return kb.nameWord(matchKey(stem))?.latin ?? capitalize(romanizeWord(stem));
}

/** The Latin form of a (multi-word) Arabic name, without the knowledge base's labels. */
export function romanizeName(name: string, kb: Pick<KnowledgeBase, "nameWord">): string {
  const words = name.split(/\s+/).filter((word) => word !== "");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const key = matchKey(word);
    const next = i + 1 < words.length ? matchKey(words[i + 1]!) : "";
    // Two-word names first: عبد الله, صلاح الدين, نصر الله.
    const pair = next === "" ? undefined : kb.nameWord(`${key} ${next}`);
    if (pair) {
      out.push(pair.latin);
      i++;
      continue;
    }
    // عبد + a divine name with the article, written apart or joined: عبد الرحمن، عبدالعزيز.
    if (key === "عبد" && next.startsWith("ال") && next.length > 3) {
      out.push(`Abdel-${stemLatin(words[i + 1]!.slice(2), kb)}`);
      i++;
      continue;
    }
    if (key.startsWith("عبدال") && key.length > 6 && !kb.nameWord(key)) {
      out.push(`Abdel-${stemLatin(word.slice(word.indexOf("ل") + 1), kb)}`);
      continue;
    }
    const known = kb.nameWord(key);
    if (known) {
      out.push(known.latin);
      continue;
    }
    const hasArticle = key.startsWith("ال") && key.length > 3;
    const latin = stemLatin(hasArticle ? word.slice(2) : word, kb);
    out.push(hasArticle ? `${i === 0 ? "Al" : "al"}-${latin}` : latin);
  }
  return out.join(" ");
}

/**
 * The Latin name of an unlisted entity: a place headed by a word with an English pattern takes the
 * rest's KB label or romanization without its article (وادي الأردن → Jordan Valley, نهر اليرموك →
 * Yarmouk River); anything else is romanized word by word.
 */
export function latinName(
  name: string,
  type: EntityType,
  kb: Pick<KnowledgeBase, "nameWord" | "placePattern" | "lookup">,
): string {
  const space = name.indexOf(" ");
  const pattern = type === "LOC" && space > 0 ? kb.placePattern(matchKey(name.slice(0, space))) : undefined;
  if (pattern === undefined) return romanizeName(name, kb);
  const rest = name.slice(space + 1).trim();
  const key = matchKey(rest);
  const bare = key.startsWith("ال") ? key.slice(2) : "ال" + key;
  const listed = kb.lookup(key, "LOC") ?? kb.lookup(bare, "LOC");
  const latin = listed?.latin ?? romanizeName(rest, kb).replace(/^Al-/, "");
  return pattern.replace("{}", latin);
}

/** latinName for the entities of one knowledge base, memoised: the same names recur from article to article. */
export interface LatinNames {
  of(name: string, type: EntityType): string;
}

/** Memoises up to `capacity` names per type (then starts again): latinName is pure given the KB. */
export function buildLatinNames(
  kb: Pick<KnowledgeBase, "nameWord" | "placePattern" | "lookup">,
  capacity = 1 << 14,
): LatinNames {
  const memo = new Map<EntityType, Map<string, string>>();
  return Object.freeze({
    of(name: string, type: EntityType): string {
      let names = memo.get(type);
      if (!names) memo.set(type, (names = new Map()));
      let latin = names.get(name);
      if (latin === undefined) {
        if (names.size >= capacity) names.clear();
        latin = latinName(name, type, kb);
        names.set(name, latin);
      }
      return latin;
    },
  });
}
