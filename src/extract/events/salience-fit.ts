/**
 * Training of the salience model (event-salience.ts), used by `npm run eval:events -- --train` on the
 * dev split only; not part of the stage. L2-regularised logistic regression by Newton's method (a few
 * hundred rows, a few dozen features: exact and deterministic), leave-one-article-out predictions
 * to choose the selection rule, and the model file's text.
 */
import { keepMain, type Feature } from "./event-salience.js";

export interface TrainingRow {
  readonly features: readonly Feature[];
  /** 1 when the candidate is a gold main event (same type, overlapping trigger). */
  readonly label: 0 | 1;
  /** The article it comes from: cross-validation leaves whole articles out. */
  readonly group: string;
}

const NEWTON_STEPS = 30;

/** Solves A x = b (A symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = col + 1; r < n; r++) {
      const factor = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r]![n]!;
    for (let c = r + 1; c < n; c++) sum -= m[r]![c]! * x[c]!;
    x[r] = sum / m[r]![r]!;
  }
  return x;
}

/** Weights by feature name; `l2` penalises every weight but the bias. */
export function fitLogistic(rows: readonly TrainingRow[], l2: number): Map<string, number> {
  const names = [...new Set(rows.flatMap((row) => row.features.map(([name]) => name)))].sort();
  const index = new Map(names.map((name, i) => [name, i]));
  const n = names.length;
  const w = new Array<number>(n).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const gradient = w.map((weight, i) => (names[i] === "bias" ? 0 : l2 * weight));
    const hessian = names.map((name, i) =>
      names.map((_, j) => (i === j ? (name === "bias" ? 1e-6 : l2) : 0)),
    );
    for (const row of rows) {
      const cells = row.features.map(([name, value]) => [index.get(name)!, value] as const);
      let z = 0;
      for (const [i, value] of cells) z += w[i]! * value;
      const p = 1 / (1 + Math.exp(-z));
      for (const [i, vi] of cells) {
        gradient[i]! += (p - row.label) * vi;
        for (const [j, vj] of cells) hessian[i]![j]! += p * (1 - p) * vi * vj;
      }
    }
    const delta = solve(hessian, gradient);
    for (let i = 0; i < n; i++) w[i]! -= delta[i]!;
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
