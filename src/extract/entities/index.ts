/**
 * @module extract/entities
 * Named entities (PER, ORG, LOC, MISC): a trained tagger over the clitic-segmented tokens, the
 * knowledge base as fallback, in-document linking and Latin names. Mentions leave clitics outside.
 */
import { firstSpanEndingAfter, type Entity, type Mention, type Stage, type Token } from "../../doc/index.js";
import type { Resources } from "../../resources/index.js";
import { chunksOf } from "./chunks.js";
import type { EntityResources } from "./entity-resources.js";
import { cueKey, type KnowledgeBase } from "./kb.js";
import { findKbEntity, identify, linkMentions, type EntityDraft } from "./link.js";
import type { LatinNames } from "./romanize.js";
import {
  mentionOfTokens,
  nameKeyOf,
  startAfterProclitics,
  withoutTrailingVerbs,
  type FoundMention,
} from "./mentions.js";
import { cueWordOf, hasClass } from "../quotes/speech-cues.js";
import { findNisbaOrgs, isNisbaAfterHead, nisbaNameOf, type DemonymRules } from "./nisba-orgs.js";
import { trimToKbNames } from "./kb-trim.js";
import { personsAfterTitles } from "./titled-names.js";
import {
  isMonthOfDate,
  isSetApart,
  namesNothing,
  withoutComplementiser,
  withoutLoneLetter,
  withPairedQuotes,
} from "./mention-edges.js";
import { isCommonWord, isVerbForm, matchKey } from "../../text/index.js";
import { isMonthWord } from "../times/time-lexicon.js";

export {
  buildEntityResources,
  entityResourceVersions,
  type EntityFiles,
  type EntityResources,
} from "./entity-resources.js";
export { buildKnowledgeBase, type KbFiles, type KnowledgeBase } from "./kb.js";
export { parseNerModel, type NerModel } from "./tagger.js";
export { parseDemonyms, type DemonymRules } from "./nisba-orgs.js";
export { romanizeName } from "./romanize.js";

/** An entity with the optional fields this stage adds: other surface names and a role. */
export interface EntityRecord extends Entity {
  /** The other names the document uses for it (داعش, تنظيم الدولة), display forms. */
  readonly aliases: readonly string[];
  /** A title or role announcing a person (رئيس أركان…, وزير الخارجية), where first found. */
  readonly role?: Mention;
}

const MAX_KB_WORDS = 6;
/** Words a tagged name may grow to when the KB knows it whole (منظمة الأغذية والزراعة للأمم المتحدة). */
const MAX_WHOLE_WORDS = 8;
/** How many words before a tagged name its KB name may start (the tagger dropped منظمة). */
const MAX_EARLIER_START = 2;

/** True when the knowledge base lists this match key as a place, an organisation or a person. */
function isListedName(kb: KnowledgeBase, key: string): boolean {
  return (
    kb.lookup(key, "LOC") !== undefined ||
    kb.lookup(key, "ORG") !== undefined ||
    kb.lookup(key, "PER") !== undefined
  );
}

/** Tagger mentions of one sentence, tokens [from, to) of the document. */
function tagSentence(
  tokens: readonly Token[],
  from: number,
  to: number,
  resources: EntityResources,
  isVerb?: (token: Token) => boolean,
): FoundMention[] {
  const keys = new Array<string>(to - from);
  for (let i = from; i < to; i++) keys[i - from] = tokens[i]!.key;
  const found: FoundMention[] = [];
  const isListed = (key: string) => isListedName(resources.kb, key);
  for (const chunk of chunksOf(resources.tagger.tag(keys))) {
    const mention = mentionOfTokens(tokens, from + chunk.start, from + chunk.end, chunk.type, isListed);
    if (mention) found.push(isVerb ? withoutTrailingVerbs(tokens, mention, isVerb, isListed) : mention);
  }
  return found;
}

