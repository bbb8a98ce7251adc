/**
 * The alias knowledge base (data/kb/): curated entities, Iraq's and Syria's governorates, places
 * from ICU and GeoNames, name words with their Latin spelling, and the cue words that announce a
 * person (titles) or head an organisation's name, and the words heading a place name with their English
 * pattern (وادي X → X Valley). Compiled once into match-key maps.
 *
 * An alias shared by entities of different ids (عمان: Oman and Amman; الفاو: FAO and Al-Faw) has
 * senses: each curated entity may list cue words (entities.tsv column 5) and vocalized spellings
 * (column 6) from which the linker (sense.ts) picks one per mention.
 */
import type { EntityType } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import { buildGazetteer, type Gazetteer, type GazetteerClass } from "./gazetteer.js";

/** A knowledge-base entity: stable id, type, English label and Arabic display name. */
export interface KbEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly latin: string;
  readonly name: string;
  /** Curated, a governorate or a country: safe to find by its name alone, without the tagger. */
  readonly core: boolean;
}

export type NameKind = "GIVEN" | "FAMILY" | "PART" | "FOREIGN";

/** One reading of a shared alias: the entity and what tells it apart. */
export interface KbSense {
  readonly entity: KbEntity;
  /** Cue keys (see `cueKey`) of words whose presence in the document points to this entity. */
  readonly cues: ReadonlySet<string>;
  /** Vocalized spellings (عُمان); a diacritic written in the text must agree with one of them. */
  readonly marked: readonly string[];
  /** True when the alias at the head of a dateline (عمان – …) names this entity. */
  readonly dateline: boolean;
}

/** The key cue words are compared by: the match key without a leading article (الأردنية → اردنيه). */
export function cueKey(word: string): string {
  const key = matchKey(word);
  return key.startsWith("ال") && key.length > 4 ? key.slice(2) : key;
}

export interface KnowledgeBase {
  readonly name: string;
  readonly version: string;
  /** The entity an alias names, preferring one of `type`; undefined when unlisted. */
  lookup(key: string, type: EntityType): KbEntity | undefined;
  /** The core entity (curated, governorate, country) an alias names, with or without its article. */
  coreLookup(key: string): KbEntity | undefined;
  /** True when some core alias opens with this word (match key), with or without its article. */
  startsCoreAlias(word: string): boolean;
  /** startsCoreAlias(word) or orgShortForms.has(word), in one look-up. */
  opensName(word: string): boolean;
  /** True when some core alias (as coreLookup reads it) continues past these words: `key + " " + …`. */
  continuesCoreAlias(key: string): boolean;
  /**
   * The readings of an alias (match key) shared by several entities, the default first; undefined
   * when the alias has one entity or none of its entities lists cues or vocalized spellings.
   */
  senses(key: string): readonly KbSense[] | undefined;
  /** Latin spelling and kind of a name word or two-word name (match keys), e.g. باركر → Parker. */
  nameWord(key: string): { readonly latin: string; readonly kind: NameKind } | undefined;
  /** The English pattern of a word heading a place name (match key): وادي → "{} Valley". */
  placePattern(key: string): string | undefined;
  /** Title or role words (match keys; may hold spaces: المتحدث باسم). */
  readonly titles: ReadonlySet<string>;
  /** Words that head an organisation's name (match keys): تنظيم، حزب، وزارة. */
  readonly orgHeads: ReadonlySet<string>;
  /** The same words with the article (التنظيم), as a document names an organisation again. */
  readonly orgShortForms: ReadonlySet<string>;
  readonly gazetteer: Gazetteer;
}

/** The raw text of the knowledge-base files. */
export interface KbFiles {
  readonly entities: string;
  readonly governorates: string;
  readonly places: string;
  readonly names: string;
  readonly cues: string;
  /** Word clusters for the tagger; may be empty. */
  readonly clusters: string;
}

function rows(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t"));
}

function headerOf(text: string): { name: string; version: string } {
  const header = text.split("\n", 1)[0] ?? "";
  return { name: /name=(\S+)/.exec(header)?.[1] ?? "kb", version: /version=(\S+)/.exec(header)?.[1] ?? "0" };
}

const TYPES: readonly EntityType[] = ["PER", "ORG", "LOC", "MISC"];
/** Where two sources give the same alias, the earlier wins: curated, governorates, countries, cities, regions. */
const PLACE_RANK: Readonly<Record<string, number>> = { COUNTRY: 2, CITY: 3, REGION: 4 };

