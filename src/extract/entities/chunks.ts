import type { EntityType } from "../../doc/index.js";
import { ENTITY_TYPES, isInside, typeOfTag } from "./tags.js";

/** A run of tokens [start, end) tagged as one entity. Token indexes, not character offsets. */
export interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/**
 * Chunks of a BIO tag sequence, read as conlleval does: an I- tag after O or after another type
 * opens a chunk, so a corpus's stray I- still counts as an entity.
 */
export function chunksOf(tags: ArrayLike<number>): Chunk[] {
  const chunks: Chunk[] = [];
  let start = -1;
  let type: EntityType | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 0;
    const tagType = typeOfTag(tag);
    const continues = tagType !== null && isInside(tag) && tagType === type;
    if (continues) continue;
    if (type !== null) chunks.push({ start, end: i, type });
    start = i;
    type = tagType;
  }
  return chunks;
}

export interface TypeScore {
  readonly type: EntityType | "micro";
  readonly gold: number;
  readonly found: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function scoreOf(type: EntityType | "micro", gold: number, found: number, correct: number): TypeScore {
  const precision = found === 0 ? 0 : (100 * correct) / found;
  const recall = gold === 0 ? 0 : (100 * correct) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { type, gold, found, correct, precision, recall, f1 };
}

/**
 * Exact-span precision, recall and F1 per type and micro-averaged over `types` (conlleval-style:
 * a found chunk is correct when its start, end and type all equal a gold chunk's).
 */
export function scoreChunks(
  pairs: readonly { readonly gold: readonly Chunk[]; readonly found: readonly Chunk[] }[],
  types: readonly EntityType[] = ENTITY_TYPES,
): TypeScore[] {
  const counts = new Map(types.map((type) => [type, { gold: 0, found: 0, correct: 0 }]));
  for (const { gold, found } of pairs) {
    const goldKeys = new Set(gold.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of gold) {
      const count = counts.get(c.type);
      if (count) count.gold++;
    }
    for (const c of found) {
      const count = counts.get(c.type);
      if (!count) continue;
      count.found++;
      if (goldKeys.has(`${c.start}:${c.end}:${c.type}`)) count.correct++;
    }
  }
  const scores = types.map((type) => {
    const c = counts.get(type)!;
    return scoreOf(type, c.gold, c.found, c.correct);
  });
  const sum = (key: "gold" | "found" | "correct") => scores.reduce((total, s) => total + s[key], 0);
  return [...scores, scoreOf("micro", sum("gold"), sum("found"), sum("correct"))];
}

/** conlleval-like lines: `PER  precision  recall  F1  (gold/found/correct)`. */
export function formatScores(scores: readonly TypeScore[]): string {
  return scores
    .map(
      (s) =>
        `${s.type.padEnd(6)} precision ${s.precision.toFixed(2).padStart(6)}  recall ${s.recall.toFixed(2).padStart(6)}  F1 ${s.f1.toFixed(2).padStart(6)}  (gold ${s.gold}, found ${s.found}, correct ${s.correct})`,
    )
    .join("\n");
}
