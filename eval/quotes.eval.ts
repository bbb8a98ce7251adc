/**
 * Quotes against the team's gold articles: `npm run eval:quotes -- [--split dev|test|all] [--errors]`.
 * Runs the real pipeline (cleaning, then the stages, with the quotes stage added when the default
 * list lacks it), maps gold offsets onto the cleaned text (eval/gold/load-gold.ts) and prints per
 * split:
 * - content precision/recall/F1 by overlap: a found quote matches a gold quote when their content
 *   spans overlap, paired one to one, greatest overlap first; and the token-overlap-weighted F1
 *   (overlapping tokens of matched pairs over the tokens of all found / all gold quotes);
 * - over matched pairs: speaker accuracy (the found speaker's entity name or alias equals the gold
 *   speakerName after matchKey folding, or the speaker spans overlap, or both are unnamed) and kind
 *   accuracy (direct/indirect/mixed).
 * --errors lists misses, false alarms, boundary errors (a matched pair whose ends differ by more than
 * two tokens), wrong speakers and kinds with context, then their counts by error type;
 * --article <id prefix> scores only the matching articles and lists every found and gold quote.
 * Tune on dev only.
 */
import type { Document, LayerName, Quote, Span, Stage, Token } from "../src/doc/index.js";
import { quotesStage } from "../src/extract/quotes/index.js";
import { loadResources } from "../src/node/resources.js";
import { DEFAULT_STAGES } from "../src/pipeline/index.js";
import type { Resources } from "../src/resources/index.js";
import { matchKey } from "../src/text/index.js";
import { loadGold, readEvalArgs, type GoldArticle, type GoldQuote } from "./gold/load-gold.js";

type AnyStage = Stage<LayerName, LayerName, Resources>;

const args = process.argv.slice(2);
const { splits, showErrors, ids } = readEvalArgs(args);
const articleArg = args.includes("--article") ? (args[args.indexOf("--article") + 1] ?? "") : null;
/** Token difference at either end beyond which a matched pair is listed as a boundary error. */
const BOUNDARY_SLACK = 2;

const stages: readonly AnyStage[] = DEFAULT_STAGES.some((stage) => stage.id === quotesStage.id)
  ? DEFAULT_STAGES
  : [...DEFAULT_STAGES, quotesStage as unknown as AnyStage];

interface Counts {
  articles: number;
  gold: number;
  found: number;
  matched: number;
  goldTokens: number;
  foundTokens: number;
  overlapTokens: number;
  speaker: number;
  kind: number;
  unmapped: number;
}

function emptyCounts(): Counts {
  return {
    articles: 0,
    gold: 0,
    found: 0,
    matched: 0,
    goldTokens: 0,
    foundTokens: 0,
    overlapTokens: 0,
    speaker: 0,
    kind: 0,
    unmapped: 0,
  };
}

interface MappedGold {
  readonly quote: GoldQuote;
  readonly span: Span;
  readonly speaker: Span | null;
}

