/**
 * Picks the reading of an alias that several knowledge-base entities share (عمان: Oman or Amman;
 * الفاو: the FAO or the Iraqi town). In order:
 * 1. diacritics, where the text writes them: a mark that disagrees with an entity's vocalized spelling
 *    rules it out (a shadda on م is عمّان, a damma on ع is عُمان); agreeing marks choose among the rest;
 * 2. one sense per discourse: an entity already chosen earlier in the document;
 * 3. the document's context: how many of each entity's cue words it holds (سلطنة، مسقط vs الأردن،
 *    إربد), plus a dateline at the head of a paragraph (عمان – …, عمان (رويترز)) for a city;
 * 4. otherwise the default, the first entity listed for the alias.
 */
import type { Span } from "../../doc/index.js";
import type { KbEntity, KbSense } from "./kb.js";

const SHADDA = 0x0651;
/** A dateline counts as this many cue words: it is the writer's own statement of place. */
const DATELINE_WEIGHT = 3;

/** What the chooser may read of the document. */
export interface SenseContext {
  readonly text: string;
  /** Occurrences of each cue key (kb.ts `cueKey`) among the document's words; built once, lazily. */
  cueCounts(): ReadonlyMap<string, number>;
  /** True when an entity of this id is already linked earlier in the document. */
  isUsed(id: string): boolean;
}

function isMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x0652) || code === 0x0670;
}

/** The diacritics on each letter of a word, in order; spaces and other characters count as letters. */
export function marksOf(text: string): string[] {
  const marks: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0640) continue; // tatweel ـ carries nothing
    const last = marks.length - 1;
    if (!isMark(code)) marks.push("");
    else if (last >= 0) marks[last] = marks[last]! + text[i]!;
  }
  return marks;
}

/**
 * How a written form's marks agree with a vocalized spelling: -1 when some mark disagrees, else the
 * number of letters whose marks agree (0 when the text writes none or the letters do not align).
 * A shadda is part of the word, so a shadda the spelling lacks disagrees; a written vowel disagrees
 * only with a different vowel on the same letter.
 */
export function markAgreement(written: string, vocalized: string): number {
  const a = marksOf(written);
  const b = marksOf(vocalized);
  if (a.length !== b.length) return 0;
  let agree = 0;
  for (let i = 0; i < a.length; i++) {
    const mine = a[i]!;
    if (mine === "") continue;
    const theirs = b[i]!;
    const shadda = String.fromCharCode(SHADDA);
    if (mine.includes(shadda) && !theirs.includes(shadda)) return -1;
    const vowels = [...mine].filter((mark) => mark !== shadda);
    const theirVowels = [...theirs].filter((mark) => mark !== shadda);
    if (vowels.length > 0 && theirVowels.length > 0 && !vowels.some((v) => theirVowels.includes(v)))
      return -1;
    if (theirs !== "" || vowels.length === 0) agree++;
  }
  return agree;
}

/** True when the mention heads a paragraph and is followed by a dash, a bracket or a date. */
export function isDateline(text: string, mention: Span): boolean {
  for (let i = mention.start - 1; i >= 0; i--) {
    const char = text[i]!;
    if (char === "\n") break;
    if (char !== " " && char !== "\t" && char !== "\u00a0") return false;
  }
  return /^[ \t\u00a0]*(?:[-–—(:/]|،[ \t]*\d|\d)/.test(text.slice(mention.end, mention.end + 8));
}

function best<T>(items: readonly T[], score: (item: T) => number): T[] {
  let top = -Infinity;
  let out: T[] = [];
  for (const item of items) {
    const value = score(item);
    if (value > top) {
      top = value;
      out = [item];
    } else if (value === top) out.push(item);
  }
  return out;
}

/** The entity a mention of a shared alias names (see the module note for the order of evidence). */
export function chooseSense(senses: readonly KbSense[], mention: Span, context: SenseContext): KbEntity {
  const written = context.text.slice(mention.start, mention.end);
  let left: readonly KbSense[] = senses;
  if (marksOf(written).some((marks) => marks !== "")) {
    const agreement = (sense: KbSense) =>
      sense.marked.length === 0 ? 0 : Math.max(...sense.marked.map((form) => markAgreement(written, form)));
    const compatible = senses.filter((sense) => agreement(sense) >= 0);
    if (compatible.length > 0) left = best(compatible, agreement);
  }
  if (left.length > 1) {
    const used = left.filter((sense) => context.isUsed(sense.entity.id));
    if (used.length === 1) return used[0]!.entity;
  }
  if (left.length > 1) {
    const counts = context.cueCounts();
    const dateline = isDateline(context.text, mention);
    const score = (sense: KbSense) => {
      let total = dateline && sense.dateline ? DATELINE_WEIGHT : 0;
      for (const cue of sense.cues) total += counts.get(cue) ?? 0;
      return total;
    };
    const top = best(left, score);
    if (top.length === 1 && score(top[0]!) > 0) return top[0]!.entity;
    left = top.length < left.length && score(top[0]!) > 0 ? top : left;
  }
  return left[0]!.entity;
}