/** Compiles the knowledge-base files; throws naming the file and line on a malformed row. */
export function buildKnowledgeBase(files: KbFiles): KnowledgeBase {
  const aliases = new Map<string, { entity: KbEntity; rank: number }[]>();
  const gazetteer: [string, GazetteerClass][] = [];
  const add = (alias: string, entity: KbEntity, rank: number) => {
    const key = matchKey(alias.trim());
    if (key === "") return;
    const list = aliases.get(key) ?? [];
    list.push({ entity, rank });
    aliases.set(key, list);
    gazetteer.push([alias, entity.type === "MISC" ? "MISC" : entity.type]);
  };
  const senseInfo = new Map<string, Omit<KbSense, "entity">>();
  rows(files.entities).forEach((row, i) => {
    const [id, type, latin, names, cues, marked] = row;
    if (!id || !latin || !names || !TYPES.includes(type as EntityType))
      throw new Error(`kb entities.tsv: bad row ${i + 1}: ${row.join(" ")}`);
    const all = names.split("|");
    const entity = { id, type: type as EntityType, latin, name: all[0]!, core: true };
    for (const alias of all) add(alias, entity, 0);
    if (cues || marked) {
      const words = (cues ?? "").split("|").filter((cue) => cue !== "");
      senseInfo.set(id, {
        cues: new Set(words.filter((cue) => cue !== "@dateline").map(cueKey)),
        marked: (marked ?? "").split("|").filter((form) => form !== ""),
        dateline: words.includes("@dateline"),
      });
    }
  });
  for (const [id, , latin, names] of rows(files.governorates)) {
    if (!id || !latin || !names) continue;
    const all = names.split("|");
    const entity: KbEntity = { id, type: "LOC", latin, name: `محافظة ${all[0]!}`, core: true };
    for (const alias of all) {
      add(`محافظة ${alias}`, entity, 1);
      add(alias, entity, 5);
    }
  }
  for (const [arabic, latin, kind, id] of rows(files.places)) {
    if (!arabic || !latin || !kind || !id) continue;
    add(arabic, { id, type: "LOC", latin, name: arabic, core: kind === "COUNTRY" }, PLACE_RANK[kind] ?? 6);
  }
  for (const list of aliases.values()) list.sort((a, b) => a.rank - b.rank);
  const senses = new Map<string, KbSense[]>();
  for (const [key, list] of aliases) {
    const byId = new Map<string, KbEntity>();
    for (const { entity } of list) if (!byId.has(entity.id)) byId.set(entity.id, entity);
    if (byId.size < 2 || ![...byId.keys()].some((id) => senseInfo.has(id))) continue;
    // The first (highest-ranked) entity is the default reading; others count only with cues.
    const readings = [...byId.values()].filter((entity, i) => i === 0 || senseInfo.has(entity.id));
    const none = { cues: new Set<string>(), marked: [], dateline: false };
    senses.set(
      key,
      readings.map((entity) => ({ entity, ...(senseInfo.get(entity.id) ?? none) })),
    );
  }
  const core = new Map<string, KbEntity>();
  const coreFirstWords = new Set<string>();
  for (const [key, list] of aliases) {
    const entity = list[0]!.entity;
    if (!entity.core) continue;
    const variant = key.startsWith("ال") ? key.slice(2) : "ال" + key;
    if (!core.has(key)) core.set(key, entity);
    // A one-word name is written with the article or without it, never both ways: the other form is
    // a common word (قاعدة a base, not القاعدة; حرة free, not الحرة; المالي financial, not مالي).
    const isOneWord = !key.includes(" ");
    if (!isOneWord && !aliases.has(variant) && !core.has(variant)) core.set(variant, entity);
    const word = key.split(" ", 1)[0]!;
    coreFirstWords.add(word);
    coreFirstWords.add(word.startsWith("ال") ? word.slice(2) : "ال" + word);
  }
  // Every proper word prefix of a core key, so a caller growing a name stops when none can match.
  const corePrefixes = new Set<string>();
  for (const key of core.keys())
    for (let at = key.indexOf(" "); at >= 0; at = key.indexOf(" ", at + 1))
      corePrefixes.add(key.slice(0, at));
  const nameWords = new Map<string, { latin: string; kind: NameKind }>();
  for (const [arabic, latin, kind] of rows(files.names)) {
    if (!arabic || !latin) continue;
    nameWords.set(matchKey(arabic), { latin, kind: (kind ?? "GIVEN") as NameKind });
    if (kind === "GIVEN" || kind === "FOREIGN") gazetteer.push([arabic, "GIVEN"]);
  }
  const titles = new Set<string>();
  const orgHeads = new Set<string>();
  const placePatterns = new Map<string, string>();
  for (const [arabic, cls, pattern] of rows(files.cues)) {
    if (!arabic) continue;
    // Place heads only name the English pattern; they are not tagger features.
    if (cls === "PLACEHEAD") {
      if (pattern?.includes("{}")) placePatterns.set(matchKey(arabic), pattern);
      continue;
    }
    if (cls === "TITLE") titles.add(matchKey(arabic));
    if (cls === "ORGHEAD") orgHeads.add(matchKey(arabic));
    gazetteer.push([arabic, cls === "TITLE" ? "TITLE" : "ORGHEAD"]);
  }
  const orgShortForms = new Set([...orgHeads].map((head) => "ال" + head));
  const openers = new Set([...coreFirstWords, ...orgShortForms]);
  const versions = [files.entities, files.governorates, files.places, files.names, files.cues].map(headerOf);
  return Object.freeze({
    name: "kb",
    version: versions.map((v) => v.version).join("+"),
    lookup(key: string, type: EntityType): KbEntity | undefined {
      const list = aliases.get(key);
      if (!list) return undefined;
      return (list.find((item) => item.entity.type === type) ?? list.find((item) => item.rank === 0))?.entity;
    },
    coreLookup: (key: string) => core.get(key),
    startsCoreAlias: (word: string) => coreFirstWords.has(word),
    opensName: (word: string) => openers.has(word),
    continuesCoreAlias: (key: string) => corePrefixes.has(key),
    senses: (key: string) => senses.get(key),
    nameWord: (key: string) => nameWords.get(key),
    placePattern: (key: string) => placePatterns.get(key),
    titles,
    orgHeads,
    orgShortForms,
    gazetteer: buildGazetteer({ entries: gazetteer, clusters: files.clusters }),
  });
}
