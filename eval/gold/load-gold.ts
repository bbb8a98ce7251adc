/**
 * The team's gold articles (eval/gold/news/*.json, format in eval/gold/FORMAT.md), shared by the
 * quote, time and event evals: loads them, finds each article in the ANT JSONL sample, checks its
 * textSha1, runs the real pipeline on the raw text, and maps the gold offsets (into the raw JSONL
 * `text`) onto Marsad's cleaned `Document.text`.
 *
 * Cleaning only deletes or replaces whitespace and controls, decodes character references and
 * removes scraping residue, so a two-pointer alignment that skips whitespace differences and
 * re-synchronises after a deletion (a run of raw text) or a replacement (&quot; → ") maps every
 * character that survives. A span none of whose characters survive is reported, not guessed.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Document, LayerName, Span } from "../../src/doc/index.js";
import { analyzeText, DEFAULT_STAGES, type AnalyzeOptions } from "../../src/pipeline/index.js";
import type { Resources } from "../../src/resources/index.js";

const HERE = dirname(fileURLToPath(import.meta.url));
export const GOLD_DIR = join(HERE, "news");
export const CORPUS = join(
  HERE,
  "..",
  "..",
  "..",
  "shared",
  "data",
  "news",
  "ant-multisource",
  "ant_multisource_v2.1_middleEast_internationalNews_sample.jsonl",
);

export type Split = "dev" | "test";
export type SplitFilter = Split | "all";

export interface GoldOffsets {
  readonly start: number;
  readonly end: number;
}

export interface GoldTime extends GoldOffsets {
  readonly type: string;
  readonly value: string;
  readonly mod?: string;
  readonly calendar?: string;
}

export interface GoldQuote extends GoldOffsets {
  readonly kind: string;
  readonly cue: GoldOffsets | null;
  readonly speaker: GoldOffsets | null;
  readonly speakerName?: string | null;
}

export interface GoldEvent {
  readonly type: string;
  readonly trigger: GoldOffsets;
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly place: string | null;
  readonly time: string | null;
}

/** One gold file as written (offsets into the raw JSONL text). */
export interface GoldFile {
  readonly id: string;
  readonly split: Split;
  readonly textSha1: string;
  readonly published: string | null;
  readonly quotes: readonly GoldQuote[];
  readonly times: readonly GoldTime[];
  readonly events: readonly GoldEvent[];
}

/** The ANT JSONL record fields the evals use. */
export interface CorpusRecord {
  readonly id: string;
  readonly text: string;
  readonly time?: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
}

/** Raw-text offsets mapped onto the cleaned text. */
export interface OffsetMap {
  /** The cleaned span holding the surviving characters of raw [start, end), or null if none survive. */
  span(start: number, end: number): Span | null;
}

export interface GoldArticle {
  readonly gold: GoldFile;
  readonly file: string;
  readonly raw: string;
  /** The pipeline's document for the raw text, with every layer the stages give. */
  readonly doc: Document<LayerName>;
  readonly offsets: OffsetMap;
}

export interface GoldSet {
  readonly articles: GoldArticle[];
  /** Files that could not be used or checked, one sentence each (the eval prints them). */
  readonly problems: string[];
}

/**
 * The options every gold eval takes: `--split dev|test|all`, `--errors`, and `--ids a,b,…` (only the
 * articles whose id starts with one of these: a batch of newly annotated articles scored on its own,
 * before anything is tuned on it). Without `--split` the figures of both splits are printed, as the
 * issue's measure asks; but `--errors` or `--ids` without it read dev alone, since listing the test
 * split's errors (or scoring a batch) is how one ends up tuning on test. A `--split` naming no split
 * stops the eval rather than silently printing both.
 */
export function readEvalArgs(args: readonly string[]): {
  splits: SplitFilter[];
  showErrors: boolean;
  ids: readonly string[] | undefined;
} {
  const showErrors = args.includes("--errors");
  const idsArg = args.includes("--ids") ? args[args.indexOf("--ids") + 1] : undefined;
  const ids = idsArg?.split(",").filter((id) => id !== "");
  return { splits: readSplits(args, showErrors || ids !== undefined), showErrors, ids };
}

