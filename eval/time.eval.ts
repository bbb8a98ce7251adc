/**
 * Time expressions against the team's gold articles: `npm run eval:time -- [--split dev|test|all]
 * [--errors]`. Runs the real pipeline (cleaning, then the stages, with the times stage added when
 * the default list lacks it) with the gold `published` date as reference, maps gold offsets onto
 * the cleaned text (eval/gold/load-gold.ts) and prints per split:
 * - detection precision/recall/F1, by overlap (a found span overlapping a gold span, paired one to
 *   one, greatest overlap first) and by exact span;
 * - over overlap-matched pairs: value accuracy, type accuracy, mod accuracy (absent = absent).
 * --errors lists misses, false alarms and wrong values with their text. Tune on dev only.
 * Prints zero counts while the gold folder is empty.
 */
import type { LayerName, Span, Stage, TimeExpression } from "../src/doc/index.js";
import { timesStage, type TimeRecord } from "../src/extract/times/index.js";
import { loadResources } from "../src/node/resources.js";
import { DEFAULT_STAGES } from "../src/pipeline/index.js";
import type { Resources } from "../src/resources/index.js";
import {
  loadGold,
  readEvalArgs,
  type GoldArticle,
  type GoldTime,
  type Split,
  type SplitFilter,
} from "./gold/load-gold.js";

type AnyStage = Stage<LayerName, LayerName, Resources>;

const args = process.argv.slice(2);
const { splits, showErrors, ids } = readEvalArgs(args);

const stages: readonly AnyStage[] = DEFAULT_STAGES.some((stage) => stage.id === timesStage.id)
  ? DEFAULT_STAGES
  : [...DEFAULT_STAGES, timesStage as unknown as AnyStage];

interface Counts {
  articles: number;
  gold: number;
  found: number;
  overlap: number;
  exact: number;
  value: number;
  type: number;
  mod: number;
  unmapped: number;
}

function emptyCounts(): Counts {
  return { articles: 0, gold: 0, found: 0, overlap: 0, exact: 0, value: 0, type: 0, mod: 0, unmapped: 0 };
}

interface MappedGold extends GoldTime {
  readonly span: Span;
}

function overlapOf(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function quote(text: string, span: Span): string {
  const before = text.slice(Math.max(0, span.start - 20), span.start).replace(/\s+/g, " ");
  const after = text.slice(span.end, span.end + 20).replace(/\s+/g, " ");
  return `…${before}[${text.slice(span.start, span.end)}]${after}…`;
}

function describe(time: { type: string; value: string; mod?: string }): string {
  return `${time.type} ${time.value}${time.mod === undefined ? "" : ` mod=${time.mod}`}`;
}

function scoreArticle(article: GoldArticle, counts: Counts, errors: string[]): void {
  const text = article.doc.text;
  const found = (article.doc.layers.times ?? []) as readonly (TimeExpression & Partial<TimeRecord>)[];
  const gold: MappedGold[] = [];
  for (const time of article.gold.times) {
    const span = article.offsets.span(time.start, time.end);
    if (span === null) {
      counts.unmapped++;
      errors.push(
        `${article.gold.id}: gold time ${time.start}-${time.end} could not be mapped onto the cleaned text`,
      );
      continue;
    }
    gold.push({ ...time, span });
  }
  counts.articles++;
  counts.gold += gold.length;
  counts.found += found.length;
  // Pairs by greatest overlap first, one to one.
  const pairs: { g: number; f: number; overlap: number }[] = [];
  gold.forEach((g, gi) =>
    found.forEach((f, fi) => {
      const overlap = overlapOf(g.span, f);
      if (overlap > 0) pairs.push({ g: gi, f: fi, overlap });
    }),
  );
  pairs.sort((a, b) => b.overlap - a.overlap);
  const goldMatch = new Map<number, number>();
  const foundMatched = new Set<number>();
  for (const pair of pairs) {
    if (goldMatch.has(pair.g) || foundMatched.has(pair.f)) continue;
    goldMatch.set(pair.g, pair.f);
    foundMatched.add(pair.f);
  }
  gold.forEach((g, gi) => {
    const fi = goldMatch.get(gi);
    if (fi === undefined) {
      errors.push(`${article.gold.id} MISS  ${describe(g)}  ${quote(text, g.span)}`);
      return;
    }
    const f = found[fi]!;
    counts.overlap++;
    if (f.start === g.span.start && f.end === g.span.end) counts.exact++;
    else errors.push(`${article.gold.id} SPAN  gold ${quote(text, g.span)}  found [${f.text}]`);
    if (f.value === g.value) counts.value++;
    else
      errors.push(
        `${article.gold.id} VALUE gold ${describe(g)}  found ${describe(f)}  ${quote(text, g.span)}`,
      );
    if (f.type === g.type) counts.type++;
    if ((f.mod ?? null) === (g.mod ?? null)) counts.mod++;
  });
  found.forEach((f, fi) => {
    if (!foundMatched.has(fi)) errors.push(`${article.gold.id} FALSE ${describe(f)}  ${quote(text, f)}`);
  });
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? "  -  " : (part / whole).toFixed(3);
}

function f1(precision: number, recall: number): string {
  return precision + recall === 0 ? "  -  " : ((2 * precision * recall) / (precision + recall)).toFixed(3);
}

function report(split: SplitFilter, counts: Counts): void {
  const line = (label: string, tp: number) => {
    const p = counts.found === 0 ? 0 : tp / counts.found;
    const r = counts.gold === 0 ? 0 : tp / counts.gold;
    return `  ${label.padEnd(8)} P ${ratio(tp, counts.found)}  R ${ratio(tp, counts.gold)}  F1 ${f1(p, r)}`;
  };
  console.log(
    `${split}: ${counts.articles} articles, ${counts.gold} gold times, ${counts.found} found` +
      (counts.unmapped > 0 ? `, ${counts.unmapped} gold spans unmapped` : ""),
  );
  console.log(line("overlap", counts.overlap));
  console.log(line("exact", counts.exact));
  console.log(
    `  matched ${counts.overlap}: value ${ratio(counts.value, counts.overlap)}  type ${ratio(counts.type, counts.overlap)}  mod ${ratio(counts.mod, counts.overlap)}`,
  );
}

const resources = loadResources();
for (const split of splits) {
  const { articles, problems } = loadGold(resources, { split, stages, ids });
  for (const problem of problems) console.log(`  note: ${problem}`);
  const counts = emptyCounts();
  const errors: string[] = [];
  for (const article of articles) scoreArticle(article, counts, errors);
  report(split, counts);
  if (showErrors) for (const error of errors) console.log(`    ${error}`);
}

export type { Split };
