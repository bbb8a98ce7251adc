/**
 * People named right after a person's title, where the tagger missed the name or called it a place:
 * «قال رئيس الحزب الحاكم سيدي ولد محم إن …», «الرئيس المشترك لمجلس سوريا الديمقراطية رياض درار».
 * News introduces nearly every speaker this way, and rare or foreign names are what a model trained
 * on other text misses. The name must open with a listed given name (data/kb/names.tsv), so a title
 * followed by its genitive (رئيس فرنسا، وزير الدفاع) never becomes a person, unless commas set it off
 * as an apposition of words no dictionary lists (الناطق باسم الوزارة، بهرام قاسمي،). The other way round, a
 * description the tagger took for a person right before the name (البرلماني المصري) is dropped.
 */
import type { Token } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import type { KnowledgeBase } from "./kb.js";
import { mentionOfTokens, nameKeyOf, type FoundMention } from "./mentions.js";

/** Words between a title and the name it announces (الرئيس المشترك لمجلس سوريا الديمقراطية …). */
const TITLE_WINDOW = 6;
/** Words a name may take after its given name (سيدي ولد محم). */
const MAX_MORE_WORDS = 2;
/** Words of a name no list knows, set off by commas after a title. */
const MAX_APPOSED_WORDS = 3;

/** Words that end a name: prepositions, complementizers, relatives and auxiliaries. */
const NOT_NAME = new Set(
  [
    "في",
    "من",
    "إلى",
    "عن",
    "مع",
    "خلال",
    "بعد",
    "قبل",
    "أمام",
    "حول",
    "لدى",
    "عبر",
    "إن",
    "أن",
    "إنه",
    "أنه",
    "إنها",
    "أنها",
    "قد",
    "لقد",
    "الذي",
    "التي",
    "كان",
    "كانت",
    "هو",
    "هي",
    "ثم",
    "أو",
    "اليوم",
    "أمس",
    "السبت",
    "الأحد",
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
  ].map(matchKey),
);

/**
 * Written forms that fold to a given name's key but are not names here: على (the key of علي) and
 * باسم (المتحدث باسم, "in the name of"; Basem as a name), أية ("any"; the key of the name آية).
 */
const NEVER_NAMES = new Set(["على", "باسم", "أية", "اية"]);

/**
 * The word opens a name the knowledge base does not know whole: a given name, not a listed person
 * (الرئيس ترامب is found by the KB, and the words after it are no part of his name).
 */
function isGivenName(kb: KnowledgeBase, token: Token): boolean {
  const key = nameKeyOf(token);
  const kind = kb.nameWord(key)?.kind;
  if (kind !== "GIVEN" && kind !== "FOREIGN") return false;
  return !NEVER_NAMES.has(token.text) && kb.lookup(key, "PER") === undefined;
}

/** The word carries the article (الحاكم، للمجلس). */
function isDefinite(token: Token): boolean {
  return token.segments.some((segment) => segment.kind === "article");
}

/** Token `at` opens with a proclitic (و ف ب ل ك): وقال، لوكالة are not words of a name. */
function hasProclitic(token: Token): boolean {
  return token.segments[0]?.kind === "proclitic";
}

/**
 * The tagged mentions with the names after titles added or retyped as PER. `isVerb` (optional)
 * tells reporting verbs, which end a name (رياض درار قال …); `isCommonWord` (optional) tells
 * dictionary words, which a given name the tagger found alone does not grow over (الأمير ويليام
 * إضافة إلى …).
 */