/**
 * Tagged names the knowledge base knows in a longer form around them: the tagger cut منظمة الأغذية
 * off the rest of منظمة الأغذية والزراعة للأمم المتحدة and tagged لأمم المتحدة apart. The longest core
 * alias covering the mention (starting up to MAX_EARLIER_START words before it) replaces it and the
 * mentions starting inside it. Words are compared through their match keys as written (للأمم is
 * part of the alias), the first one without its proclitics.
 */
function growToKbNames(
  tokens: readonly Token[],
  tagged: readonly FoundMention[],
  kb: KnowledgeBase,
): FoundMention[] {
  const out: FoundMention[] = [];
  let freeFrom = 0;
  for (const mention of tagged) {
    if (mention.first < freeFrom) continue;
    let best: { first: number; last: number; type: FoundMention["type"] } | null = null;
    for (let first = Math.max(freeFrom, mention.first - MAX_EARLIER_START); first <= mention.first; first++) {
      if (tokens[first]!.kind !== "word") continue;
      let key = nameKeyOf(tokens[first]!);
      const limit = Math.min(tokens.length, first + MAX_WHOLE_WORDS);
      for (let last = first + 1; last <= limit; last++) {
        if (last > first + 1) {
          // A number may go on a listed name (فرانس 24), never open one.
          if (!isNameWordOrNumber(tokens[last - 1]!)) break;
          key += " " + tokens[last - 1]!.key;
        }
        if (last >= mention.last && (first !== mention.first || last !== mention.last)) {
          const listed = kb.coreLookup(key);
          if (listed && (!best || last - first > best.last - best.first))
            best = { first, last, type: listed.type };
        }
        // No longer core alias starts with these words: the rest of the loop would find nothing.
        if (!kb.continuesCoreAlias(key)) break;
      }
    }
    const grown = best ? mentionOfTokens(tokens, best.first, best.last, best.type) : null;
    out.push(grown ?? mention);
    freeFrom = (grown ?? mention).last;
  }
  return out;
}

function isNameWordOrNumber(token: Token): boolean {
  return token.kind === "word" || token.kind === "number";
}

/** The document's words counted by cue key (kb.ts `cueKey`), for choosing among shared aliases. */
function cueCountsOf(tokens: readonly Token[], nameKeyAt: (i: number) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== "word") continue;
    const key = cueKey(nameKeyAt(i));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Names the tagger missed but the document or the knowledge base knows: core KB aliases (countries,
 * curated entities), earlier names and their later parts (a surname) and, for an organisation, its
 * head word with the article (التنظيم after تنظيم داعش).
 */
