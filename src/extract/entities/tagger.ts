/**
 * The tagger's model and decoder: a linear model over hashed features (features.ts) with first-order
 * BIO transitions, decoded by Viterbi. An I- tag may only follow B- or I- of its own type.
 */
import { FEATURE_COUNT } from "./features.js";
import { TAG_COUNT, TAGS, isInside } from "./tags.js";

export interface NerModel {
  readonly name: string;
  readonly version: string;
  /** log2 of the number of feature buckets. */
  readonly bits: number;
  /**
   * bucket * TAG_COUNT + tag, in units of `weightUnit`. A loaded model packs them in 16 bits (19 MB
   * instead of 38): the scattered reads of these rows are what bounds the tagger's speed.
   */
  readonly weights: Float32Array | Int16Array;
  /** The value of one unit of `weights` (1 while training). */
  readonly weightUnit: number;
  /** previous * TAG_COUNT + next. */
  readonly transitions: Float32Array;
  /** Score of each tag at the start of a sentence. */
  readonly start: Float32Array;
}

/** True when tag `next` may follow tag `previous` (-1: sentence start) under BIO. */
export function isAllowed(previous: number, next: number): boolean {
  if (!isInside(next)) return true;
  return previous === next || previous === next - 1;
}

/** Best tag sequence under the model for a sentence of `n` tokens with these features. */
export function decode(model: NerModel, features: Int32Array, n: number): Uint8Array {
  const T = TAG_COUNT;
  if (T !== 9) throw new Error(`decode is written for 9 tags, not ${T}`);
  const { weights, transitions, start, weightUnit } = model;
  const score = new Float64Array(n * T);
  // Nine running sums in locals: the weight rows are scattered over 38 MB, so the loop is bound by
  // memory reads and keeps its arithmetic in registers.
  for (let i = 0; i < n; i++) {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0,
      s7 = 0,
      s8 = 0;
    for (let f = i * FEATURE_COUNT, end = f + FEATURE_COUNT; f < end; f++) {
      const b = features[f]! * 9;
      s0 += weights[b]!;
      s1 += weights[b + 1]!;
      s2 += weights[b + 2]!;
      s3 += weights[b + 3]!;
      s4 += weights[b + 4]!;
      s5 += weights[b + 5]!;
      s6 += weights[b + 6]!;
      s7 += weights[b + 7]!;
      s8 += weights[b + 8]!;
    }
    const row = i * T;
    score[row] = s0 * weightUnit;
    score[row + 1] = s1 * weightUnit;
    score[row + 2] = s2 * weightUnit;
    score[row + 3] = s3 * weightUnit;
    score[row + 4] = s4 * weightUnit;
    score[row + 5] = s5 * weightUnit;
    score[row + 6] = s6 * weightUnit;
    score[row + 7] = s7 * weightUnit;
    score[row + 8] = s8 * weightUnit;
  }
  return viterbi(score, n, transitions, start);
}

/** Transition and start scores with the BIO constraints baked in (-Infinity where not allowed). */
export interface BioScores {
  /** previous * TAG_COUNT + next. */
  readonly trans: Float64Array;
  readonly first: Float64Array;
}

export function constrained(transitions: ArrayLike<number>, start: ArrayLike<number>): BioScores {
  const T = TAG_COUNT;
  const trans = new Float64Array(T * T);
  const first = new Float64Array(T);
  for (let p = 0; p < T; p++)
    for (let t = 0; t < T; t++) trans[p * T + t] = isAllowed(p, t) ? transitions[p * T + t]! : -Infinity;
  for (let t = 0; t < T; t++) first[t] = isAllowed(-1, t) ? start[t]! : -Infinity;
  return { trans, first };
}

/** Viterbi over per-token tag scores (n * T) with transition and start scores. */
export function viterbi(
  score: Float64Array,
  n: number,
  transitions: ArrayLike<number>,
  start: ArrayLike<number>,
): Uint8Array {
  const T = TAG_COUNT;
  return bestPath(score, n, constrained(transitions, start), new Float64Array(n * T), new Uint8Array(n * T));
}