function readSplits(args: readonly string[], workingOnDev: boolean): SplitFilter[] {
  if (!args.includes("--split")) return workingOnDev ? ["dev"] : ["dev", "test"];
  const splitArg = args[args.indexOf("--split") + 1];
  if (splitArg === "dev" || splitArg === "test" || splitArg === "all") return [splitArg];
  console.error(`eval: --split ${splitArg ?? ""}: not a split (give dev, test or all)`);
  process.exit(2);
}

export interface LoadGoldOptions {
  readonly split?: SplitFilter;
  readonly goldDir?: string;
  readonly corpus?: string;
  /** Stages to run; the pipeline's default list when absent. */
  readonly stages?: AnalyzeOptions["stages"];
  /** Only the articles whose id starts with one of these (`--ids`); every article when absent. */
  readonly ids?: readonly string[];
}

function sha1(text: string): string {
  return createHash("sha1").update(text, "utf8").digest("hex");
}

const MONTHS: Readonly<Record<string, string>> = {
  Jan: "01",
  Feb: "02",
  Mar: "03",
  Apr: "04",
  May: "05",
  Jun: "06",
  Jul: "07",
  Aug: "08",
  Sep: "09",
  Oct: "10",
  Nov: "11",
  Dec: "12",
};

/** The publisher's local date of an RFC 822 time ("Fri, 04 May 2018 18:19:13 +0400" → 2018-05-04). */
export function publishedDate(time: string | undefined): string | null {
  const match = /(\d{1,2}) (\w{3}) (\d{4})/.exec(time ?? "");
  const month = match === null ? undefined : MONTHS[match[2]!];
  if (match === null || month === undefined) return null;
  return `${match[3]}-${month}-${match[1]!.padStart(2, "0")}`;
}

/** Reads the JSONL records with the given ids (parsing only those lines). */
export function readCorpusRecords(path: string, ids: ReadonlySet<string>): Map<string, CorpusRecord> {
  const records = new Map<string, CorpusRecord>();
  if (!existsSync(path)) return records;
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const id = /^\{"id":\s*"([^"]+)"/.exec(line)?.[1];
    if (id === undefined || !ids.has(id)) continue;
    records.set(id, JSON.parse(line) as CorpusRecord);
  }
  return records;
}

/** The gold files of a split, sorted by id; unreadable files are reported in `problems`. */
export function readGoldFiles(
  split: SplitFilter = "all",
  goldDir: string = GOLD_DIR,
): { files: { path: string; gold: GoldFile }[]; problems: string[] } {
  const problems: string[] = [];
  const files: { path: string; gold: GoldFile }[] = [];
  if (!existsSync(goldDir)) return { files, problems };
  for (const name of readdirSync(goldDir).sort()) {
    if (!name.endsWith(".json")) continue;
    const path = join(goldDir, name);
    let gold: GoldFile;
    try {
      const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<GoldFile>;
      if (typeof parsed.id !== "string" || (parsed.split !== "dev" && parsed.split !== "test")) {
        problems.push(`${name}: no id or no split "dev"/"test"`);
        continue;
      }
      gold = {
        id: parsed.id,
        split: parsed.split,
        textSha1: parsed.textSha1 ?? "",
        published: parsed.published ?? null,
        quotes: parsed.quotes ?? [],
        times: parsed.times ?? [],
        events: parsed.events ?? [],
      };
    } catch (error) {
      problems.push(`${name}: not readable JSON (${(error as Error).message})`);
      continue;
    }
    if (split === "all" || gold.split === split) files.push({ path, gold });
  }
  return { files, problems };
}

