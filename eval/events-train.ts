/**
 * Training of the event salience model for `npm run eval:events -- --train` (dev split only): the
 * stage's candidates of each gold article, labelled by the gold main events, fitted by
 * src/extract/events/salience-fit.ts.
 */
import type { Span } from "../src/doc/index.js";
import {
  eventCandidates,
  eventsStage,
  salienceFeatures,
  type EventRecord,
} from "../src/extract/events/index.js";
import { LEXICAL_PREFIX } from "../src/extract/events/event-salience.js";
import {
  bestSelection,
  fitLogistic,
  formatSalienceModel,
  LEXICAL_PENALTY,
  leaveOneArticleOut,
  type TrainingRow,
} from "../src/extract/events/salience-fit.js";
import type { Resources } from "../src/resources/index.js";
import type { GoldArticle } from "./gold/load-gold.js";

function overlaps(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

/** The candidates of the articles as training rows. */
export function trainingRows(
  articles: readonly GoldArticle[],
  resources: Resources,
): {
  rows: TrainingRow[];
  gold: number;
} {
  const rows: TrainingRow[] = [];
  let gold = 0;
  for (const { doc, gold: file, offsets } of articles) {
    const spans = file.events.flatMap((event) => {
      const span = offsets.span(event.trigger.start, event.trigger.end);
      return span === null ? [] : [{ span, type: event.type }];
    });
    gold += spans.length;
    const input = doc as Parameters<typeof eventCandidates>[0];
    for (const candidate of eventCandidates(input, resources.events)) {
      const hit = spans.some((g) => g.type === candidate.trigger.type && overlaps(g.span, candidate.trigger));
      rows.push({ features: salienceFeatures(candidate), label: hit ? 1 : 0, group: file.id });
    }
  }
  return { rows, gold };
}

/** Fits the model and returns the model file's text and a report of its cross-validated F1. */
export function trainSalience(
  articles: readonly GoldArticle[],
  resources: Resources,
  l2: number,
  version: string,
): { text: string; report: string } {
  if (articles.some((article) => article.gold.split !== "dev")) throw new Error("train on dev only");
  const { rows, gold } = trainingRows(articles, resources);
  const cv = bestSelection(rows, leaveOneArticleOut(rows, l2), gold);
  const weights = fitLogistic(rows, l2);
  const positives = rows.filter((row) => row.label === 1).length;
  const header =
    `# name=event-salience version=${version} licence=CC0-1.0 source=logistic regression (L2 ${l2}, ` +
    `${l2 * LEXICAL_PENALTY} for the ${LEXICAL_PREFIX} features) ` +
    `on the ${rows.length} event candidates (${positives} gold main events) of the ${articles.length} ` +
    `dev articles of eval/gold; npm run eval:events -- --train --l2 ${l2} --version ${version}`;
  const report =
    `trained on ${articles.length} dev articles: ${rows.length} candidates, ${positives} positive, ` +
    `${gold} gold events; leave-one-article-out candidate F1 ${cv.f1.toFixed(3)} at threshold ${cv.threshold}, at least ${cv.atLeast} per article`;
  return { text: formatSalienceModel(header, cv, weights), report };
}

/** Each dev article's salience weights fitted on the other dev articles (leave one article out). */
export function crossValidatedWeights(
  articles: readonly GoldArticle[],
  resources: Resources,
  l2: number,
): Map<string, ReadonlyMap<string, number>> {
  if (articles.some((article) => article.gold.split !== "dev")) throw new Error("cross-validate on dev only");
  const { rows } = trainingRows(articles, resources);
  const out = new Map<string, ReadonlyMap<string, number>>();
  for (const { gold } of articles) {
    out.set(
      gold.id,
      fitLogistic(
        rows.filter((row) => row.group !== gold.id),
        l2,
      ),
    );
  }
  return out;
}

/**
 * Weights for a held-back batch (`--cv --holdout --ids …`): each of the other articles gets weights
 * fitted on the others but itself, each held article weights fitted on all the others, so the batch
 * is scored by a model that never saw any of it, as a fresh blind batch will be.
 */
export function heldOutWeights(
  train: readonly GoldArticle[],
  held: readonly GoldArticle[],
  resources: Resources,
  l2: number,
): Map<string, ReadonlyMap<string, number>> {
  const out = crossValidatedWeights(train, resources, l2);
  const weights = fitLogistic(trainingRows(train, resources).rows, l2);
  for (const { gold } of held) out.set(gold.id, weights);
  return out;
}

/**
 * Each dev article's events as the stage gives them with weights fitted on the other articles
 * (crossValidatedWeights) and the committed threshold and minimum, or `rule` when given, so the
 * eval can score the stage's own figures, mention and event level, without the article's gold in
 * its model, and choose the selection rule on them.
 */
export function crossValidatedEvents(
  articles: readonly GoldArticle[],
  resources: Resources,
  weightsById: ReadonlyMap<string, ReadonlyMap<string, number>>,
  rule?: { readonly threshold: number; readonly atLeast: number },
): Map<string, readonly EventRecord[]> {
  const out = new Map<string, readonly EventRecord[]>();
  for (const { doc, gold } of articles) {
    const weights = weightsById.get(gold.id);
    if (weights === undefined) throw new Error(`no cross-validated weights for ${gold.id}`);
    const eventSalience = { ...resources.eventSalience, ...rule, weights };
    const context = { resources: { ...resources, eventSalience }, reference: null, note: () => undefined };
    const events = eventsStage.run(doc as Parameters<typeof eventsStage.run>[0], context);
    out.set(gold.id, events as readonly EventRecord[]);
  }
  return out;
}