/**
 * Viterbi with the constrained scores given and scratch rows `best` and `back` (at least n * T
 * long) supplied by the caller, so a tagger can reuse them from sentence to sentence. The tags go
 * into `into` when given (at least n long; the result is then a view of it): a typed array of more
 * than 64 bytes allocated per sentence lives outside the heap and costs more than the decoding.
 *
 * Written out for the 9 BIO tags (O, then B- and I- of four types): a loop over the allowed previous
 * tags took twice as long (130 against 58 ns a news token). Under BIO only B- and I- of its own type
 * may precede an I- tag (the others score -Infinity in `trans` and never win), so those are the only
 * ones compared; every tag compares its previous tags in ascending order and keeps the first of
 * equal scores.
 */
export function bestPath(
  score: Float64Array,
  n: number,
  { trans, first }: BioScores,
  best: Float64Array,
  back: Uint8Array,
  into?: Uint8Array,
): Uint8Array {
  const T = TAG_COUNT;
  if (T !== 9) throw new Error(`bestPath is written for 9 tags, not ${T}`);
  for (let t = 0; t < T; t++) best[t] = score[t]! + first[t]!;
  for (let i = 1; i < n; i++) {
    const row = i * 9;
    const previous = row - 9;
    const p0 = best[previous]!;
    const p1 = best[previous + 1]!;
    const p2 = best[previous + 2]!;
    const p3 = best[previous + 3]!;
    const p4 = best[previous + 4]!;
    const p5 = best[previous + 5]!;
    const p6 = best[previous + 6]!;
    const p7 = best[previous + 7]!;
    const p8 = best[previous + 8]!;
    // O and the B- tags: any tag may come before them.
    for (let t = 0; t < 9; t = t === 0 ? 1 : t + 2) {
      let top = -Infinity;
      let arg = 0;
      let value = p0 + trans[t]!;
      if (value > top) {
        top = value;
        arg = 0;
      }
      value = p1 + trans[9 + t]!;
      if (value > top) {
        top = value;
        arg = 1;
      }
      value = p2 + trans[18 + t]!;
      if (value > top) {
        top = value;
        arg = 2;
      }
      value = p3 + trans[27 + t]!;
      if (value > top) {
        top = value;
        arg = 3;
      }
      value = p4 + trans[36 + t]!;
      if (value > top) {
        top = value;
        arg = 4;
      }
      value = p5 + trans[45 + t]!;
      if (value > top) {
        top = value;
        arg = 5;
      }
      value = p6 + trans[54 + t]!;
      if (value > top) {
        top = value;
        arg = 6;
      }
      value = p7 + trans[63 + t]!;
      if (value > top) {
        top = value;
        arg = 7;
      }
      value = p8 + trans[72 + t]!;
      if (value > top) {
        top = value;
        arg = 8;
      }
      best[row + t] = top + score[row + t]!;
      back[row + t] = arg;
    }
    inside(row, 2, p1, p2);
    inside(row, 4, p3, p4);
    inside(row, 6, p5, p6);
    inside(row, 8, p7, p8);
  }
  /** An I- tag `t`, after its B- (previous score `b`) or itself (`i`). */
  function inside(row: number, t: number, b: number, i: number): void {
    let top = -Infinity;
    let arg = 0;
    const fromBegin = b + trans[(t - 1) * 9 + t]!;
    if (fromBegin > top) {
      top = fromBegin;
      arg = t - 1;
    }
    const fromInside = i + trans[t * 9 + t]!;
    if (fromInside > top) {
      top = fromInside;
      arg = t;
    }
    best[row + t] = top + score[row + t]!;
    back[row + t] = arg;
  }
  const tags = into ? into.subarray(0, n) : new Uint8Array(n);
  if (n === 0) return tags;
  let arg = 0;
  for (let t = 1; t < T; t++) if (best[(n - 1) * T + t]! > best[(n - 1) * T + arg]!) arg = t;
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * T + arg]!;
  }
  return tags;
}

/** Weights are written as integers of 1/SCALE. */
const SCALE = 1000;

/**
 * The model file: a header line (`# name= version= licence= source= bits=`), the tag names, start
 * and transition rows, then one line per non-zero feature bucket, sorted: `bucket tag:weight …`.
 */
