/**
 * HTML extraction eval. For each corpus (a folder of NAME.html + NAME.txt pairs, the expected body,
 * with NAME.json { "title", "published" } when metadata is scored too) it prints Marsad's body F1
 * (mean and median over pages, and micro over all tokens), the F1 of Mozilla Readability alone on
 * the same pages as a baseline, title and date accuracy, and the five worst pages.
 *
 * `npm run eval:extract` scores the two team corpora: test/fixtures/html (written with the
 * extractor) and test/fixtures/html-layouts (written apart from it, after real sites' markup).
 * `npm run eval:extract -- <dir> [<dir>…]` scores other folders, such as public benchmark pages;
 * `--pages` also prints one line per page.
 *
 * Tokens are runs of letters, marks and digits (Unicode), compared as a multiset, as in the
 * CleanEval and ScrapingHub article-extraction benchmarks. A date counts as right when it names the
 * same instant, or, when the expected value is a calendar date, when it falls on that date as
 * written: the page said the day, not the hour.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { Readability } from "@mozilla/readability";
import { isMarsadError } from "../src/doc/index.js";
import { decodeHtml, readHtml } from "../src/ingest/index.js";
import { parseHtmlDocument, type DomElement } from "../src/ingest/html-dom.js";

const DEFAULT_CORPORA = [
  "test/fixtures/html",
  "test/fixtures/html-layouts",
  "test/fixtures/html-layouts/heldout",
];

type Counts = Map<string, number>;

function tokens(text: string): Counts {
  const counts: Counts = new Map();
  for (const [token] of text.normalize("NFC").matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Counts): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

function overlap(a: Counts, b: Counts): number {
  let sum = 0;
  for (const [token, count] of a) sum += Math.min(count, b.get(token) ?? 0);
  return sum;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

interface BodyScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly hit: number;
  readonly predicted: number;
  readonly gold: number;
}

function scoreBody(expected: string, actual: string): BodyScore {
  const g = tokens(expected);
  const p = tokens(actual);
  const hit = overlap(g, p);
  const precision = total(p) === 0 ? 0 : hit / total(p);
  const recall = total(g) === 0 ? 0 : hit / total(g);
  return { precision, recall, f1: f1(precision, recall), hit, predicted: total(p), gold: total(g) };
}

function sameDate(expected: string | null, actual: string | null | undefined): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (!actual) return false;
  if (expected === actual) return true;
  if (!expected.includes("T")) return actual.slice(0, 10) === expected.slice(0, 10);
  return actual.includes("T") && Date.parse(expected) === Date.parse(actual);
}

const squash = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

interface Expected {
  readonly title?: string | null;
  readonly published?: string | null;
}

/** Readability alone, as a user of the library would call it: same decoding, default options. */
function readabilityText(bytes: Uint8Array, input: string): string {
  const doc = parseHtmlDocument(decodeHtml(bytes, input).text);
  try {
    return new Readability<DomElement>(doc).parse()?.textContent ?? "";
  } catch {
    return "";
  }
}

interface PageResult {
  readonly name: string;
  readonly marsad: BodyScore;
  readonly baseline: BodyScore;
  readonly marks: readonly string[];
  readonly titleScored: boolean;
  readonly titleRight: boolean;
  readonly dateScored: boolean;
  readonly dateRight: boolean;
}

function scorePage(dir: string, name: string): PageResult {
  const expectedText = readFileSync(join(dir, `${name}.txt`), "utf8");
  const jsonPath = join(dir, `${name}.json`);
  const expected: Expected | null = existsSync(jsonPath)
    ? (JSON.parse(readFileSync(jsonPath, "utf8")) as Expected)
    : null;
  const bytes = readFileSync(join(dir, `${name}.html`));
  const marks: string[] = [];
  let text = "";
  let title: string | null = null;
  let published: string | null = null;
  try {
    const source = readHtml(bytes, `${name}.html`);
    text = source.text;
    title = source.meta.title;
    published = source.meta.published;
  } catch (error) {
    if (!isMarsadError(error)) throw error;
    marks.push(`error ${error.code}: ${error.message}`);
  }
  const titleScored = expected !== null && "title" in expected;
  const titleRight = titleScored && squash(expected.title) === squash(title);
  if (titleScored && !titleRight) marks.push(`title ${JSON.stringify(title)}`);
  const dateScored = expected !== null && "published" in expected;
  const dateRight = dateScored && sameDate(expected.published ?? null, published);
  if (dateScored && !dateRight) marks.push(`date ${published} (expected ${expected.published})`);
  return {
    name,
    marsad: scoreBody(expectedText, text),
    baseline: scoreBody(expectedText, readabilityText(bytes, `${name}.html`)),
    marks,
    titleScored,
    titleRight,
    dateScored,
    dateRight,
  };
}

