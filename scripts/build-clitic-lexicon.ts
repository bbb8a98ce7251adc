/**
 * Builds data/lexicons/clitic-stems/ from Debian's hunspell-ar dictionary and the names of three NER
 * corpora. Run with `npm run build:lexicon`; the output is committed, nothing is fetched at run time.
 *
 * What is kept: every stem of ar.dic (the word before `/flags`), tagged by the section it came from,
 * plus person/place/organisation tokens of the NER corpora and the words of the knowledge base's
 * place and person names (data/kb), so that كركوك is never read as ك + ركو + ك. hunspell-ar lists function words (its
 * stopwords.dic and tools.dic parts) fully expanded with their clitics (وبيد, منه, لكنه); those
 * expansions are dropped so that only bare forms remain and the segmenter decides the splits.
 */
import { readFileSync, writeFileSync, mkdirSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIC = "/usr/share/hunspell/ar.dic";
const NER = join(ROOT, "..", "shared", "data", "ner");
const OUT = join(ROOT, "data", "lexicons", "clitic-stems");
const KB = join(ROOT, "data", "kb");
const VERSION = "1.2.7";

/** Proclitic sequences (conjunction, preposition, article) that may precede a tool word. */
const PROCLITICS = ["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك", "أ", "أو", "أف"];
/** Pronoun enclitics; ي/ى and ة alternations are tried by `baseOf`. */
const ENCLITICS = ["ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"];

/**
 * Independent pronouns: prepositions never take them (ب/ك/ل + pronoun is written with an enclitic,
 * بها not بهي), so كانت is never ك + أنت. A closed class of the grammar, tagged R.
 */
const PRONOUNS = ["أنا", "أنت", "أنتِ", "أنتم", "أنتما", "أنتن", "نحن", "هو", "هي", "هم", "هما", "هن"];

/** The particles إنّ، أنّ، كأنّ، لكنّ، ليت، لعلّ, which head a nominal sentence and take pronouns. */
const INNA_AND_SISTERS = ["إن", "أن", "كأن", "لكن", "ليت", "لعل"];

/**
 * Tags: T tool/function word, E tool word that hunspell-ar lists with a pronoun attached (منه → من),
 * N nominal (or any flagged stem), V verb form, P name from NER, R independent pronoun.
 */
type Tag = "T" | "E" | "N" | "V" | "P" | "R";

function hunspellVersion(): string {
  try {
    return execFileSync("dpkg-query", ["-W", "-f=${Version}", "hunspell-ar"], { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

function isArabicWord(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x0621 || code > 0x0652) return false;
  }
  return true;
}

/** Strips harakat so forms compare as written in news text. */
function stripMarks(word: string): string {
  let out = "";
  for (const char of word) {
    const code = char.charCodeAt(0);
    if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) continue;
    out += char;
  }
  return out;
}

/** Spellings a stem can take before a pronoun: على → علي(ه), حماية → حماي(ت)هم. */
function baseOf(surface: string): string[] {
  const bases = [surface];
  if (surface.endsWith("ي")) bases.push(surface.slice(0, -1) + "ى");
  if (surface.endsWith("ت")) bases.push(surface.slice(0, -1) + "ة");
  return bases;
}

/** True when `word` is proclitics + a word of `known` + an enclitic, with at least one clitic. */
function isExpansion(word: string, known: ReadonlySet<string>): boolean {
  // A preposition with only a pronoun: به، لها، بك.
  // بي، لي، كي stay: كي is a conjunction and بي mostly a spelled letter in news.
  if (/^[بلك]/.test(word) && word.slice(1) !== "ي" && ENCLITICS.includes(word.slice(1))) return true;
  for (const pro of ["", ...PROCLITICS]) {
    if (!word.startsWith(pro)) continue;
    // The article after the proclitics: وال، بال، and لل where its alef is dropped after ل.
    const article = pro.endsWith("ل") ? "ل" : "ال";
    const rest = word.slice(pro.length);
    if (
      rest.startsWith(article) &&
      rest.length - article.length >= 2 &&
      known.has(rest.slice(article.length))
    )
      return true;
    if (pro === "" && rest.startsWith("لل") && known.has(rest.slice(2))) return true;
    for (const enc of ["", ...ENCLITICS]) {
      if (pro === "" && enc === "") continue;
      if (!word.endsWith(enc) || pro.length + enc.length >= word.length) continue;
      const middle = word.slice(pro.length, word.length - enc.length);
      if (middle.length < 2 && enc === "") continue;
      const candidates = enc === "" ? [middle] : baseOf(middle);
      if (candidates.some((base) => known.has(base))) return true;
    }
  }
  return false;
}

function readHunspell(): Map<string, Set<Tag>> {
  const lines = readFileSync(DIC, "utf8").split("\n");
  const entries = new Map<string, Set<Tag>>();
  const add = (word: string, tag: Tag) => {
    const set = entries.get(word) ?? new Set<Tag>();
    set.add(tag);
    entries.set(word, set);
  };
  const tools = new Set<string>();
  let section = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.startsWith("::::")) {
      // ar.dic is several files concatenated by `more`: a ruler, the file name, a ruler.
      section = lines[i + 1]?.trim() ?? "";
      i += 2;
      continue;
    }
    if (line === "" || line.startsWith("#") || /^\d+(\s+\d+)?$/.test(line)) continue;
    const [head = "", morph] = line.split("\t");
    const slash = head.indexOf("/");
    const word = stripMarks(slash >= 0 ? head.slice(0, slash) : head);
    if (!isArabicWord(word)) continue;
    const hasFlags = slash >= 0;
    if (section === "stopwords.dic" || section === "tools.dic") {
      if (hasFlags && !isExpansion(word, new Set())) add(word, "T");
      else tools.add(word);
    } else if (section === "verb.huns.dic" && morph !== undefined) add(word, "V");
    else add(word, "N");
  }
  // Tool words appear with every clitic attached; keep only the ones that are not such expansions.
  for (const word of tools) if (!isExpansion(word, tools)) add(word, "T");
  // إنّ and her sisters take pronouns (لكنه، لعلها); لكن and لعل look like ل + a word, so they are
  // named here, a closed class of the grammar.
  for (const particle of INNA_AND_SISTERS) add(particle, "T");
  // علي، إلي، حتي are hunspell's spellings of على، إلى، حتى with ya; as tool words they would make
  // والي (governor) read as و + إلى. في and لي keep their ya: that is the standard spelling.
  for (const [word, tags] of entries) {
    const isYaVariant =
      word.length >= 3 && word.endsWith("ي") && entries.get(word.slice(0, -1) + "ى")?.has("T");
    if (isYaVariant) tags.delete("T");
    if (tags.size === 0) entries.delete(word);
  }
  for (const word of tools) {
    for (const enc of ENCLITICS) {
      if (!word.endsWith(enc) || word.length - enc.length < 2) continue;
      for (const base of baseOf(word.slice(0, word.length - enc.length)))
        if (entries.get(base)?.has("T")) add(base, "E");
    }
  }
  for (const pronoun of PRONOUNS) add(stripMarks(pronoun), "R");
  return entries;
}