export function personsAfterTitles(
  tokens: readonly Token[],
  tagged: readonly FoundMention[],
  kb: KnowledgeBase,
  isVerb?: (token: Token) => boolean,
  isCommonWord?: (token: Token) => boolean,
): FoundMention[] {
  const taggedAt = new Map<number, FoundMention>();
  // 1 inside a tagged place, organisation or MISC, 2 inside a tagged person. A plain array: a typed
  // one per document lives outside the heap and costs more (findEntities does the same).
  const covered = new Array<number>(tokens.length).fill(0);
  for (const mention of tagged) {
    taggedAt.set(mention.first, mention);
    covered.fill(mention.type === "PER" ? 2 : 1, mention.first, mention.last);
  }
  /**
   * A title word stands before token `at`, the words between being its modifiers and complements
   * (الرئيس المشترك لمجلس سوريا الديمقراطية): definite, after a preposition, or a place or
   * organisation; a comma or a slash may set the name apart. Anything else (a verb, an object) and
   * the name is not the title's.
   */
  const titleBefore = (at: number): boolean => {
    let k = at - 1;
    // (العميد/ فلان: Yemeni and Egyptian news set a name after its rank with a slash.)
    if (k >= 0 && (tokens[k]!.text === "،" || tokens[k]!.text === "/")) k--;
    for (let seen = 0; k >= 0 && seen < TITLE_WINDOW; k--, seen++) {
      const token = tokens[k]!;
      if (token.kind !== "word" || covered[k] === 2) return false;
      if (kb.titles.has(nameKeyOf(token))) return true;
      // (المتحدث باسم الوزارة: باسم, "in the name of", joins the title to its complement, and a
      // definite word the segmenter keeps whole, الخارجية, is a complement like any other.)
      const complement = isDefinite(token) || token.key.startsWith("ال") || token.text === "باسم";
      if (covered[k] !== 1 && !complement && !hasProclitic(token)) return false;
    }
    return false;
  };
  /** Token `at` cannot continue a name: a mark, a function word, a verb, a word with a proclitic. */
  const endsName = (at: number): boolean => {
    const next = tokens[at];
    if (next === undefined || next.kind !== "word" || covered[at] || hasProclitic(next)) return true;
    // (ميلانيا لـCNN: a lone letter is a preposition written apart, never a word of a name.)
    if (next.key.length < 2) return true;
    return NOT_NAME.has(next.key) || NEVER_NAMES.has(next.text) || (isVerb?.(next) ?? false);
  };
  /** The end of the name opening with the given name at `i`, or -1 when it does not end as one. */
  const nameEnd = (i: number): number => {
    let end = i + 1;
    while (end < tokens.length && end - i <= MAX_MORE_WORDS && !endsName(end)) {
      end++;
      // A family name with the article (العبادي) ends the name.
      if (isDefinite(tokens[end - 1]!)) break;
    }
    // The name must end where the clause goes on (إن، a mark, a verb): a run of words that does
    // not end is a sentence, not a name.
    return end - i < 2 || !endsName(end) ? -1 : end;
  };
  /**
   * البرلماني المصري مصطفى بكري: a tagged "person" of two or more definite words, none a listed name
   * word, right before another person, is that person's description, not someone else.
   */
  const isDescription = (mention: FoundMention): boolean => {
    if (mention.type !== "PER" || mention.last - mention.first < 2) return false;
    if (taggedAt.get(mention.last)?.type !== "PER") return false;
    for (let k = mention.first; k < mention.last; k++) {
      if (!isDefinite(tokens[k]!) || kb.nameWord(nameKeyOf(tokens[k]!)) !== undefined) return false;
    }
    return true;
  };
  const out: FoundMention[] = [];
  for (const mention of tagged) {
    if (isDescription(mention)) {
      covered.fill(0, mention.first, mention.last);
      continue;
    }
    const first = tokens[mention.first]!;
    const afterTitle = isGivenName(kb, first) && titleBefore(mention.first);
    if (afterTitle && mention.type !== "PER" && mention.last - mention.first > 1) {
      // A name after a title the tagger called a place or an organisation, unless the KB lists it.
      const listed = kb.lookup(mention.words.join(" "), mention.type) !== undefined;
      out.push(listed ? mention : (mentionOfTokens(tokens, mention.first, mention.last, "PER") ?? mention));
      continue;
    }
    if (afterTitle && mention.type === "PER" && mention.last - mention.first === 1) {
      // العميد منصور ثوابة: the tagger kept the given name and dropped the rare family name.
      let end = nameEnd(mention.first);
      for (let k = mention.last; end > 0 && k < end; k++) if (isCommonWord?.(tokens[k]!)) end = -1;
      const grown = end > 0 ? mentionOfTokens(tokens, mention.first, end, "PER") : null;
      if (grown) {
        covered.fill(2, mention.first, end);
        out.push(grown);
        continue;
      }
    }
    out.push(mention);
  }
  /**
   * The end of a name set off by commas right after a title (قالت وزيرة الصحة، أنييس بوزن، إن),
   * or -1: two or three words, none a listed common word, a function word or a word with a
   * proclitic. The commas are what make a name of words no list knows; without the common-word
   * test (`isCommonWord`) no such name is read.
   */
  const apposedEnd = (i: number): number => {
    if (tokens[i - 1]?.text !== "،" || !titleBefore(i)) return -1;
    let end = i;
    while (end < tokens.length && end - i < MAX_APPOSED_WORDS && !endsName(end)) {
      if (isCommonWord?.(tokens[end]!) ?? true) return -1;
      end++;
    }
    return end - i >= 2 && tokens[end]?.text === "،" ? end : -1;
  };
  const added: FoundMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (covered[i] || token.kind !== "word" || hasProclitic(token)) continue;
    if (!isGivenName(kb, token)) {
      const end = apposedEnd(i);
      const mention = end > 0 ? mentionOfTokens(tokens, i, end, "PER") : null;
      if (mention) {
        added.push(mention);
        i = end - 1;
      }
      continue;
    }
    if (!titleBefore(i)) continue;
    const end = nameEnd(i);
    if (end < 0) continue;
    const mention = mentionOfTokens(tokens, i, end, "PER");
    if (mention) added.push(mention);
    i = end - 1;
  }
  if (added.length === 0) return out;
  return [...out, ...added].sort((a, b) => a.first - b.first);
}