export function formatNerModel(model: NerModel, header: Readonly<Record<string, string>>): string {
  const T = TAG_COUNT;
  const fields = { name: model.name, version: model.version, ...header, bits: String(model.bits) };
  const lines = [
    `# ${Object.entries(fields)
      .map(([k, v]) => `${k}=${v.replace(/\s+/g, "_")}`)
      .join(" ")}`,
  ];
  lines.push(`tags ${TAGS.join(" ")}`);
  lines.push(`start ${Array.from(model.start, (w) => Math.round(w * SCALE)).join(" ")}`);
  for (let p = 0; p < T; p++) {
    lines.push(
      `trans ${Array.from(model.transitions.subarray(p * T, p * T + T), (w) => Math.round(w * SCALE)).join(" ")}`,
    );
  }
  const buckets = model.weights.length / T;
  for (let b = 0; b < buckets; b++) {
    const cells: string[] = [];
    for (let t = 0; t < T; t++) {
      const w = Math.round(model.weights[b * T + t]! * model.weightUnit * SCALE);
      if (w !== 0) cells.push(`${t}:${w}`);
    }
    if (cells.length > 0) lines.push(`${b} ${cells.join(" ")}`);
  }
  return lines.join("\n") + "\n";
}

/**
 * Parses a model file written by formatNerModel; throws naming the line when it is malformed. Only
 * the 12 head lines are split off: splitting the whole file made 400 k strings, a third of the time.
 * The non-zero cells are gathered before the weights are packed, rather than a 4-byte cell for
 * every bucket (38 MB to zero and scan twice): the largest value fixes the 16-bit unit.
 */
export function parseNerModel(text: string): NerModel {
  const T = TAG_COUNT;
  const lines: string[] = [];
  let at = 0;
  for (let line = 0; line < 3 + T; line++) {
    const end = text.indexOf("\n", at);
    lines.push(text.slice(at, end < 0 ? text.length : end));
    at = end < 0 ? text.length : end + 1;
  }
  const header = new Map<string, string>();
  for (const m of (lines[0] ?? "").matchAll(/(\w+)=(\S+)/g)) header.set(m[1]!, m[2]!);
  const bits = Number(header.get("bits"));
  if (!(bits >= 10 && bits <= 24)) throw new Error(`ner model: bad or missing bits= in header: ${lines[0]}`);
  if (lines[1] !== `tags ${TAGS.join(" ")}`) throw new Error(`ner model: tag set differs: ${lines[1]}`);
  const row = (line: string | undefined, label: string): Float32Array => {
    const parts = (line ?? "").split(" ");
    if (parts[0] !== label || parts.length !== T + 1) throw new Error(`ner model: bad ${label} line`);
    return Float32Array.from(parts.slice(1), (w) => Number(w) / SCALE);
  };
  const start = row(lines[2], "start");
  const transitions = new Float32Array(T * T);
  for (let p = 0; p < T; p++) transitions.set(row(lines[3 + p], "trans"), p * T);
  const size = (1 << bits) * T;
  // Cell number and value of each `tag:weight`, in file order.
  let cells: Int32Array = new Int32Array(1 << 16);
  let values: Int32Array = new Int32Array(1 << 16);
  let count = 0;
  let largest = 1;
  // The bucket lines hold a million numbers: read them digit by digit rather than slice each one.
  let base = -1;
  let tag = -1;
  let value = 0;
  let negative = false;
  for (; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 0x0a;
    if (code >= 0x30 && code <= 0x39) value = value * 10 + code - 0x30;
    else if (code === 0x2d) negative = true;
    else if (code === 0x3a) {
      tag = value;
      value = 0;
    } else {
      if (base < 0) base = value * T;
      else if (tag >= 0) {
        const cell = base + tag;
        if (cell < size) {
          if (count === cells.length) {
            cells = grow(cells);
            values = grow(values);
          }
          cells[count] = cell;
          values[count++] = negative ? -value : value;
          if (value > largest) largest = value;
        }
      } else if (code !== 0x0a || value !== 0)
        throw new Error(`ner model: bad bucket line near offset ${at}`);
      if (code === 0x0a) base = -1;
      tag = -1;
      value = 0;
      negative = false;
    }
  }
  const divisor = Math.ceil(largest / 32767);
  const weights = new Int16Array(size);
  for (let i = 0; i < count; i++) weights[cells[i]!] = Math.round(values[i]! / divisor);
  return Object.freeze({
    name: header.get("name") ?? "ner",
    version: header.get("version") ?? "0",
    bits,
    weights,
    weightUnit: divisor / SCALE,
    transitions,
    start,
  });
}

/** A copy twice as long. */
function grow(array: Int32Array): Int32Array {
  const longer = new Int32Array(array.length * 2);
  longer.set(array);
  return longer;
}
