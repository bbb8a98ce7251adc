/**
 * HTML extraction eval: body-text token overlap (precision, recall, F1, micro over all tokens and
 * macro over pages), title and date accuracy. `npm run eval:extract` scores test/fixtures/html;
 * `npm run eval:extract -- <dir>` scores any folder of NAME.html + NAME.txt (expected body) pairs,
 * with NAME.json ({ "title", "published" }) when metadata is to be scored too.
 *
 * Tokens are runs of letters and digits (Unicode), compared as a multiset, as in the
 * CleanEval/ScrapingHub article-extraction benchmarks. Dates count as right when equal as written
 * or when they name the same instant.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { isMarsadError } from "../src/doc/index.js";
import { readHtml } from "../src/ingest/index.js";

const dir = process.argv[2] ?? "test/fixtures/html";

function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [token] of text.normalize("NFC").matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let sum = 0;
  for (const [token, count] of a) sum += Math.min(count, b.get(token) ?? 0);
  return sum;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function sameDate(expected: string | null, actual: string | null | undefined): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (!actual) return false;
  if (expected === actual) return true;
  const hasTime = (value: string) => value.includes("T");
  if (!hasTime(expected) || !hasTime(actual))
    return expected.slice(0, 10) === actual.slice(0, 10) && !hasTime(expected) && !hasTime(actual);
  return Date.parse(expected) === Date.parse(actual);
}

const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

interface Expected {
  readonly title?: string | null;
  readonly published?: string | null;
}

const names = readdirSync(dir)
  .filter((file) => file.endsWith(".html") && existsSync(join(dir, file.replace(/\.html$/, ".txt"))))
  .map((file) => basename(file, ".html"))
  .sort();
if (names.length === 0) {
  console.error(`no NAME.html + NAME.txt pairs in ${dir}`);
  process.exit(1);
}

let truePositives = 0;
let predicted = 0;
let gold = 0;
let macroP = 0;
let macroR = 0;
let macroF = 0;
let titled = 0;
let titleRight = 0;
let dated = 0;
let dateRight = 0;
let failed = 0;
const rows: string[] = [];
for (const name of names) {
  const expectedText = readFileSync(join(dir, `${name}.txt`), "utf8");
  const jsonPath = join(dir, `${name}.json`);
  const expected: Expected | null = existsSync(jsonPath)
    ? (JSON.parse(readFileSync(jsonPath, "utf8")) as Expected)
    : null;
  let text = "";
  let title: string | null = null;
  let published: string | null = null;
  try {
    const source = readHtml(readFileSync(join(dir, `${name}.html`)), `${name}.html`);
    text = source.text;
    title = source.meta.title;
    published = source.meta.published;
  } catch (error) {
    if (!isMarsadError(error)) throw error;
    failed++;
    rows.push(`${name}: error ${error.code}: ${error.message}`);
  }
  const g = tokens(expectedText);
  const p = tokens(text);
  const hit = overlap(g, p);
  const precision = total(p) === 0 ? 0 : hit / total(p);
  const recall = total(g) === 0 ? 0 : hit / total(g);
  truePositives += hit;
  predicted += total(p);
  gold += total(g);
  macroP += precision;
  macroR += recall;
  macroF += f1(precision, recall);
  const marks: string[] = [];
  if (expected && "title" in expected) {
    titled++;
    const ok = squash(expected.title) === squash(title);
    if (ok) titleRight++;
    else marks.push(`title ${JSON.stringify(title)}`);
  }
  if (expected && "published" in expected) {
    dated++;
    const ok = sameDate(expected.published ?? null, published);
    if (ok) dateRight++;
    else marks.push(`date ${published} (expected ${expected.published})`);
  }
  rows.push(
    `${name.padEnd(52)} P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1(precision, recall).toFixed(3)}${marks.length ? `  ✗ ${marks.join("; ")}` : ""}`,
  );
}

const microP = predicted === 0 ? 0 : truePositives / predicted;
const microR = gold === 0 ? 0 : truePositives / gold;
const pct = (right: number, of: number) =>
  of === 0 ? "n/a" : `${((100 * right) / of).toFixed(1)}% (${right}/${of})`;
console.log(rows.join("\n"));
console.log("");
console.log(`pages: ${names.length} in ${dir}${failed ? `, ${failed} failed` : ""}`);
console.log(
  `body micro  P ${microP.toFixed(3)}  R ${microR.toFixed(3)}  F1 ${f1(microP, microR).toFixed(3)}`,
);
console.log(
  `body macro  P ${(macroP / names.length).toFixed(3)}  R ${(macroR / names.length).toFixed(3)}  F1 ${(macroF / names.length).toFixed(3)}`,
);
console.log(`title accuracy  ${pct(titleRight, titled)}`);
console.log(`date accuracy   ${pct(dateRight, dated)}`);
