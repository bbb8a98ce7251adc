/**
 * Training of the salience model (event-salience.ts), used by `npm run eval:events -- --train` on the
 * dev split only; not part of the stage. L2-regularised logistic regression by Newton's method (a few
 * hundred rows, a few dozen features: exact and deterministic), leave-one-article-out predictions
 * to choose the selection rule, and the model file's text.
 */
import { keepMain, LEXICAL_PREFIX, type Feature } from "./event-salience.js";

export interface TrainingRow {
  readonly features: readonly Feature[];
  /** 1 when the candidate is a gold main event (same type, overlapping trigger). */
  readonly label: 0 | 1;
  /** The article it comes from: cross-validation leaves whole articles out. */
  readonly group: string;
}

const NEWTON_STEPS = 30;
/** Newton stops early once no weight moves by more than this. */
const CONVERGED = 1e-10;

/**
 * How much lighter the lexical features (form=…) are penalised than the others: one reading is
 * seen a handful of times, and at the full L2 its prior stays near 0 whatever the data say.
 * Chosen with L2 by leave-one-article-out on dev (MODEL_CARD.md).
 */
export const LEXICAL_PENALTY = 0.25;

/**
 * Solves A x = b in place for a symmetric positive definite A (n × n, row-major) by Cholesky:
 * the regularised Hessian is one, and a few hundred features make Gaussian elimination the fit's
 * main cost.
 */
function solveSymmetric(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let j = 0; j < n; j++) {
    let diagonal = a[j * n + j]!;
    for (let k = 0; k < j; k++) diagonal -= a[j * n + k]! * a[j * n + k]!;
    const root = Math.sqrt(diagonal);
    a[j * n + j] = root;
    for (let i = j + 1; i < n; i++) {
      let sum = a[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= a[i * n + k]! * a[j * n + k]!;
      a[i * n + j] = sum / root;
    }
  }
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= a[i * n + k]! * x[k]!;
    x[i] = sum / a[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = x[i]!;
    for (let k = i + 1; k < n; k++) sum -= a[k * n + i]! * x[k]!;
    x[i] = sum / a[i * n + i]!;
  }
  return x;
}

/**
 * Weights by feature name; `l2` penalises every weight but the bias, and the lexical features
 * (LEXICAL_PREFIX) by `l2 * LEXICAL_PENALTY`.
 */
export function fitLogistic(rows: readonly TrainingRow[], l2: number): Map<string, number> {
  const names = [...new Set(rows.flatMap((row) => row.features.map(([name]) => name)))].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const n = names.length;
  const penalty = names.map((name) =>
    name === "bias" ? 1e-6 : name.startsWith(LEXICAL_PREFIX) ? l2 * LEXICAL_PENALTY : l2,
  );
  const cellsOf = rows.map((row) => row.features.map(([name, value]) => [index.get(name)!, value] as const));
  const w = new Float64Array(n);
  const gradient = new Float64Array(n);
  const hessian = new Float64Array(n * n);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    hessian.fill(0);
    for (let i = 0; i < n; i++) {
      // The bias is not penalised: its tiny diagonal only keeps the system solvable.
      gradient[i] = names[i] === "bias" ? 0 : penalty[i]! * w[i]!;
      hessian[i * n + i] = penalty[i]!;
    }
    rows.forEach((row, r) => {
      const cells = cellsOf[r]!;
      let z = 0;
      for (const [i, value] of cells) z += w[i]! * value;
      const p = 1 / (1 + Math.exp(-z));
      for (const [i, vi] of cells) {
        gradient[i]! += (p - row.label) * vi;
        for (const [j, vj] of cells) hessian[i * n + j]! += p * (1 - p) * vi * vj;
      }
    });
    const delta = solveSymmetric(hessian, gradient, n);
    let moved = 0;
    for (let i = 0; i < n; i++) {
      w[i]! -= delta[i]!;
      moved = Math.max(moved, Math.abs(delta[i]!));
    }
    if (moved < CONVERGED) break;
  }
  return new Map(names.map((name, i) => [name, w[i]!]));
}

/** Each row's probability from a model trained without its article. */
export function leaveOneArticleOut(rows: readonly TrainingRow[], l2: number): number[] {
  const probabilities = new Array<number>(rows.length).fill(0);
  for (const group of new Set(rows.map((row) => row.group))) {
    const weights = fitLogistic(
      rows.filter((row) => row.group !== group),
      l2,
    );
    rows.forEach((row, i) => {
      if (row.group !== group) return;
      let z = 0;
      for (const [name, value] of row.features) z += (weights.get(name) ?? 0) * value;
      probabilities[i] = 1 / (1 + Math.exp(-z));
    });
  }
  return probabilities;
}

/** The rows a selection keeps, article by article (see keepMain). */
export function selected(
  rows: readonly TrainingRow[],
  probabilities: readonly number[],
  threshold: number,
  atLeast: number,
): boolean[] {
  const keep = new Array<boolean>(rows.length).fill(false);
  const byGroup = new Map<string, number[]>();
  rows.forEach((row, i) => byGroup.set(row.group, [...(byGroup.get(row.group) ?? []), i]));
  for (const indexes of byGroup.values()) {
    const kept = keepMain(
      indexes.map((i) => probabilities[i]!),
      threshold,
      atLeast,
    );
    indexes.forEach((i, k) => (keep[i] = kept[k]!));
  }
  return keep;
}

export interface Selection {
  readonly threshold: number;
  readonly atLeast: number;
  readonly f1: number;
}

/** The selection (threshold a multiple of 0.05, at least 0–3 per article) with the best F1 against `gold` events. */
export function bestSelection(
  rows: readonly TrainingRow[],
  probabilities: readonly number[],
  gold: number,
): Selection {
  let best: Selection = { threshold: 0.5, atLeast: 0, f1: -1 };
  for (let atLeast = 0; atLeast <= 3; atLeast++) {
    for (let step = 1; step < 20; step++) {
      const threshold = step / 20;
      const keep = selected(rows, probabilities, threshold, atLeast);
      let kept = 0;
      let matched = 0;
      rows.forEach((row, i) => {
        if (!keep[i]) return;
        kept++;
        matched += row.label;
      });
      const precision = kept === 0 ? 0 : matched / kept;
      const recall = gold === 0 ? 0 : matched / gold;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      // Ties go to the simpler rule: the lower atLeast, then the lower threshold.
      if (f1 > best.f1 + 1e-9) best = { threshold, atLeast, f1 };
    }
  }
  return best;
}

/** The model file: header, threshold, then one weight per line sorted by name. */
export function formatSalienceModel(
  header: string,
  selection: Selection,
  weights: ReadonlyMap<string, number>,
): string {
  const lines = [...weights]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, weight]) => `${name}\t${weight.toFixed(4)}`);
  const rule = `threshold\t${selection.threshold.toFixed(2)}\nat-least\t${selection.atLeast}`;
  return `${header}\n${rule}\n${lines.join("\n")}\n`;
}
