/**
 * Two edges the tagger gets wrong in the same way across outlets:
 * - a name in quotation marks after its head noun (حزب "كولورادو"، مجلة "بوليتيكو") is tagged with
 *   its opening mark but not its closing one, and an acronym quoted after a full name (وكالة المخابرات
 *   المركزية "سي.آي.إيه") is swallowed with its opening mark: a mention must hold its marks in pairs;
 * - the complementiser after a reporting verb is tagged as the first word of the name that follows
 *   it (قال إن بن سلمان): إنّ and أنّ open no name;
 * - a one-word mention that is a preposition (على read as the name علي, which a person's later name
 *   words make known across the document), or a mention with no word at all (a rule of dashes), names
 *   nothing;
 * - a preposition written apart with its tatweel (ميلانيا لـ"إيه بي سي") or a lone symbol is tagged as
 *   the name's last word: no name ends with one;
 * - a month name beside a date (أبريل/نيسان، 10 نيسان، نيسان 2018) is tagged as an organisation or a
 *   person (Nissan, a given name): beside a number, a slash or شهر it is the month.
 */
import type { Token } from "../../doc/index.js";
import { LETTER_NAMES } from "../../text/letter-names.js";
import { isQuoteMark } from "../../text/quote-marks.js";
import { mentionOfTokens, type FoundMention } from "./mentions.js";

/** How many tokens past a mention its closing mark may lie (a quoted name of up to three words). */
const MAX_CLOSING_DISTANCE = 4;

/**
 * The mention with its quotation marks in pairs, or null when nothing is left. An odd mark after a
 * one-word head (حزب "كولورادو) takes in the closing mark when it follows within a few words;
 * otherwise the mention ends before the odd mark (or starts after it, when it comes first).
 */
export function withPairedQuotes(tokens: readonly Token[], mention: FoundMention): FoundMention | null {
  let odd = -1;
  let marks = 0;
  for (let i = mention.first; i < mention.last; i++) {
    if (!isQuoteMark(tokens[i]!)) continue;
    marks++;
    if (marks % 2 === 1) odd = i;
  }
  if (marks % 2 === 0) return mention;
  if (odd === mention.first + 1) {
    for (let i = mention.last; i < Math.min(tokens.length, mention.last + MAX_CLOSING_DISTANCE); i++) {
      const token = tokens[i]!;
      if (isQuoteMark(token)) return mentionOfTokens(tokens, mention.first, i + 1, mention.type) ?? mention;
      if (token.kind !== "word") break;
    }
  }
  if (odd > mention.first) return mentionOfTokens(tokens, mention.first, odd, mention.type);
  return odd + 1 < mention.last ? mentionOfTokens(tokens, odd + 1, mention.last, mention.type) : null;
}

/** True when a one-word mention is a month name written as part of a date. */
export function isMonthOfDate(
  tokens: readonly Token[],
  mention: FoundMention,
  isMonthName: (token: Token) => boolean,
): boolean {
  if (mention.last - mention.first !== 1 || !isMonthName(tokens[mention.first]!)) return false;
  const before = tokens[mention.first - 1];
  const after = tokens[mention.last];
  return (
    (before !== undefined && (before.kind === "number" || before.text === "/" || before.key === "شهر")) ||
    (after !== undefined && (after.kind === "number" || after.text === "/"))
  );
}

/** The complementisers إن and أن as written (آن, Anne, keeps its madda and is not one). */
const COMPLEMENTISERS = new Set(["إن", "أن", "إنّ", "أنّ"]);

/**
 * The mention without a complementiser as its first word (قال إن بن سلمان), and cut before one
 * inside it (قالت الوزارة إن حماس، لبي بي سي إن ميليشيا: the words after إن begin the reported
 * clause, so they belong to no name before it); as it is when إن/أن spells a letter (إن بي سي).
 */
export function withoutComplementiser(tokens: readonly Token[], mention: FoundMention): FoundMention {
  if (mention.last - mention.first < 2) return mention;
  if (COMPLEMENTISERS.has(tokens[mention.first]!.text)) {
    if (LETTER_NAMES.has(tokens[mention.first + 1]!.text)) return mention;
    return mentionOfTokens(tokens, mention.first + 1, mention.last, mention.type) ?? mention;
  }
  for (let i = mention.first + 1; i < mention.last - 1; i++) {
    if (!COMPLEMENTISERS.has(tokens[i]!.text) || spellsLetters(tokens[i + 1]!)) continue;
    // (مجلة إن توتش: after a bare head noun إن is the name's first word, In Touch.)
    if (i === mention.first + 1 && !tokens[mention.first]!.key.startsWith("ال")) continue;
    return mentionOfTokens(tokens, mention.first, i, mention.type) ?? mention;
  }
  return mention;
}

/**
 * The mention without a last token that is a preposition written apart with its tatweel (لـ، بـ) or
 * a lone symbol (أنور #); as it is otherwise (the letters of د ب أ spell a name).
 */
export function withoutLoneLetter(tokens: readonly Token[], mention: FoundMention): FoundMention {
  const last = tokens[mention.last - 1]!;
  const lone = last.key.length === 1 && (last.kind !== "word" || last.text.endsWith("ـ"));
  if (mention.last - mention.first < 2 || !lone) return mention;
  return mentionOfTokens(tokens, mention.first, mention.last - 1, mention.type) ?? mention;
}

/**
 * The word after إن/أن shows it is the letter N: another letter (إن بي سي، سي إن إن) or the Latin
 * spelling (سي إن إن CNN).
 */
function spellsLetters(next: Token): boolean {
  return LETTER_NAMES.has(next.text) || COMPLEMENTISERS.has(next.text) || /^[A-Za-z]/.test(next.text);
}

/** Prepositions whose written form folds to a name's key (على → علي) or that a tagger takes alone. */
const PREPOSITIONS = new Set(["على", "إلى", "الى", "في", "من", "عن", "مع"]);

/** True when the mention names nothing: no word in it, or one preposition as written. */
export function namesNothing(tokens: readonly Token[], mention: FoundMention): boolean {
  if (mention.last - mention.first === 1 && PREPOSITIONS.has(tokens[mention.first]!.text)) return true;
  for (let i = mention.first; i < mention.last; i++) if (tokens[i]!.kind === "word") return false;
  return true;
}

const BRACKETS = new Set(["(", ")", "[", "]"]);

/** True when token `i` stands between brackets or quotation marks: (واس)، "فتح". */
export function isSetApart(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const marks = (token: Token | undefined) =>
    token !== undefined && (BRACKETS.has(token.text) || isQuoteMark(token));
  return marks(before) && marks(after);
}
