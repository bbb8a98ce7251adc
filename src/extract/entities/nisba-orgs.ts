/**
 * Organisations named by a head noun and a nationality adjective (nisba ـي): الحكومة العراقية (Iraqi
 * government), القوات الأمريكية (US forces), وزارة الخارجية التركية (Turkish Foreign Ministry). ACE
 * and ANERcorp-style news annotation types them ORG. The adjective agrees with its head in gender and
 * definiteness (a non-human plural such as القوات or السلطات takes the feminine singular), so
 * الجيش السوري is read and الجيش السورية is not; an indefinite حكومة عراقية ("an Iraqi government")
 * names no organisation and is not read. Heads and nisbas: data/kb/demonyms.tsv.
 */
import type { Mention, Token } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import { mentionOfTokens, nameKeyOf } from "./mentions.js";

type Gender = "M" | "F";

/** A nationality adjective with its article: العراقية → Iraq, feminine. */
interface Nisba {
  /** The country's id in data/kb/places.tsv (geo:IQ). */
  readonly country: string;
  readonly gender: Gender;
  /** English adjective, as news writes it before a head (Iraqi, US). */
  readonly latin: string;
}

/** A head noun (or وزارة plus its genitive) that names an organisation when a nisba follows. */
interface OrgHead {
  /** Match keys of its words, the article kept (الحكومه; وزاره الخارجيه). */
  readonly words: readonly string[];
  /** The gender the adjective takes. */
  readonly gender: Gender;
  /** Stable part of the entity id: foreign-ministry for both الخارجية and وزارة الخارجية. */
  readonly key: string;
  readonly latin: string;
  /** The head is itself an adjective (الخارجية for وزارة الخارجية): not read after a definite word. */
  readonly isAdjective: boolean;
  /** English head for one country, by country id (geo:US → State Department). */
  readonly latinFor: ReadonlyMap<string, string>;
}

/** The compiled demonyms.tsv: nisbas by match key and heads by their first word's match key. */
export interface DemonymRules {
  readonly name: string;
  readonly version: string;
  readonly nisbas: ReadonlyMap<string, Nisba>;
  /** Candidate heads by first word, longest first. */
  readonly heads: ReadonlyMap<string, readonly OrgHead[]>;
  /** Words of the longest head (وزارة الخارجية: 2): how far back from an adjective a head may start. */
  readonly longestHead: number;
}

/** No rules: the stage finds no nisba organisations (demonyms.tsv not given). */
export const NO_DEMONYMS: DemonymRules = Object.freeze({
  name: "kb-demonyms",
  version: "none",
  nisbas: new Map(),
  heads: new Map(),
  longestHead: 0,
});

/** An organisation found by this rule, shaped as the stage's entity records. */
export interface NisbaOrg {
  readonly id: string;
  readonly type: "ORG";
  readonly name: string;
  readonly latin: string;
  readonly mentions: Mention[];
  readonly aliases: string[];
}

/** Compiles data/kb/demonyms.tsv; throws naming the line of a malformed row or a nisba listed twice. */
export function parseDemonyms(text: string): DemonymRules {
  const lines = text.split("\n");
  const header = lines[0] ?? "";
  const nisbas = new Map<string, Nisba>();
  const heads = new Map<string, OrgHead[]>();
  lines.forEach((line, i) => {
    if (line === "" || line.startsWith("#")) return;
    const bad = (why: string) => new Error(`kb demonyms.tsv: line ${i + 1}: ${why}: ${line}`);
    const row = line.split("\t");
    if (row[0] === "DEMONYM") {
      const [, masculine, feminine, , country, latin] = row;
      if (!masculine || !feminine || !country?.startsWith("geo:") || !latin) throw bad("bad DEMONYM row");
      for (const [forms, gender] of [
        [masculine, "M"],
        [feminine, "F"],
      ] as const) {
        for (const form of forms.split("|")) {
          const key = matchKey("ال" + form);
          const known = nisbas.get(key);
          if (known && known.country !== country) throw bad(`${form} already names ${known.country}`);
          nisbas.set(key, { country, gender, latin });
        }
      }
    } else if (row[0] === "HEAD") {
      const [, arabic, gender, key, latin, flags, exceptions] = row;
      if (!arabic || (gender !== "M" && gender !== "F") || !key || !latin) throw bad("bad HEAD row");
      const latinFor = new Map<string, string>();
      for (const pair of (exceptions ?? "").split("|").filter((item) => item !== "")) {
        const [country, head] = pair.split("=");
        if (!country || !head) throw bad(`bad country head ${pair}`);
        latinFor.set(country, head);
      }
      const words = arabic.split(" ").map(matchKey);
      const head = { words, gender, key, latin, isAdjective: (flags ?? "").includes("A"), latinFor } as const;
      const list = heads.get(words[0]!) ?? [];
      list.push(head);
      list.sort((a, b) => b.words.length - a.words.length);
      heads.set(words[0]!, list);
    } else {
      throw bad("the row kind is neither DEMONYM nor HEAD");
    }
  });
  return Object.freeze({
    name: /name=(\S+)/.exec(header)?.[1] ?? "kb-demonyms",
    version: /version=(\S+)/.exec(header)?.[1] ?? "0",
    nisbas,
    heads,
    longestHead: Math.max(0, ...[...heads.values()].map((list) => list[0]!.words.length)),
  });
}

