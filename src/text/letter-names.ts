/**
 * Latin letters as Arabic news spells them in acronyms (بي بي سي، إن بي سي، سي.آي.إيه، كيه أي أي
 * أي). A closed set of the alphabet's names, not a lexicon of words: the entities stage reads it to
 * tell the letter N (إن بي سي) from a complementiser, the quotes stage to tell a quoted acronym from
 * quoted speech.
 */
export const LETTER_NAMES: ReadonlySet<string> = new Set(
  "بي سي إس اس تي دي إف أف اف جي جيه إم ام في إي اي آي أو يو كيو آر ار إل زد زي واي إكس اكس إتش اتش كي كيه إيه ايه دبليو".split(
    " ",
  ),
);

/**
 * Letters whose names are also common words: N (the complementisers إن، أن), I (أي, "any") and M
 * (أم, "or").
 * Only a context that already holds letters (a quoted acronym) may read them as letters.
 */
const LETTERS_AND_WORDS = new Set(["إن", "أن", "ان", "أي", "أم"]);

/** The word may spell a Latin letter, N and I included (inside a quoted acronym: "كيه أي أي أي"). */
export function isLetterName(text: string): boolean {
  return LETTER_NAMES.has(text) || LETTERS_AND_WORDS.has(text);
}