/** Name tokens (any entity tag) of ANERcorp train, AQMAR and FANE, minus clitic-bearing variants. */
function readNames(stems: ReadonlySet<string>): Set<string> {
  const files: string[] = [join(NER, "anercorp-train", "train.txt")];
  const aqmar = join(NER, "aqmar", "articles");
  if (existsSync(aqmar)) for (const name of readdirSync(aqmar)) files.push(join(aqmar, name));
  // Not NewsFANE: it re-annotates ANERcorp's text, including the standard test split that is held
  // out to measure Marsad, so no word list may be drawn from it.
  files.push(join(NER, "fane", "WikiFANE_Gold_2014_500K.txt"));
  const counts = new Map<string, number>();
  for (const file of files) {
    if (!existsSync(file)) continue;
    for (const raw of readFileSync(file, "utf8").split("\n")) {
      const line = raw.replace(/[\u200e\u200f\ufeff\r]/g, "").trim();
      const match = /^(\S+)[\t ]+([BI]-\S+)/.exec(line);
      if (!match) continue;
      const word = stripMarks(match[1]!);
      if (isArabicWord(word) && word.length >= 3) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  // A name seen once is as likely a tokenisation slip (FANE cuts ف off فلوريدا) as a name.
  const names = new Set([...counts].filter(([, count]) => count >= 2).map(([word]) => word));
  // NER text often drops the hamza (للامم for للأمم), so names are compared with hamza folded.
  const fold = (word: string) => word.replace(/[أإآ]/g, "ا");
  const known = new Set([...names, ...stems].map(fold));
  const stemKeys = new Set([...stems].map(fold));
  const kept = new Set<string>();
  for (const name of names) if (!stemKeys.has(fold(name)) && !isExpansion(fold(name), known)) kept.add(name);
  return kept;
}

/** Arabic names of the knowledge base: its places, governorates, curated entities and name words. */
function kbNameLists(): string[] {
  const rowsOf = (file: string) =>
    readFileSync(join(KB, file), "utf8")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map((line) => line.split("\t"));
  return [
    ...rowsOf("places.tsv").map((row) => row[0] ?? ""),
    ...rowsOf("governorates.tsv").flatMap((row) => (row[3] ?? "").split("|")),
    ...rowsOf("entities.tsv").flatMap((row) =>
      row[1] === "LOC" || row[1] === "PER" ? (row[3] ?? "").split("|") : [],
    ),
    ...rowsOf("names.tsv").map((row) => row[0] ?? ""),
  ];
}

/**
 * Words of the knowledge base's place and person names (data/kb) to protect: at least three letters,
 * the article set aside (the segmenter splits ال off a protected stem as from any noun), not already
 * a stem. A one-word name is kept even when it looks like clitics on a stem (كركوك as ك + ركو + ك):
 * the list is curated, and a curated name is a name. A word inside a longer name is kept only when it
 * is no such look-alike, since there the clitics are often real (والزراعة، للأمم).
 */
function readKbNames(stems: ReadonlySet<string>): Set<string> {
  const fold = (word: string) => word.replace(/[أإآ]/g, "ا");
  const stemKeys = new Set([...stems].map(fold));
  const kept = new Set<string>();
  for (const name of kbNameLists()) {
    const words = name.split(/\s+/).filter((word) => word !== "");
    for (const raw of words) {
      let word = stripMarks(raw);
      if (word.startsWith("ال") && word.length > 4) word = word.slice(2);
      if (!isArabicWord(word) || word.length < 3 || stemKeys.has(fold(word))) continue;
      if (words.length === 1 || !isExpansion(fold(word), stemKeys)) kept.add(word);
    }
  }
  return kept;
}

function main(): void {
  const entries = readHunspell();
  const stems = new Set(entries.keys());
  const names = readNames(stems);
  for (const name of names) entries.set(name, new Set<Tag>(["P"]));
  for (const name of readKbNames(stems)) entries.set(name, new Set<Tag>(["P"]));
  const words = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const version = hunspellVersion();
  const header =
    `# name=clitic-stems version=${VERSION} licence=MPL-1.1 ` +
    `source=hunspell-ar ${version} (ar.dic) + names of ANERcorp-train, AQMAR, WikiFANE + data/kb names`;
  const body = words.map((word) => `${word}\t${[...entries.get(word)!].sort().join("")}`);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, "stems.tsv"), [header, ...body, ""].join("\n"));
  const counts = { T: 0, E: 0, N: 0, V: 0, P: 0, R: 0 };
  for (const tags of entries.values()) for (const tag of tags) counts[tag]++;
  console.log(`wrote ${words.length} entries (${JSON.stringify(counts)}) from hunspell-ar ${version}`);
}

main();