/** Loads, checks and analyses the gold articles of a split (see the module comment). */
export function loadGold(resources: Resources, options: LoadGoldOptions = {}): GoldSet {
  const read = readGoldFiles(options.split ?? "all", options.goldDir ?? GOLD_DIR);
  const { ids } = options;
  const files =
    ids === undefined
      ? read.files
      : read.files.filter(({ gold }) => ids.some((id) => gold.id.startsWith(id)));
  const { problems } = read;
  const corpusPath = options.corpus ?? CORPUS;
  if (files.length > 0 && !existsSync(corpusPath)) problems.push(`corpus not found: ${corpusPath}`);
  const records = readCorpusRecords(corpusPath, new Set(files.map((file) => file.gold.id)));
  const articles: GoldArticle[] = [];
  for (const { path, gold } of files) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    const record = records.get(gold.id);
    if (record === undefined) {
      problems.push(`${name}: article ${gold.id} is not in the corpus`);
      continue;
    }
    if (gold.textSha1 !== "" && sha1(record.text) !== gold.textSha1) {
      problems.push(`${name}: textSha1 differs from the corpus text (the article changed); skipped`);
      continue;
    }
    const published = gold.published ?? publishedDate(record.time);
    const fromCorpus = publishedDate(record.time);
    if (gold.published !== null && fromCorpus !== null && gold.published.slice(0, 10) !== fromCorpus) {
      problems.push(`${name}: published ${gold.published} differs from the corpus time ${record.time ?? ""}`);
    }
    const doc = analyzeText(record.text, resources, {
      input: `${gold.id}`,
      meta: {
        title: record.title ?? null,
        published,
        url: record.url ?? null,
        outlet: record.source ?? null,
      },
      stages: options.stages ?? DEFAULT_STAGES,
    });
    articles.push({ gold, file: name, raw: record.text, doc, offsets: alignText(record.text, doc.text) });
  }
  return { articles, problems };
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x0c ||
    code === 0x0b ||
    (code >= 0x2000 && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202f) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x061c ||
    code === 0xfeff ||
    code === 0x3000 ||
    code === 0x205f ||
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f)
  );
}

/** Characters compared when re-synchronising after a difference. */
const ANCHOR = 6;
/** Largest run of raw characters a replacement may cover (&quot;, &#1575;). */
const SHORT_SKIP = 12;

/**
 * Maps each raw character to its cleaned position (-1 when cleaning removed it). Greedy: equal
 * characters pair up; whitespace on either side is skipped; otherwise the nearest point where
 * both texts agree again on ANCHOR characters is found (a short replacement first, then a
 * deletion of raw text, as scraping residue is).
 */
export function alignText(raw: string, clean: string): OffsetMap {
  const map = new Int32Array(raw.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < raw.length && j < clean.length) {
    const a = raw.charCodeAt(i);
    const b = clean.charCodeAt(j);
    if (a === b) {
      map[i++] = j++;
      continue;
    }
    if (isSpace(a) && isSpace(b)) {
      map[i++] = j++;
      continue;
    }
    if (isSpace(a)) {
      i++;
      continue;
    }
    if (isSpace(b)) {
      j++;
      continue;
    }
    const resync = findResync(raw, i, clean, j);
    if (resync === null) {
      i++;
      continue;
    }
    // The replaced or deleted raw characters have no image of their own.
    i = resync.i;
    j = resync.j;
  }
  return {
    span(start, end) {
      let first = -1;
      let last = -1;
      for (let k = Math.max(0, start); k < Math.min(end, raw.length); k++) {
        const mapped = map[k]!;
        if (mapped < 0) continue;
        if (first < 0) first = mapped;
        last = mapped;
      }
      return first < 0 ? null : { start: first, end: last + 1 };
    },
  };
}

function agrees(raw: string, i: number, clean: string, j: number): boolean {
  const length = Math.min(ANCHOR, raw.length - i, clean.length - j);
  if (length <= 0) return false;
  for (let k = 0; k < length; k++) if (raw.charCodeAt(i + k) !== clean.charCodeAt(j + k)) return false;
  return true;
}

function findResync(raw: string, i: number, clean: string, j: number): { i: number; j: number } | null {
  for (let d = 1; d <= SHORT_SKIP; d++) {
    for (let e = 0; e <= 2; e++) if (agrees(raw, i + d, clean, j + e)) return { i: i + d, j: j + e };
  }
  const next = raw.indexOf(clean.slice(j, j + ANCHOR), i);
  return next < 0 ? null : { i: next, j };
}
