/**
 * Clitic segmentation against UD Arabic PUD: `npm run eval:segment -- [file.conllu] [--errors]`.
 *
 * UD PUD writes each clitic as its own word line glued to the next by SpaceAfter=No, with no
 * multiword ranges, so orthographic words are rebuilt by joining those runs, but only runs of Arabic
 * letters: punctuation also carries SpaceAfter=No, and a word before a comma has no clitic. UD keeps
 * ال attached (للسلطة = ل + لسلطة), so our article segments are merged into the following stem
 * before boundaries are compared.
 */
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCliticLexicon, segmentWord, type WordSegment } from "../src/text/segment-clitics.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_GOLD = join(ROOT, "..", "shared", "data", "segmentation", "ud-arabic-pud", "ar_pud-dev.conllu");
const LEXICON = join(ROOT, "data", "lexicons", "clitic-stems", "stems.tsv");

interface GoldWord {
  readonly text: string;
  /** Inner boundaries (UTF-16 offsets in `text`), ascending. */
  readonly cuts: readonly number[];
}

function isArabicPiece(text: string): boolean {
  let hasLetter = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isLetter = code >= 0x0621 && code <= 0x064a && code !== 0x0640;
    const isMark = (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640;
    const isExtra = code >= 0x0671 && code <= 0x06d3;
    if (!isLetter && !isMark && !isExtra) return false;
    if (isLetter || isExtra) hasLetter = true;
  }
  // A lone tatweel is used as a dash in PUD: it is punctuation, not a clitic.
  return hasLetter;
}

function readGold(path: string): GoldWord[] {
  const words: GoldWord[] = [];
  let pieces: string[] = [];
  const flush = () => {
    if (pieces.length === 0) return;
    let text = "";
    const cuts: number[] = [];
    for (const piece of pieces) {
      if (text.length > 0) cuts.push(text.length);
      text += piece;
    }
    words.push({ text, cuts });
    pieces = [];
  };
  let glued = false;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const cols = line.split("\t");
    if (cols.length !== 10 || !/^\d+$/.test(cols[0]!)) {
      if (line.trim() === "") {
        flush();
        glued = false;
      }
      continue;
    }
    const form = cols[1]!;
    const arabic = isArabicPiece(form);
    if (!(glued && arabic)) flush();
    if (arabic) pieces.push(form);
    glued = arabic && cols[9]!.split("|").includes("SpaceAfter=No");
  }
  flush();
  return words;
}

/** Our boundaries in UD's convention: the article stays with its stem. */
function predictedCuts(segments: readonly WordSegment[]): number[] {
  const cuts: number[] = [];
  for (let i = 0; i < segments.length - 1; i++)
    if (segments[i]!.kind !== "article") cuts.push(segments[i]!.end);
  return cuts;
}

function show(text: string, cuts: readonly number[]): string {
  let out = "";
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    out += (start > 0 ? "+" : "") + text.slice(start, cut);
    start = cut;
  }
  return out;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(2)}%`;
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes("--errors");
  const path = args.find((arg) => !arg.startsWith("--")) ?? DEFAULT_GOLD;
  const started = performance.now();
  const lexicon = parseCliticLexicon(readFileSync(LEXICON, "utf8"));
  const loadMs = performance.now() - started;

  const gold = readGold(path);
  let correct = 0;
  let withClitic = 0;
  let withCliticCorrect = 0;
  let goldCuts = 0;
  let predCuts = 0;
  let matchedCuts = 0;
  const errors = new Map<string, number>();
  for (const word of gold) {
    const predicted = predictedCuts(segmentWord(word.text, lexicon));
    const predictedSet = new Set(predicted);
    const matched = word.cuts.filter((cut) => predictedSet.has(cut)).length;
    const isCorrect = matched === word.cuts.length && predicted.length === word.cuts.length;
    goldCuts += word.cuts.length;
    predCuts += predicted.length;
    matchedCuts += matched;
    if (isCorrect) correct++;
    if (word.cuts.length > 0) {
      withClitic++;
      if (isCorrect) withCliticCorrect++;
    }
    if (!isCorrect) {
      const key = `gold ${show(word.text, word.cuts)}  ours ${show(word.text, predicted)}`;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    }
  }
  console.log(`gold: ${path}`);
  console.log(
    `lexicon: ${lexicon.name}@${lexicon.version}, ${lexicon.size} entries, loaded in ${loadMs.toFixed(0)} ms`,
  );
  console.log(`words: ${gold.length} Arabic orthographic words, ${withClitic} with a clitic in gold`);
  console.log(`word accuracy: ${pct(correct, gold.length)} (${correct}/${gold.length})`);
  console.log(
    `word accuracy, clitic-bearing words: ${pct(withCliticCorrect, withClitic)} (${withCliticCorrect}/${withClitic})`,
  );
  console.log(`clitic precision: ${pct(matchedCuts, predCuts)} (${matchedCuts}/${predCuts} boundaries)`);
  console.log(`clitic recall: ${pct(matchedCuts, goldCuts)} (${matchedCuts}/${goldCuts} boundaries)`);
  if (showErrors) {
    const sorted = [...errors].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    console.log(`errors (${sorted.length} distinct):`);
    for (const [key, count] of sorted.slice(0, 400)) console.log(`${String(count).padStart(4)}  ${key}`);
  }
}

main();
