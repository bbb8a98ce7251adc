import type { Token } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import type { KnowledgeBase } from "./kb.js";
import { mentionOfTokens, nameKeyOf, type FoundMention } from "./mentions.js";

/** Words that carry a name on past a listed one (محمد بن سلمان آل سعود، أبو مازن), as match keys. */
const NAME_PARTICLES = new Set(["بن", "ابن", "بنت", "آل", "ابو", "ابي", "عبد"].map(matchKey));

/**
 * Tagged person names that run on past a person the knowledge base knows whole: «ترامب سيستضيف»,
 * «نتنياهو لواشنطن», «أردوغان نتنياهو». The tagger tends to join the word after a name it has just
 * read; when a mention's first words are a listed person and the next word is neither a name word
 * (names.tsv) nor a name particle, or is itself a listed person, the mention ends with the listed name. The words cut off are left
 * uncovered, so the later pass that looks for listed names among them (findMissed) still finds one.
 */
export function trimToKbNames(
  tokens: readonly Token[],
  tagged: readonly FoundMention[],
  kb: KnowledgeBase,
): FoundMention[] {
  return tagged.map((mention) => {
    if (mention.type !== "PER" || mention.last - mention.first < 2) return mention;
    let key = nameKeyOf(tokens[mention.first]!);
    let listedEnd = -1;
    for (let last = mention.first + 1; last <= mention.last; last++) {
      if (last > mention.first + 1) key += " " + tokens[last - 1]!.key;
      if (kb.coreLookup(key)?.type === "PER") listedEnd = last;
      if (last < mention.last && !kb.continuesCoreAlias(key)) break;
    }
    if (listedEnd < 0 || listedEnd === mention.last) return mention;
    const next = tokens[listedEnd]!;
    if (next.kind !== "word") return mention;
    const nextKey = nameKeyOf(next);
    // A name word carries the name on (عبد الفتاح السيسي …), unless it is itself a listed person.
    const nextIsListed = kb.coreLookup(nextKey)?.type === "PER";
    if (NAME_PARTICLES.has(nextKey) || (kb.nameWord(nextKey) !== undefined && !nextIsListed)) return mention;
    return mentionOfTokens(tokens, mention.first, listedEnd, "PER") ?? mention;
  });
}