/** The id and English name of head + nisba: org:<head key>:<country code>, "Iraqi government". */
function nameOf(head: OrgHead, nisba: Nisba): { id: string; latin: string } {
  return {
    id: `org:${head.key}:${nisba.country.slice("geo:".length)}`,
    latin: `${nisba.latin} ${head.latinFor.get(nisba.country) ?? head.latin}`,
  };
}

/**
 * The stable id and English name of an organisation whose whole name (match keys of its words, the
 * first without proclitics) is a head and an agreeing nisba; undefined otherwise. Names a tagged
 * الحكومة العراقية as the rule would, so its id does not depend on whether the tagger saw it.
 */
export function nisbaNameOf(
  words: readonly string[],
  rules: DemonymRules,
): { id: string; latin: string } | undefined {
  for (const head of rules.heads.get(words[0] ?? "") ?? []) {
    if (words.length !== head.words.length + 1 || head.words.some((word, k) => words[k] !== word)) continue;
    const nisba = rules.nisbas.get(words.at(-1)!);
    if (nisba && nisba.gender === head.gender) return nameOf(head, nisba);
  }
  return undefined;
}

function hasProclitic(token: Token): boolean {
  return token.segments[0]?.kind === "proclitic";
}

/**
 * True when the word before an adjectival head is the noun it modifies or a title it completes, so
 * the head names no ministry: السياسة الخارجية الأمريكية (US foreign policy), وزيرة الخارجية
 * الأمريكية (a person). A definite word is read as one with ال and more than two letters after it,
 * which leaves out إلى (match key الي) and الذي.
 */
function isModified(previous: Token | undefined, titles: ReadonlySet<string>): boolean {
  if (!previous || previous.kind !== "word") return false;
  const key = nameKeyOf(previous);
  return titles.has(key) || (key.startsWith("ال") && key.length > 4);
}

/**
 * True when tokens i, i + 1, … spell `head` (its first word already matched through the caller's
 * key) and none of them is `covered`: the later words as written, with no proclitic.
 */
function headFits(tokens: readonly Token[], i: number, head: OrgHead, covered?: ArrayLike<number>): boolean {
  for (let k = 1; k < head.words.length; k++) {
    const word = tokens[i + k]!;
    if (covered?.[i + k] || word.kind !== "word" || hasProclitic(word) || word.key !== head.words[k])
      return false;
  }
  return true;
}

/**
 * True when token `at` is the nisba adjective of a head right before it (السعودية in السلطات
 * السعودية): a place name there is the adjective, and the words make an organisation, not a place.
 */
export function isNisbaAfterHead(
  tokens: readonly Token[],
  at: number,
  rules: DemonymRules,
  titles: ReadonlySet<string>,
  nameKeyAt: (i: number) => string = (i) => nameKeyOf(tokens[i]!),
): boolean {
  const adjective = tokens[at];
  if (!adjective || adjective.kind !== "word" || hasProclitic(adjective)) return false;
  const nisba = rules.nisbas.get(adjective.key);
  if (!nisba) return false;
  for (let i = Math.max(0, at - rules.longestHead); i < at; i++) {
    if (tokens[i]!.kind !== "word") continue;
    for (const head of rules.heads.get(nameKeyAt(i)) ?? []) {
      if (i + head.words.length !== at || head.gender !== nisba.gender || !headFits(tokens, i, head))
        continue;
      if (!(head.isAdjective && isModified(tokens[i - 1], titles))) return true;
    }
  }
  return false;
}

/**
 * Head + nisba organisations among the tokens not `covered` by an earlier mention (the tagger's or
 * the knowledge base's win). A mention starts after the head's proclitics (والحكومة → الحكومة);
 * mentions of one id (`org:<head key>:<country code>`, the same in every document) form one entity,
 * named by its first mention. Looks up only words that open a listed head.
 */
export function findNisbaOrgs(
  text: string,
  tokens: readonly Token[],
  covered: ArrayLike<number>,
  rules: DemonymRules,
  titles: ReadonlySet<string>,
  nameKeyAt: (i: number) => string = (i) => nameKeyOf(tokens[i]!),
): NisbaOrg[] {
  const byId = new Map<string, NisbaOrg>();
  if (rules.heads.size === 0) return [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || tokens[i]!.kind !== "word") continue;
    const candidates = rules.heads.get(nameKeyAt(i));
    if (!candidates) continue;
    for (const head of candidates) {
      const at = i + head.words.length;
      if (at >= tokens.length) continue;
      const adjective = tokens[at]!;
      if (
        !headFits(tokens, i, head, covered) ||
        covered[at] ||
        adjective.kind !== "word" ||
        hasProclitic(adjective)
      )
        continue;
      const nisba = rules.nisbas.get(adjective.key);
      if (!nisba || nisba.gender !== head.gender) continue;
      if (head.isAdjective && isModified(tokens[i - 1], titles)) continue;
      const found = mentionOfTokens(tokens, i, at + 1, "ORG");
      if (!found) continue;
      const { id, latin } = nameOf(head, nisba);
      const mention: Mention = {
        start: found.start,
        end: found.end,
        text: text.slice(found.start, found.end),
      };
      const org = byId.get(id);
      if (org) {
        org.mentions.push(mention);
        if (found.name !== org.name && !org.aliases.includes(found.name)) org.aliases.push(found.name);
      } else {
        byId.set(id, { id, type: "ORG", name: found.name, latin, mentions: [mention], aliases: [] });
      }
      i = at;
      break;
    }
  }
  return [...byId.values()].map((org) => ({ ...org, aliases: org.aliases.sort() }));
}
