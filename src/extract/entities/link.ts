/**
 * In-document linking and knowledge-base ids. Mentions are read in text order:
 * 0. one surface, one type: mentions with the same name take the knowledge base's type when it lists
 *    the name, else the type the tagger gave most of them (the first on a tie), so الفاو tagged once
 *    ORG and once LOC ends as one entity;
 * 1. a name listed in the knowledge base takes the KB entity (داعش and تنظيم الدولة الإسلامية: one id);
 *    an alias several entities share is resolved by sense.ts (عمّان → Amman, سلطنة عمان → Oman);
 * 2. a person named by a later part of an earlier person's name joins that person (باركر → براندون
 *    باركر); only earlier names are used, so two men sharing a family name stay apart when the
 *    second is introduced by his full name;
 * 3. otherwise the same match key (hamza, ة/ه, ى/ي folded) and type give the same entity.
 * Ids of unlisted entities are the type and the key of their fullest name, so they agree across documents.
 */
import type { EntityType, Mention } from "../../doc/index.js";
import type { KbEntity, KnowledgeBase } from "./kb.js";
import type { FoundMention } from "./mentions.js";
import type { LatinNames } from "./romanize.js";
import { chooseSense } from "./sense.js";

/** An entity being gathered: its mentions and everything known about its name. */
export interface EntityDraft {
  type: EntityType;
  kb: KbEntity | undefined;
  /** Match keys of the fullest name's words. */
  words: readonly string[];
  name: string;
  readonly mentions: Mention[];
  readonly names: Set<string>;
  role: Mention | undefined;
}

/** Alternative keys to look a name up by: as written, and without a leading ال or لل residue. */
function lookupKeys(words: readonly string[]): string[] {
  const whole = words.join(" ");
  const keys = [whole];
  if (whole.startsWith("ال") && whole.length > 4) keys.push(whole.slice(2));
  else keys.push("ال" + whole);
  return keys;
}

export function findKbEntity(
  kb: KnowledgeBase,
  words: readonly string[],
  type: EntityType,
): KbEntity | undefined {
  for (const key of lookupKeys(words)) {
    const entity = kb.lookup(key, type);
    if (entity) return entity;
  }
  return undefined;
}

function endsWithWords(full: readonly string[], part: readonly string[]): boolean {
  if (part.length >= full.length) return false;
  const offset = full.length - part.length;
  return part.every((word, i) => word === full[offset + i]);
}

const NO_CUES: ReadonlyMap<string, number> = new Map();

/**
 * The KB entity of each mention (undefined when unlisted), shared aliases resolved in text order so
 * a reading chosen earlier is preferred later; then the type of each mention, one per surface.
 */
function listAndType(
  text: string,
  mentions: readonly FoundMention[],
  kb: KnowledgeBase,
  cueCounts: () => ReadonlyMap<string, number>,
): { listed: (KbEntity | undefined)[]; types: EntityType[] } {
  const used = new Set<string>();
  const context = { text, cueCounts, isUsed: (id: string) => used.has(id) };
  const listed = mentions.map((found) => {
    for (const key of lookupKeys(found.words)) {
      const senses = kb.senses(key);
      if (senses) {
        const entity = chooseSense(senses, found, context);
        used.add(entity.id);
        return entity;
      }
    }
    const entity = findKbEntity(kb, found.words, found.type);
    if (entity) used.add(entity.id);
    return entity;
  });
  const bySurface = new Map<string, number[]>();
  mentions.forEach((found, i) => {
    const key = found.words.join(" ");
    const list = bySurface.get(key) ?? [];
    list.push(i);
    bySurface.set(key, list);
  });
  const types = mentions.map((found) => found.type);
  for (const indexes of bySurface.values()) {
    if (indexes.length < 2) continue;
    const kbEntity = indexes.map((i) => listed[i]).find((entity) => entity !== undefined);
    if (kbEntity) {
      for (const i of indexes) {
        listed[i] ??= kbEntity;
        types[i] = listed[i]!.type;
      }
      continue;
    }
    const counts = new Map<EntityType, number>();
    for (const i of indexes) counts.set(types[i]!, (counts.get(types[i]!) ?? 0) + 1);
    let majority = types[indexes[0]!]!;
    for (const [type, count] of counts) if (count > counts.get(majority)!) majority = type;
    for (const i of indexes) types[i] = majority;
  }
  return { listed, types };
}

/**
 * Groups mentions (in text order) into entity drafts. `cueCounts` gives the document's cue words
 * (sense.ts), asked only when a shared alias needs them.
 */
export function linkMentions(
  text: string,
  mentions: readonly FoundMention[],
  kb: KnowledgeBase,
  cueCounts: () => ReadonlyMap<string, number> = () => NO_CUES,
): EntityDraft[] {
  const drafts: EntityDraft[] = [];
  const byId = new Map<string, EntityDraft>();
  const byKey = new Map<string, EntityDraft>();
  /** People with a name of two words or more, by its last word (their family name), in order of mention. */
  const peopleByLastWord = new Map<string, EntityDraft[]>();
  const resolved = listAndType(text, mentions, kb, cueCounts);
  for (const [index, original] of mentions.entries()) {
    const found = { ...original, type: resolved.types[index]! };
    const mention: Mention = { start: found.start, end: found.end, text: text.slice(found.start, found.end) };
    const key = found.words.join(" ");
    const listed = resolved.listed[index];
    let draft: EntityDraft | undefined;
    if (listed) draft = byId.get(listed.id);
    if (!draft && !listed) draft = byKey.get(`${found.type} ${key}`);
    if (!draft && !listed && found.type === "PER") {
      // Later part of an earlier person's name, the most recent first.
      const candidates = peopleByLastWord.get(found.words.at(-1)!) ?? [];
      for (let i = candidates.length - 1; i >= 0 && !draft; i--) {
        if (endsWithWords(candidates[i]!.words, found.words)) draft = candidates[i];
      }
    }
    if (!draft) {
      draft = {
        type: listed?.type ?? found.type,
        kb: listed,
        words: found.words,
        name: found.name,
        mentions: [],
        names: new Set(),
        role: undefined,
      };
      drafts.push(draft);
      if (listed) byId.set(listed.id, draft);
    }
    draft.mentions.push(mention);
    draft.names.add(found.name);
    if (!draft.kb && found.words.length > draft.words.length) {
      draft.words = found.words;
      draft.name = found.name;
    }
    byKey.set(`${found.type} ${key}`, draft);
    if (draft.type === "PER" && draft.words.length > 1) {
      const last = draft.words.at(-1)!;
      const list = peopleByLastWord.get(last) ?? [];
      if (list.at(-1) !== draft) list.push(draft);
      peopleByLastWord.set(last, list);
    }
  }
  return drafts;
}

/** The id, display name and Latin name of a finished draft. */
export function identify(
  draft: EntityDraft,
  latinNames: LatinNames,
): { id: string; name: string; latin: string } {
  if (draft.kb) return { id: draft.kb.id, name: draft.kb.name, latin: draft.kb.latin };
  return {
    id: `${draft.type.toLowerCase()}:${draft.words.join("_")}`,
    name: draft.name,
    latin: latinNames.of(draft.name, draft.type),
  };
}