function findMissed(
  tokens: readonly Token[],
  tagged: readonly FoundMention[],
  covered: number[],
  known: Map<string, FoundMention>,
  resources: EntityResources,
  nameKeyAt: (i: number) => string,
  isVerbForm?: (token: Token) => boolean,
): FoundMention[] {
  const found: FoundMention[] = [];
  // فتح تحقيق، فتح المجال: a verb form that is also an organisation's one-word alias is that
  // organisation, when no tagger says so, only set apart by brackets or quotation marks ("فتح"، (واس)).
  const isBareVerbAlias = (i: number, type: string) =>
    (type === "ORG" || type === "MISC") && isVerbForm?.(tokens[i]!) === true && !isSetApart(tokens, i);
  const { kb } = resources;
  const lastOrgByHead = new Map<string, FoundMention>();
  const knownFirst = new Set<string>();
  for (const key of known.keys()) {
    const space = key.indexOf(" ");
    knownFirst.add(space < 0 ? key : key.slice(0, space));
  }
  // Every proper word prefix of a known name, so growing a name stops when none can match.
  const knownPrefixes = new Set<string>();
  for (const key of known.keys())
    for (let at = key.indexOf(" "); at >= 0; at = key.indexOf(" ", at + 1))
      knownPrefixes.add(key.slice(0, at));
  // 1 + the index in `tagged` of the mention opening at each token (the last one, as a Map would keep).
  const taggedAt = new Array<number>(tokens.length).fill(0);
  // Keeps a known name's first word whole when its clitic cut is no name (لاغير, not اغير).
  const isKnownWhole = (key: string) => knownFirst.has(key);
  tagged.forEach((mention, k) => (taggedAt[mention.first] = k + 1));
  for (let i = 0; i < tokens.length; i++) {
    const atTagged = taggedAt[i] ? tagged[taggedAt[i]! - 1] : undefined;
    if (atTagged?.type === "ORG") {
      // The head of the name: its own first word, the word before it (تنظيم داعش), or the KB name's.
      const before = i > 0 ? nameKeyAt(i - 1) : "";
      const kbName = findKbEntity(kb, atTagged.words, "ORG")?.name.split(" ")[0] ?? "";
      for (const head of [atTagged.words[0]!.replace(/^ال/, ""), before, matchKey(kbName)]) {
        if (kb.orgHeads.has(head)) lastOrgByHead.set(head, atTagged);
      }
    }
    if (covered[i] || tokens[i]!.kind !== "word") continue;
    let first = nameKeyAt(i);
    // One look-up for most words: none of these sets holds them.
    if (!kb.opensName(first) && !knownFirst.has(first)) {
      // A name this document gave whole (لاغير of ماري لاغير) is that name even where the clitic
      // splitter read a preposition into it (ل + اغير).
      if (first === tokens[i]!.key || !knownFirst.has(tokens[i]!.key)) continue;
      first = tokens[i]!.key;
    }
    const isOrgShortForm = kb.orgShortForms.has(first);
    let best: FoundMention | null = null;
    const words = [first];
    for (let j = i + 1; j <= Math.min(tokens.length, i + MAX_KB_WORDS); j++) {
      if (j > i + 1) {
        if (covered[j - 1] || !isNameWordOrNumber(tokens[j - 1]!)) break;
        words.push(tokens[j - 1]!.key);
      }
      const key = words.join(" ");
      const seen = known.get(key);
      const type = seen?.type ?? "ORG";
      const listed = seen ? undefined : kb.coreLookup(key);
      if (seen || (listed && !(j === i + 1 && isBareVerbAlias(i, listed.type))))
        best = mentionOfTokens(tokens, i, j, listed?.type ?? type, isKnownWhole);
      if (!knownPrefixes.has(key) && !kb.continuesCoreAlias(key)) break;
    }
    if (best) {
      found.push(best);
      for (let j = best.first; j < best.last; j++) covered[j] = 1;
      i = best.last - 1;
      if (best.type === "ORG") lastOrgByHead.set(best.words[0]!.replace(/^ال/, ""), best);
      continue;
    }
    if (isOrgShortForm && lastOrgByHead.has(first.slice(2))) {
      const mention = mentionOfTokens(tokens, i, i + 1, "ORG");
      if (mention) found.push({ ...mention, words: lastOrgByHead.get(first.slice(2))!.words });
    }
  }
  return found;
}

/** Punctuation that closes the phrase a role is read from (a quote mark inside a role is kept). */
const ROLE_BOUNDARY = new Set([".", "،", ",", "؛", ";", ":", "!", "?", "؟", "(", ")"]);
/** Words a role may span: four right before the name, twenty in an apposition (قال رئيس …، فلان،). */
const ROLE_NEAR = 4;
const ROLE_APPOSITION = 20;

/**
 * The title or role announcing a person: الرئيس الفلسطيني محمود عباس, or in an apposition the whole
 * phrase between the verb and the comma before the name (قال رئيس أركان قوة المهام …، براندون باركر).
 * Right before the name the nearest title word opens the role; in an apposition the first one does.
 */
