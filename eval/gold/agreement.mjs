#!/usr/bin/env node
// How far two annotators agree on an article's main events: the gold (eval/gold/news) against a second,
// independent annotation of the same articles (eval/gold/agreement), scored as `npm run eval:events`
// scores Marsad, so the system's figure can be read against what people reach on the same task.
// Plain Node ESM, no dependencies.
//
//   node eval/gold/agreement.mjs
//
// Mention level: the two triggers overlap and the types are equal (one to one).
// Event level: also counted when the second annotator marked another mention of the same gold event
// (`sameEventAs`: the gold event's index, judged by reading both, e.g. the lead's إلغاء and the body's
// إلغاء of one cancelled summit), as the event-level figure of eval:events lets any merged mention match.

import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** Pairs the second annotation's events with the gold's, one to one; returns the matched count. */
function matched(goldEvents, otherEvents, eventLevel) {
  const taken = new Set();
  let count = 0;
  for (const event of otherEvents) {
    const index = goldEvents.findIndex(
      (gold, i) =>
        !taken.has(i) &&
        gold.type === event.type &&
        (overlaps(gold.trigger, event.trigger) || (eventLevel && event.sameEventAs === i)),
    );
    if (index >= 0) {
      taken.add(index);
      count++;
    }
  }
  return count;
}

const totals = new Map();
for (const name of readdirSync(join(here, "agreement")).sort()) {
  if (!name.endsWith(".json")) continue;
  const other = JSON.parse(readFileSync(join(here, "agreement", name), "utf8"));
  const gold = JSON.parse(readFileSync(join(here, "news", name), "utf8"));
  for (const event of other.events) {
    const same = event.sameEventAs;
    if (same !== undefined && gold.events[same]?.type !== event.type) {
      console.error(`agreement/${name}: sameEventAs ${same} is not a gold event of type ${event.type}`);
      process.exitCode = 1;
    }
  }
  const sum = totals.get(gold.split) ?? { articles: 0, gold: 0, other: 0, mention: 0, event: 0 };
  sum.articles++;
  sum.gold += gold.events.length;
  sum.other += other.events.length;
  sum.mention += matched(gold.events, other.events, false);
  sum.event += matched(gold.events, other.events, true);
  totals.set(gold.split, sum);
}

const f1 = (m, sum) => {
  const p = m / sum.other;
  const r = m / sum.gold;
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${(p + r === 0 ? 0 : (2 * p * r) / (p + r)).toFixed(3)}`;
};
for (const [split, sum] of [...totals].sort()) {
  console.log(
    `== event agreement, split ${split}: ${sum.articles} articles, gold ${sum.gold} events, second ${sum.other}`,
  );
  console.log(`  mention level (overlapping triggers, same type)   ${f1(sum.mention, sum)}`);
  console.log(`  event level (or another mention of the same event) ${f1(sum.event, sum)}`);
}
