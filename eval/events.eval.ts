/**
 * Events against the team's gold articles: `npm run eval:events -- [--split dev|test|all]
 * [--errors] [--min-confidence 0.6]`. Runs the real pipeline (with the times and events stages added
 * when the default list lacks them), maps gold offsets onto the cleaned text (eval/gold/load-gold.ts)
 * and prints per split:
 * - trigger detection precision/recall/F1: a found trigger overlapping a gold one, paired one to one;
 * - event type P/R/F1, mention level (strict): a found event matches a gold one when its trigger
 *   overlaps the gold trigger and the types are equal (the figure the issue's done-when first used);
 * - trigger and event type P/R/F1, event level: the same, but any of the found event's `mentions`
 *   (its merged repeats) may overlap the gold trigger, as ACE/ERE event hoppers are scored: the gold
 *   marks one mention of an event, often arbitrarily (the lead's قتلوا or the next sentence's وقتل 54).
 *   Pairs stay one to one, so a found event still matches at most one gold event;
 * - argument P/R/F1 per slot (actors, targets, place, time) over the type-matched pairs: an entity id
 *   matches a gold name when the entity's name or one of its aliases equals it after `matchKey`
 *   folding, or one contains the other as whole words; times compare TIMEX3 values.
 * --errors lists misses and false alarms by event (as the event-level F1 pairs them) with their context,
 * and argument errors over the mention-level pairs. Tune on dev only.
 *
 * `--cv [--l2 4]` scores the dev split with each article's events from a model fitted on the other
 * dev articles (leave one article out): the cross-validated figures of the stage itself. The model is
 * always fitted on the whole dev split; with `--ids` the figures are printed for all dev, for those
 * articles and for the others (a new batch against the older articles); `--holdout` with `--ids`
 * keeps those articles out of every fit (the others cross-validated among themselves), so a batch
 * held back from the work is scored as a blind one.
 *
 * Candidate recall: the gold events that some candidate (before selection) of the same type overlaps,
 * the ceiling of selection; `--errors` lists the gold events without one (CANDIDATE MISS).
 *
 * `--train [--l2 4]` fits the salience model on the dev split's candidates (a candidate is positive
 * when it matches a gold event: overlapping trigger, same type), chooses its threshold and
 * per-article minimum on the stage's leave-one-article-out events (event-level type F1, the figure
 * `--cv` prints), and writes data/models/event-salience/event-salience.tsv (bump --version). It
 * never reads the test split; with `--holdout --ids …` it leaves those dev articles out too. Choose L2
 * by running `--train` then `--cv` with each value.
 */
import type { Entity, LayerName, NewsEvent, Span, Stage } from "../src/doc/index.js";
import { writeFileSync } from "node:fs";
import { eventCandidates, eventsStage, type EventRecord } from "../src/extract/events/index.js";
import {
  crossValidatedEvents,
  crossValidatedWeights,
  heldOutWeights,
  trainSalience,
} from "./events-train.js";
import { timesStage } from "../src/extract/times/index.js";
import { loadResources } from "../src/node/resources.js";
import { DEFAULT_STAGES } from "../src/pipeline/index.js";
import type { Resources } from "../src/resources/index.js";
import { matchKey } from "../src/text/index.js";
import { loadGold, readEvalArgs, type GoldArticle, type GoldEvent } from "./gold/load-gold.js";

type AnyStage = Stage<LayerName, LayerName, Resources>;

const args = process.argv.slice(2);
const { splits, showErrors, ids } = readEvalArgs(args);
const minConfidence = args.includes("--min-confidence")
  ? Number(args[args.indexOf("--min-confidence") + 1])
  : 0;

function withStage(stages: readonly AnyStage[], stage: AnyStage): readonly AnyStage[] {
  return stages.some((other) => other.id === stage.id) ? stages : [...stages, stage];
}
const stages = withStage(
  withStage(DEFAULT_STAGES, timesStage as unknown as AnyStage),
  eventsStage as unknown as AnyStage,
);

interface Tally {
  gold: number;
  found: number;
  matched: number;
}
const SLOTS = ["actors", "targets", "place", "time"] as const;
type Slot = (typeof SLOTS)[number];

interface Counts {
  articles: number;
  unmapped: number;
  trigger: Tally;
  type: Tally;
  eventTrigger: Tally;
  eventType: Tally;
  /** Gold events with a candidate of the same type overlapping (matched), over all gold events. */
  candidates: Tally;
  slots: Record<Slot, Tally>;
}