function roleBefore(
  text: string,
  tokens: readonly Token[],
  first: number,
  kb: KnowledgeBase,
): Mention | undefined {
  let end = first;
  const isApposition = end > 0 && tokens[end - 1]!.text === "،";
  if (isApposition) end--;
  const limit = Math.max(0, end - (isApposition ? ROLE_APPOSITION : ROLE_NEAR));
  let opening = -1;
  for (let i = end - 1; i >= limit; i--) {
    const token = tokens[i]!;
    if (ROLE_BOUNDARY.has(token.text) || (!isApposition && token.kind !== "word")) break;
    if (token.kind === "word" && kb.titles.has(nameKeyOf(token))) {
      opening = i;
      if (!isApposition) break;
    }
  }
  if (opening < 0 || end - 1 < opening) return undefined;
  const start = startAfterProclitics(tokens[opening]!);
  const last = tokens[end - 1]!;
  return { start, end: last.end, text: text.slice(start, last.end) };
}

/** What the entities stage may ask of other lexicons about a word; each test is optional. */
export interface WordTests {
  /** A reporting verb or a said-noun (قوله; the speech-cues lexicon's), which a name does not end with. */
  readonly isVerb?: (token: Token) => boolean;
  /** A dictionary word and never a name (the clitic lexicon's), which a name after a title does not grow over. */
  readonly isCommonWord?: (token: Token) => boolean;
  /** A month name (the time-words lexicon's), which beside a date is no entity. */
  readonly isMonthName?: (token: Token) => boolean;
  /**
   * A dictionary verb, name or not (the clitic lexicon's): a one-word organisation alias that is one
   * (فتح, "opened") is found outside the tagger only between brackets or quotation marks.
   */
  readonly isVerbForm?: (token: Token) => boolean;
}

/** Finds, links and names the entities of a document. */
export function findEntities(
  text: string,
  sentences: readonly { start: number; end: number }[],
  tokens: readonly Token[],
  resources: EntityResources,
  tests: WordTests = {},
): EntityRecord[] {
  const { isVerb, isCommonWord, isMonthName } = tests;
  // nameKeyOf of each word token, built once: findMissed, the nisba rule and the cue counts all read it.
  const nameKeys = new Array<string | undefined>(tokens.length);
  const nameKeyAt = (i: number): string => (nameKeys[i] ??= nameKeyOf(tokens[i]!));
  const taggedParts: FoundMention[] = [];
  for (const sentence of sentences) {
    const from = firstSpanEndingAfter(tokens, sentence.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.start < sentence.end) to++;
    if (to > from) taggedParts.push(...tagSentence(tokens, from, to, resources, isVerb));
  }
  const isNoName = (mention: FoundMention) =>
    namesNothing(tokens, mention) ||
    (isMonthName !== undefined && isMonthOfDate(tokens, mention, isMonthName));
  const tagged = personsAfterTitles(
    tokens,
    trimToKbNames(tokens, growToKbNames(tokens, taggedParts, resources.kb), resources.kb),
    resources.kb,
    isVerb,
    isCommonWord,
  )
    .map((mention) =>
      withPairedQuotes(tokens, withoutComplementiser(tokens, withoutLoneLetter(tokens, mention))),
    )
    .filter((mention): mention is FoundMention => mention !== null && !isNoName(mention));
  const covered = new Array<number>(tokens.length).fill(0); // not typed: those live outside the heap
  const known = new Map<string, FoundMention>();
  for (const mention of tagged) {
    for (let j = mention.first; j < mention.last; j++) covered[j] = 1;
    if (mention.type === "MISC") continue;
    known.set(mention.words.join(" "), mention);
    // A person's later parts (the family name) are names of that person too.
    if (mention.type === "PER")
      for (let k = 1; k < mention.words.length; k++) known.set(mention.words.slice(k).join(" "), mention);
  }
  for (const key of [...known.keys()]) if (key.length < 3) known.delete(key);
  // السعودية in السلطات السعودية is the adjective of an organisation (the nisba rule below), not the country.
  const isAdjectiveOfHead = (mention: FoundMention) =>
    mention.type === "LOC" &&
    mention.last - mention.first === 1 &&
    isNisbaAfterHead(tokens, mention.first, resources.demonyms, resources.kb.titles, nameKeyAt);
  const all = [
    ...tagged,
    ...findMissed(tokens, tagged, covered, known, resources, nameKeyAt, tests.isVerbForm),
  ]
    .filter((mention) => !isAdjectiveOfHead(mention) && !isNoName(mention))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let cueCounts: Map<string, number> | undefined;
  const drafts = linkMentions(text, all, resources.kb, () => (cueCounts ??= cueCountsOf(tokens, nameKeyAt)));
  const draftAt = new Map<number, EntityDraft>();
  for (const draft of drafts) for (const m of draft.mentions) draftAt.set(m.start, draft);
  for (const mention of all) {
    if (mention.type !== "PER") continue;
    const draft = draftAt.get(mention.start);
    if (draft && !draft.role) draft.role = roleBefore(text, tokens, mention.first, resources.kb);
  }
  // Head + nisba organisations (الحكومة العراقية) only where no mention above lies: the tagger wins.
  const taken = new Array<number>(tokens.length).fill(0);
  for (const mention of all) taken.fill(1, mention.first, mention.last);
  const nisbaOrgs = findNisbaOrgs(text, tokens, taken, resources.demonyms, resources.kb.titles, nameKeyAt);
  const records = drafts.map((draft) => toEntity(draft, resources.latinNames, resources.demonyms));
  return mergeById([...records, ...nisbaOrgs]).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * Joins records given one id by the nisba rule (a tagged الخارجية الإيرانية and a found وزارة
 * الخارجية الإيرانية: org:foreign-ministry:IR); the first keeps its name, the others become aliases.
 */
function mergeById(records: readonly EntityRecord[]): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  for (const record of records) {
    const earlier = byId.get(record.id);
    if (!earlier) {
      byId.set(record.id, record);
      continue;
    }
    const mentions = [...earlier.mentions, ...record.mentions].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
    const aliases = [...new Set([...earlier.aliases, record.name, ...record.aliases])]
      .filter((alias) => alias !== earlier.name)
      .sort();
    byId.set(record.id, { ...earlier, mentions, aliases });
  }
  return [...byId.values()];
}