function overlapOf(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Word and number tokens inside a span (a span of the text counted in tokens). */
function tokensIn(tokens: readonly Token[], span: Span): number {
  let count = 0;
  for (const token of tokens) {
    if (token.start >= span.end) break;
    if (token.start >= span.start && token.end <= span.end && token.kind !== "punct") count++;
  }
  return count;
}

function context(text: string, span: Span): string {
  const before = text.slice(Math.max(0, span.start - 40), span.start).replace(/\s+/g, " ");
  const inside = text.slice(span.start, span.end).replace(/\s+/g, " ");
  const after = text.slice(span.end, span.end + 20).replace(/\s+/g, " ");
  const shown = inside.length > 140 ? `${inside.slice(0, 70)} … ${inside.slice(-50)}` : inside;
  return `…${before}⟦${shown}⟧${after}…`;
}

function isSpeakerRight(doc: Document<LayerName>, found: Quote, gold: MappedGold): boolean {
  const speaker = found.speaker;
  const goldName = gold.quote.speakerName ?? null;
  if (speaker === null) return gold.speaker === null && goldName === null;
  if (gold.speaker !== null && speaker.start !== undefined && speaker.end !== undefined) {
    if (overlapOf({ start: speaker.start, end: speaker.end }, gold.speaker) > 0) return true;
  }
  if (goldName === null) return false;
  const want = matchKey(goldName);
  if (matchKey(speaker.text) === want) return true;
  const entity =
    speaker.entity === null ? undefined : doc.layers.entities?.find((e) => e.id === speaker.entity);
  if (entity === undefined) return false;
  return [entity.name, ...(entity.aliases ?? []), ...entity.mentions.map((m) => m.text)].some(
    (name) => matchKey(name) === want,
  );
}

function describe(quote: Quote): string {
  return `${quote.kind} cue=${quote.cue?.text ?? "-"} speaker=${quote.speaker?.text ?? "-"}`;
}

function scoreArticle(article: GoldArticle, counts: Counts, errors: string[]): void {
  const { doc } = article;
  const text = doc.text;
  const tokens = doc.layers.tokens ?? [];
  const found = (doc.layers.quotes ?? []) as readonly Quote[];
  const gold: MappedGold[] = [];
  for (const quote of article.gold.quotes) {
    const span = article.offsets.span(quote.start, quote.end);
    if (span === null) {
      counts.unmapped++;
      continue;
    }
    const speaker =
      quote.speaker === null ? null : article.offsets.span(quote.speaker.start, quote.speaker.end);
    gold.push({ quote, span, speaker });
  }
  counts.articles++;
  counts.gold += gold.length;
  counts.found += found.length;
  for (const g of gold) counts.goldTokens += tokensIn(tokens, g.span);
  for (const f of found) counts.foundTokens += tokensIn(tokens, f);
  const pairs: { g: number; f: number; overlap: number }[] = [];
  gold.forEach((g, gi) =>
    found.forEach((f, fi) => {
      const overlap = overlapOf(g.span, f);
      if (overlap > 0) pairs.push({ g: gi, f: fi, overlap });
    }),
  );
  pairs.sort((a, b) => b.overlap - a.overlap);
  const goldUsed = new Set<number>();
  const foundUsed = new Set<number>();
  for (const pair of pairs) {
    if (goldUsed.has(pair.g) || foundUsed.has(pair.f)) continue;
    goldUsed.add(pair.g);
    foundUsed.add(pair.f);
    counts.matched++;
    const g = gold[pair.g]!;
    const f = found[pair.f]!;
    counts.overlapTokens += tokensIn(tokens, {
      start: Math.max(g.span.start, f.start),
      end: Math.min(g.span.end, f.end),
    });
    if (isSpeakerRight(doc, f, g)) counts.speaker++;
    else {
      const goldSpeaker = g.speaker === null ? "-" : text.slice(g.speaker.start, g.speaker.end);
      errors.push(
        `${article.gold.id}: speaker ${f.speaker?.text ?? "-"} (${f.speaker?.entity ?? "no entity"}), gold ${goldSpeaker} / ${g.quote.speakerName ?? "-"}: ${context(text, f)}`,
      );
    }
    const startGap = tokensIn(tokens, {
      start: Math.min(g.span.start, f.start),
      end: Math.max(g.span.start, f.start),
    });
    const endGap = tokensIn(tokens, { start: Math.min(g.span.end, f.end), end: Math.max(g.span.end, f.end) });
    if (startGap > BOUNDARY_SLACK || endGap > BOUNDARY_SLACK) {
      const side = f.start < g.span.start ? "starts early" : f.start > g.span.start ? "starts late" : "";
      const tail = f.end > g.span.end ? "ends late" : f.end < g.span.end ? "ends early" : "";
      errors.push(
        `${article.gold.id}: boundary ${[startGap > BOUNDARY_SLACK ? side : "", endGap > BOUNDARY_SLACK ? tail : ""].filter(Boolean).join(", ")} (${describe(f)}): found ${context(text, f)} gold ${context(text, g.span)}`,
      );
    }
    if (f.kind === g.quote.kind) counts.kind++;
    else errors.push(`${article.gold.id}: kind ${f.kind}, gold ${g.quote.kind}: ${context(text, f)}`);
  }
  gold.forEach((g, gi) => {
    if (!goldUsed.has(gi))
      errors.push(`${article.gold.id}: missed ${g.quote.kind}: ${context(text, g.span)}`);
  });
  found.forEach((f, fi) => {
    if (!foundUsed.has(fi))
      errors.push(`${article.gold.id}: false alarm ${describe(f)}: ${context(text, f)}`);
  });
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? "  n/a" : (part / whole).toFixed(3);
}

function f1(precision: number, recall: number): string {
  return precision + recall === 0 ? "0.000" : ((2 * precision * recall) / (precision + recall)).toFixed(3);
}

const resources = loadResources();
for (const split of splits) {
  const set = loadGold(resources, { split, stages, ids });
  const counts = emptyCounts();
  const errors: string[] = [];
  for (const article of set.articles) {
    if (articleArg !== null && !article.gold.id.startsWith(articleArg)) continue;
    scoreArticle(article, counts, errors);
    if (articleArg !== null) listArticle(article);
  }
  const precision = counts.found === 0 ? 0 : counts.matched / counts.found;
  const recall = counts.gold === 0 ? 0 : counts.matched / counts.gold;
  const tokenP = counts.foundTokens === 0 ? 0 : counts.overlapTokens / counts.foundTokens;
  const tokenR = counts.goldTokens === 0 ? 0 : counts.overlapTokens / counts.goldTokens;
  console.log(
    `== quotes, split ${split}: ${counts.articles} articles, ${counts.gold} gold quotes, ${counts.found} found`,
  );
  for (const problem of set.problems) console.log(`  problem: ${problem}`);
  if (counts.unmapped > 0)
    console.log(`  ${counts.unmapped} gold quotes could not be mapped onto the cleaned text`);
  console.log(
    `  content by overlap   P ${ratio(counts.matched, counts.found)}  R ${ratio(counts.matched, counts.gold)}  F1 ${f1(precision, recall)}`,
  );
  console.log(
    `  content token-weighted P ${tokenP.toFixed(3)}  R ${tokenR.toFixed(3)}  F1 ${f1(tokenP, tokenR)}`,
  );
  console.log(
    `  speaker accuracy ${ratio(counts.speaker, counts.matched)} (${counts.speaker}/${counts.matched} matched)`,
  );
  console.log(
    `  kind accuracy    ${ratio(counts.kind, counts.matched)} (${counts.kind}/${counts.matched} matched)`,
  );
  if (showErrors) {
    for (const error of errors) console.log(`  ${error}`);
    const byType = new Map<string, number>();
    for (const error of errors) {
      const type = /^\S+: (\S+(?: \S+)?)/.exec(error)?.[1] ?? "other";
      const key = type.startsWith("missed") || type.startsWith("false") ? type : type.split(" ")[0]!;
      byType.set(key, (byType.get(key) ?? 0) + 1);
    }
    console.log(`  errors by type: ${[...byType].map(([type, n]) => `${type} ${n}`).join(", ")}`);
  }
}

/** Every found and gold quote of one article, in text order (for --article). */
function listArticle(article: GoldArticle): void {
  const { doc } = article;
  const lines: [number, string][] = [];
  for (const f of (doc.layers.quotes ?? []) as readonly Quote[])
    lines.push([f.start, `  found ${describe(f)}: ${context(doc.text, f)}`]);
  for (const g of article.gold.quotes) {
    const span = article.offsets.span(g.start, g.end);
    if (span !== null)
      lines.push([
        span.start,
        `  gold  ${g.kind} speaker=${g.speakerName ?? "-"}: ${context(doc.text, span)}`,
      ]);
  }
  for (const [, line] of lines.sort((a, b) => a[0] - b[0])) console.log(line);
}