function emptyTally(): Tally {
  return { gold: 0, found: 0, matched: 0 };
}

function emptyCounts(): Counts {
  return {
    articles: 0,
    unmapped: 0,
    trigger: emptyTally(),
    type: emptyTally(),
    eventTrigger: emptyTally(),
    eventType: emptyTally(),
    candidates: emptyTally(),
    slots: { actors: emptyTally(), targets: emptyTally(), place: emptyTally(), time: emptyTally() },
  };
}

interface MappedGold extends GoldEvent {
  readonly span: Span;
}

function overlapOf(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The spans a found event may match by: its trigger, or at event level every mention of it. */
type SpansOf<F> = (f: F) => readonly Span[];
const triggerOnly: SpansOf<EventRecord> = (f) => [f.trigger];
// Events of another stage version may lack `mentions`: their trigger is their one mention.
const anyMention: SpansOf<EventRecord> = (f) => f.mentions ?? [f.trigger];

/**
 * Pairs found and gold items one to one, greatest overlap first, among pairs `accept` allows; a found
 * item overlaps a gold one by the largest overlap of its spans.
 */
function pair<F extends EventRecord>(
  found: readonly F[],
  gold: readonly MappedGold[],
  accept: (f: F, g: MappedGold) => boolean,
  spansOf: SpansOf<F> = triggerOnly,
): [F, MappedGold][] {
  const candidates: [number, number, number][] = [];
  found.forEach((f, i) =>
    gold.forEach((g, j) => {
      const overlap = Math.max(...spansOf(f).map((span) => overlapOf(span, g.span)));
      if (overlap > 0 && accept(f, g)) candidates.push([overlap, i, j]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0]);
  const usedFound = new Set<number>();
  const usedGold = new Set<number>();
  const pairs: [F, MappedGold][] = [];
  for (const [, i, j] of candidates) {
    if (usedFound.has(i) || usedGold.has(j)) continue;
    usedFound.add(i);
    usedGold.add(j);
    pairs.push([found[i]!, gold[j]!]);
  }
  return pairs;
}

function wordsContain(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}

function namesOf(entity: Entity | undefined): string[] {
  if (entity === undefined) return [];
  return [entity.name, ...(entity.aliases ?? [])].map((name) => matchKey(name).replace(/^ال/, ""));
}

function nameMatches(entity: Entity | undefined, gold: string): boolean {
  const key = matchKey(gold).replace(/^ال/, "");
  return namesOf(entity).some((name) => name === key || wordsContain(name, key) || wordsContain(key, name));
}

/** Counts slot items: found ids (or a value) against gold names, one to one. */
function scoreSlot(
  tally: Tally,
  found: readonly string[],
  gold: readonly string[],
  same: (f: string, g: string) => boolean,
) {
  tally.found += found.length;
  tally.gold += gold.length;
  const used = new Set<number>();
  for (const f of found) {
    const j = gold.findIndex((g, k) => !used.has(k) && same(f, g));
    if (j >= 0) {
      used.add(j);
      tally.matched++;
    }
  }
}

function context(text: string, span: Span): string {
  const before = text.slice(Math.max(0, span.start - 40), span.start).replace(/\s+/g, " ");
  const after = text.slice(span.end, span.end + 40).replace(/\s+/g, " ");
  return `…${before}[${text.slice(span.start, span.end)}]${after}…`;
}

function describe(event: NewsEvent, byId: ReadonlyMap<string, Entity>): string {
  const name = (id: string) => byId.get(id)?.name ?? id;
  return `A=${event.actors.map(name).join("|")} T=${event.targets.map(name).join("|")} P=${
    event.place === null ? "" : name(event.place)
  } t=${event.time ?? ""}`;
}

function scoreArticle(article: GoldArticle, counts: Counts, errors: string[]): void {
  const { doc, gold, offsets } = article;
  const found = ((doc.layers.events ?? []) as readonly EventRecord[]).filter(
    (event) => (event.confidence ?? 1) >= minConfidence,
  );
  const byId = new Map((doc.layers.entities ?? []).map((entity) => [entity.id, entity]));
  const mapped: MappedGold[] = [];
  for (const event of gold.events) {
    const span = offsets.span(event.trigger.start, event.trigger.end);
    if (span === null) counts.unmapped++;
    else mapped.push({ ...event, span });
  }
  counts.articles++;
  counts.trigger.gold += mapped.length;
  counts.trigger.found += found.length;
  counts.trigger.matched += pair(found, mapped, () => true).length;
  const typed = pair(found, mapped, (f, g) => f.type === g.type);
  counts.type.gold += mapped.length;
  counts.type.found += found.length;
  counts.type.matched += typed.length;
  for (const tally of [counts.eventTrigger, counts.eventType]) {
    tally.gold += mapped.length;
    tally.found += found.length;
  }
  counts.eventTrigger.matched += pair(found, mapped, () => true, anyMention).length;
  const typedByEvent = pair(found, mapped, (f, g) => f.type === g.type, anyMention);
  counts.eventType.matched += typedByEvent.length;
  const candidates = eventCandidates(doc as Parameters<typeof eventCandidates>[0], resources.events).map(
    ({ trigger }) => trigger,
  );
  counts.candidates.gold += mapped.length;
  for (const g of mapped) {
    const overlapping = candidates.filter((c) => overlapOf(c, g.span) > 0);
    if (overlapping.some((c) => c.type === g.type)) counts.candidates.matched++;
    else if (showErrors) {
      const seen = overlapping.map((c) => c.type).join("|");
      errors.push(
        `  CANDIDATE MISS ${gold.id} ${g.type}${seen === "" ? "" : ` (seen ${seen})`} ${context(doc.text, g.span)}`,
      );
    }
  }
  for (const [f, g] of typed) {
    const entityMatch = (id: string, name: string) => nameMatches(byId.get(id), name);
    scoreSlot(counts.slots.actors, f.actors, g.actors, entityMatch);
    scoreSlot(counts.slots.targets, f.targets, g.targets, entityMatch);
    scoreSlot(
      counts.slots.place,
      f.place === null ? [] : [f.place],
      g.place === null ? [] : [g.place],
      entityMatch,
    );
    scoreSlot(
      counts.slots.time,
      f.time === null ? [] : [f.time],
      g.time === null ? [] : [g.time],
      (a, b) => a === b,
    );
    if (showErrors) {
      errors.push(
        `  ARGS ${gold.id} ${g.type} ${context(doc.text, g.span)}\n       gold A=${g.actors.join("|")} T=${g.targets.join("|")} P=${g.place ?? ""} t=${g.time ?? ""}\n       found ${describe(f, byId)}`,
      );
    }
  }
  if (!showErrors) return;
  // Misses and false alarms by event, as the headline F1 counts them: a gold event named at another
  // mention of a found event is no miss.
  const typedFound = new Set(typedByEvent.map(([f]) => f));
  const typedGold = new Set(typedByEvent.map(([, g]) => g));
  for (const g of mapped) {
    if (!typedGold.has(g)) errors.push(`  MISS ${gold.id} ${g.type} ${context(doc.text, g.span)}`);
  }
  for (const f of found) {
    if (!typedFound.has(f))
      errors.push(`  FALSE ${gold.id} ${f.type} ${f.confidence} ${context(doc.text, f.trigger)}`);
  }
}

function prf(tally: Tally): string {
  const p = tally.found === 0 ? 0 : tally.matched / tally.found;
  const r = tally.gold === 0 ? 0 : tally.matched / tally.gold;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (gold ${tally.gold}, found ${tally.found}, matched ${tally.matched})`;
}

const resources = loadResources();
const l2Arg = args.includes("--l2") ? Number(args[args.indexOf("--l2") + 1]) : 4;
/** Event-level type F1 (any merged mention may match) of the articles with the given events. */
function eventLevelF1(
  articles: readonly GoldArticle[],
  held: ReadonlyMap<string, readonly EventRecord[]>,
): number {
  let gold = 0;
  let found = 0;
  let matched = 0;
  for (const { gold: file, offsets } of articles) {
    const events = held.get(file.id) ?? [];
    const mapped = file.events.flatMap((event) => {
      const span = offsets.span(event.trigger.start, event.trigger.end);
      return span === null ? [] : [{ ...event, span }];
    });
    gold += mapped.length;
    found += events.length;
    matched += pair(events, mapped, (f, g) => f.type === g.type, anyMention).length;
  }
  return found === 0 || gold === 0 || matched === 0 ? 0 : (2 * matched) / (found + gold);
}

if (args.includes("--train")) {
  const dev = loadGold(resources, { split: "dev", stages }).articles;
  // --holdout --ids …: those articles stay out of the fit and of the rule's choice (a held-back batch).
  const articles =
    args.includes("--holdout") && ids !== undefined
      ? dev.filter((article) => !ids.some((id) => article.gold.id.startsWith(id)))
      : dev;
  const version = args.includes("--version") ? args[args.indexOf("--version") + 1]! : "0.0.0";
  const { text, report } = trainSalience(articles, resources, l2Arg, version);
  // The rule is chosen on what the stage outputs (merged events, event level), not on candidates:
  // the stage merges repeats after selection, so the candidate-level best keeps too few events.
  const weights = crossValidatedWeights(articles, resources, l2Arg);
  let best = { threshold: 0.5, atLeast: 0, f1: -1 };
  for (let atLeast = 0; atLeast <= 6; atLeast++) {
    for (let step = 1; step < 20; step++) {
      const rule = { threshold: step / 20, atLeast };
      const f1 = eventLevelF1(articles, crossValidatedEvents(articles, resources, weights, rule));
      // Ties go to the simpler rule: the lower atLeast, then the lower threshold.
      if (f1 > best.f1 + 1e-9) best = { ...rule, f1 };
    }
  }
  const chosen = text
    .replace(/^threshold\t.*$/m, `threshold\t${best.threshold.toFixed(2)}`)
    .replace(/^at-least\t.*$/m, `at-least\t${best.atLeast}`);
  writeFileSync(new URL("../data/models/event-salience/event-salience.tsv", import.meta.url), chosen);
  console.log(report);
  console.log(
    `stage rule chosen on leave-one-article-out events, event-level type F1 ${best.f1.toFixed(3)} at threshold ${best.threshold}, at least ${best.atLeast} per article (written)`,
  );
  process.exit(0);
}
const crossValidate = args.includes("--cv");
function report(
  title: string,
  articles: readonly GoldArticle[],
  problems: readonly string[],
  held: ReadonlyMap<string, readonly EventRecord[]> | null,
): void {
  const counts = emptyCounts();
  const errors: string[] = [];
  for (const article of articles) {
    const events = held?.get(article.gold.id);
    const doc =
      events === undefined ? article.doc : { ...article.doc, layers: { ...article.doc.layers, events } };
    scoreArticle({ ...article, doc }, counts, errors);
  }
  console.log(
    `== events, ${title}${held !== null ? " (leave-one-article-out weights)" : ""}: ${counts.articles} articles${minConfidence > 0 ? `, confidence ≥ ${minConfidence}` : ""}`,
  );
  for (const problem of problems) console.log(`  problem: ${problem}`);
  if (counts.unmapped > 0)
    console.log(`  gold triggers not mapped onto the cleaned text: ${counts.unmapped}`);
  const c = counts.candidates;
  console.log(
    `  candidate recall (a candidate of the gold type overlaps): ${c.matched}/${c.gold} = ${(c.gold === 0 ? 0 : c.matched / c.gold).toFixed(3)}`,
  );
  console.log(`  mention level (the found trigger must overlap the gold trigger):`);
  console.log(`  trigger detection (overlap)  ${prf(counts.trigger)}`);
  console.log(`  event type                   ${prf(counts.type)}`);
  console.log(`  event level (any merged mention of a found event may overlap the gold trigger):`);
  console.log(`  trigger detection (overlap)  ${prf(counts.eventTrigger)}`);
  console.log(`  event type                   ${prf(counts.eventType)}`);
  console.log(`  arguments, over the mention-level type matches:`);
  for (const slot of SLOTS)
    console.log(`  ${`${slot} (matched events)`.padEnd(29)}${prf(counts.slots[slot])}`);
  if (showErrors) for (const line of errors) console.log(line);
}

if (crossValidate) {
  // The model is fitted on the whole dev split even when --ids picks the articles to report.
  const { articles, problems } = loadGold(resources, { split: "dev", stages });
  const picked = (article: GoldArticle) => ids?.some((id) => article.gold.id.startsWith(id)) ?? true;
  // --holdout: the --ids articles stay out of every fit, so they are scored as a blind batch is.
  const weights =
    args.includes("--holdout") && ids !== undefined
      ? heldOutWeights(
          articles.filter((article) => !picked(article)),
          articles.filter(picked),
          resources,
          l2Arg,
        )
      : crossValidatedWeights(articles, resources, l2Arg);
  const held = crossValidatedEvents(articles, resources, weights);
  report("split dev", articles, problems, held);
  if (ids !== undefined) {
    report("split dev, --ids articles", articles.filter(picked), [], held);
    report(
      "split dev, the other articles",
      articles.filter((article) => !picked(article)),
      [],
      held,
    );
  }
} else {
  for (const split of splits) {
    const { articles, problems } = loadGold(resources, { split, stages, ids });
    report(`split ${split}`, articles, problems, null);
  }
}