function toEntity(draft: EntityDraft, latinNames: LatinNames, demonyms: DemonymRules): EntityRecord {
  // An unlisted organisation named head + nisba takes the rule's id whoever found it.
  const named = !draft.kb && draft.type === "ORG" ? nisbaNameOf(draft.words, demonyms) : undefined;
  const { id, name, latin } = { ...identify(draft, latinNames), ...named };
  const mentions = [...draft.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  const aliases = [...draft.names].filter((alias) => alias !== name).sort();
  const entity: EntityRecord = { id, type: draft.type, name, latin, mentions, aliases };
  return draft.role ? { ...entity, role: draft.role } : entity;
}

/** The word tests the entities stage asks of the other lexicons (speech cues, clitics, time words). */
export function wordTestsOf(resources: Resources): WordTests {
  const { speechCues, clitics, times } = resources;
  return {
    isVerb: (token) => {
      const word = cueWordOf(token, speechCues);
      return hasClass(word, "verb") || hasClass(word, "said-noun");
    },
    isCommonWord: (token) => isCommonWord(clitics, token),
    isMonthName: (token) => isMonthWord(times, token.key),
    isVerbForm: (token) => isVerbForm(clitics, token),
  };
}

export const entitiesStage: Stage<"sentences" | "tokens", "entities", Resources> = {
  id: "entities@9",
  needs: ["sentences", "tokens"],
  gives: "entities",
  run: (doc, ctx) =>
    findEntities(
      doc.text,
      doc.layers.sentences,
      doc.layers.tokens,
      ctx.resources.entities,
      wordTestsOf(ctx.resources),
    ),
};