function pageLine(page: PageResult): string {
  const { marsad, baseline } = page;
  const marks = page.marks.length ? `  ✗ ${page.marks.join("; ")}` : "";
  return `  ${page.name.padEnd(48)} P ${marsad.precision.toFixed(3)}  R ${marsad.recall.toFixed(3)}  F1 ${marsad.f1.toFixed(3)}  (Readability ${baseline.f1.toFixed(3)})${marks}`;
}

function micro(scores: readonly BodyScore[]): number {
  const hit = scores.reduce((sum, s) => sum + s.hit, 0);
  const predicted = scores.reduce((sum, s) => sum + s.predicted, 0);
  const gold = scores.reduce((sum, s) => sum + s.gold, 0);
  return f1(predicted === 0 ? 0 : hit / predicted, gold === 0 ? 0 : hit / gold);
}

function scoreCorpus(dir: string, showPages: boolean): boolean {
  const names = readdirSync(dir)
    .filter((file) => file.endsWith(".html") && existsSync(join(dir, file.replace(/\.html$/, ".txt"))))
    .map((file) => basename(file, ".html"))
    .sort();
  if (names.length === 0) {
    console.error(`no NAME.html + NAME.txt pairs in ${dir}`);
    return false;
  }
  const pages = names.map((name) => scorePage(dir, name));
  const pct = (right: number, of: number) =>
    of === 0 ? "n/a" : `${((100 * right) / of).toFixed(1)}% (${right}/${of})`;
  const row = (label: string, scores: readonly BodyScore[]) => {
    const f = scores.map((s) => s.f1);
    const p = mean(scores.map((s) => s.precision));
    const r = mean(scores.map((s) => s.recall));
    return `  ${label.padEnd(18)} F1 mean ${mean(f).toFixed(3)}  median ${median(f).toFixed(3)}  micro ${micro(scores).toFixed(3)}  (P ${p.toFixed(3)}  R ${r.toFixed(3)})`;
  };
  const errors = pages.filter((page) => page.marks.some((mark) => mark.startsWith("error"))).length;
  console.log(`\n${dir}: ${pages.length} pages${errors ? `, ${errors} failed` : ""}`);
  if (showPages) for (const page of pages) console.log(pageLine(page));
  console.log(
    row(
      "Marsad body",
      pages.map((page) => page.marsad),
    ),
  );
  console.log(
    row(
      "Readability alone",
      pages.map((page) => page.baseline),
    ),
  );
  const titled = pages.filter((page) => page.titleScored);
  const dated = pages.filter((page) => page.dateScored);
  console.log(`  title accuracy     ${pct(titled.filter((page) => page.titleRight).length, titled.length)}`);
  console.log(`  date accuracy      ${pct(dated.filter((page) => page.dateRight).length, dated.length)}`);
  console.log("  worst 5 pages (Marsad body F1):");
  const worst = [...pages].sort((a, b) => a.marsad.f1 - b.marsad.f1).slice(0, 5);
  for (const page of worst) console.log(`  ${pageLine(page)}`);
  return true;
}

const args = process.argv.slice(2);
const showPages = args.includes("--pages");
const dirs = args.filter((arg) => arg !== "--pages");
let ok = true;
for (const dir of dirs.length ? dirs : DEFAULT_CORPORA) ok = scoreCorpus(dir, showPages) && ok;
if (!ok) process.exit(1);
