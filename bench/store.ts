/**
 * `npm run bench:store -- [--articles N] [--queries N] [--workers N] [--corpus file.jsonl] [--keep db]
 * [--db db]`:
 * ingest and search figures for the SQLite store, on N articles (default 100,000) made from the
 * shared news corpus (5,303 articles) repeated with perturbations. Prints articles/s of the real
 * `marsad ingest` (compiled dist/, analysis included, startup included), database size over raw text
 * bytes, and p50/p95/p99 latency of single-word, phrase, entity-filtered and date-filtered searches,
 * and of searches with facets (what the web UI's search screen asks). `--keep db` writes the
 * database there and keeps it (the UI bench reuses it); `--db db` skips the ingest and measures
 * searches on a database an earlier run kept (same --articles, so the query words match).
 *
 * Perturbations of copy k ≥ 1 of an article (copy 0 is the article as published), seeded so every
 * run makes the same corpus: the date moves k × 7 days plus 0–6 days back; the URL path gets a
 * "-rk" suffix (a new canonical URL); the title gets "(k)"; in the text one sentence is dropped
 * (when there are more than three), two neighbouring sentences are swapped, and a dateline naming
 * the copy opens it, so every copy has its own content hash while staying a near-duplicate of the
 * original: the store sees the same story told many times, as a news archive does.
 */
import { spawn } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
} from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadResources } from "../dist/node/resources.js";
import { openStore } from "../dist/store/index.js";
import type { SearchQuery } from "../dist/store/types.js";
import { readCorpus, type CorpusArticle } from "./corpus.js";

const DEFAULT_CORPUS =
  "../shared/data/news/ant-multisource/ant_multisource_v2.1_middleEast_internationalNews_sample.jsonl";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    queries: { type: "string", default: "200" },
    workers: { type: "string" },
    corpus: { type: "string", default: DEFAULT_CORPUS },
    keep: { type: "string" },
    db: { type: "string" },
  },
});
const total = Math.max(1, Number(values.articles) || 100_000);
const perKind = Math.max(1, Number(values.queries) || 200);
if (values.keep !== undefined && existsSync(values.keep)) {
  console.error(`bench: ${values.keep}: already exists; remove it or pass it as --db to reuse it`);
  process.exit(1);
}
if (values.db !== undefined && !existsSync(values.db)) {
  console.error(`bench: ${values.db}: no such database`);
  process.exit(1);
}
if (!existsSync(values.corpus)) {
  console.error(`bench: ${values.corpus}: no such corpus`);
  process.exit(1);
}

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;

function perturb(article: CorpusArticle, copy: number, next: () => number): Record<string, string> {
  const date = article.published ? new Date(article.published) : new Date(Date.UTC(2018, 4, 1));
  const moved = new Date(date.getTime() - (copy * 7 + Math.floor(next() * 7)) * DAY_MS);
  const sentences = article.text.split(/(?<=[.!?؟])\s+/);
  if (sentences.length > 3) sentences.splice(1 + Math.floor(next() * (sentences.length - 1)), 1);
  if (sentences.length > 2) {
    const at = Math.floor(next() * (sentences.length - 1));
    [sentences[at], sentences[at + 1]] = [sentences[at + 1]!, sentences[at]!];
  }
  let url = "";
  if (article.url) {
    try {
      const parsed = new URL(article.url);
      parsed.pathname = `${parsed.pathname.replace(/\/$/, "")}-r${copy}`;
      url = parsed.href;
    } catch {
      url = "";
    }
  }
  return {
    text: `تحديث ${copy}: ${sentences.join(" ")}`,
    title: `${article.title ?? ""} (${copy})`,
    time: moved.toISOString(),
    url,
  };
}

async function makeCorpus(path: string): Promise<{ rawBytes: number; texts: string[] }> {
  const base: CorpusArticle[] = [];
  for await (const article of readCorpus(values.corpus)) base.push(article);
  const out = createWriteStream(path);
  const next = random(42);
  let rawBytes = 0;
  const texts: string[] = [];
  for (let i = 0; i < total; i++) {
    const article = base[i % base.length]!;
    const copy = Math.floor(i / base.length);
    const line =
      copy === 0
        ? {
            text: article.text,
            title: article.title ?? "",
            time: article.published ?? "",
            url: article.url ?? "",
          }
        : perturb(article, copy, next);
    rawBytes += Buffer.byteLength(line.text!, "utf8");
    if (i < base.length) texts.push(line.text!);
    if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return { rawBytes, texts };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const dir = mkdtempSync(join(tmpdir(), "marsad-bench-store-"));
const corpusPath = join(dir, "corpus.jsonl");
const dbPath = resolve(values.db ?? values.keep ?? join(dir, "bench.db"));
try {
  const made = performance.now();
  const { rawBytes, texts } = await makeCorpus(corpusPath);
  console.log(
    `corpus: ${total.toLocaleString("en")} articles, ${(rawBytes / 1e6).toFixed(1)} MB of text ` +
      `(made in ${((performance.now() - made) / 1000).toFixed(1)} s)`,
  );

  if (values.db === undefined) await ingest(rawBytes);
  await measureSearch(texts);
} finally {
  rmSync(dir, { recursive: true, force: true });
  if (values.keep !== undefined) console.log(`kept the database: ${dbPath}`);
}

/** CPU seconds so far of each thread of process `pid` (Linux /proc), by thread id; empty elsewhere. */
function threadCpu(pid: number): Map<number, { name: string; seconds: number }> {
  const threads = new Map<number, { name: string; seconds: number }>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      // The name is in parentheses and may hold spaces; utime and stime are fields 14 and 15.
      const close = stat.lastIndexOf(")");
      const fields = stat.slice(close + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]);
      threads.set(Number(tid), { name: stat.slice(stat.indexOf("(") + 1, close), seconds: ticks / 100 });
    }
  } catch {
    // The process ended between two reads: keep what the last sample saw.
  }
  return threads;
}

async function ingest(rawBytes: number): Promise<void> {
  const args = ["dist/cli/main.js", "ingest", corpusPath, "--db", dbPath];
  if (values.workers !== undefined) args.push("--workers", values.workers);
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  // The writer is the main thread (thread id = process id); sampled, since /proc forgets an ended process.
  const cpu = new Map<number, { name: string; seconds: number }>();
  const sample = setInterval(() => {
    for (const [tid, thread] of threadCpu(child.pid!)) cpu.set(tid, thread);
  }, 100);
  const [code] = (await once(child, "exit")) as [number | null];
  clearInterval(sample);
  const seconds = (performance.now() - started) / 1000;
  const run = { status: code, stderr };
  const summary =
    run.stderr
      .trim()
      .split("\n")
      .filter((line) => line.includes(" in "))
      .at(-1) ?? "";
  console.log(`ingest: ${summary}`);
  if (run.status !== 0) throw new Error(`marsad ingest exited ${run.status}: ${run.stderr.slice(-2000)}`);
  const writer = cpu.get(child.pid!)?.seconds ?? 0;
  const all = [...cpu.values()].reduce((sum, thread) => sum + thread.seconds, 0);
  const busiest = [...cpu.entries()]
    .filter(([tid]) => tid !== child.pid)
    .sort((a, b) => b[1].seconds - a[1].seconds)
    .slice(0, 4)
    .map(([, thread]) => `${thread.name} ${thread.seconds.toFixed(1)} s`);
  console.log(
    `ingest CPU: main (writer) thread ${writer.toFixed(1)} s = ${((writer * 1000) / total).toFixed(2)} ms/article; ` +
      `all threads ${all.toFixed(1)} s; others: ${busiest.join(", ")}`,
  );
  console.log(
    `ingest: ${(total / seconds).toFixed(0)} articles/s wall clock (${seconds.toFixed(1)} s, ` +
      `startup, analysis and writing included)`,
  );
  const dbBytes = readdirSync(dirname(dbPath))
    .filter((name) => name.startsWith(basename(dbPath)))
    .reduce((sum, name) => sum + statSync(join(dirname(dbPath), name)).size, 0);
  console.log(
    `database: ${(dbBytes / 1e6).toFixed(1)} MB = ${(dbBytes / rawBytes).toFixed(2)}× the raw text ` +
      `(${(rawBytes / 1e6).toFixed(1)} MB)`,
  );
}

async function measureSearch(texts: readonly string[]): Promise<void> {
  const store = await openStore(dbPath, loadResources());
  const next = random(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const words = texts.flatMap((text) =>
    text
      .split(/\s+/)
      .filter((w) => /^[\u0621-\u064A]{4,}$/.test(w))
      .slice(0, 20),
  );
  const phrases = texts.flatMap((text) => {
    const w = text.split(/\s+/).filter((word) => /^[\u0621-\u064A]{2,}$/.test(word));
    return w.length > 10 ? [`"${w[5]} ${w[6]}"`, `"${w[8]} ${w[9]} ${w[10]}"`] : [];
  });
  const entities = (await store.entities({ limit: 200 })).items.map((entity) => entity.id);
  const months = Array.from({ length: 9 }, (_, i) => `2018-${String(i + 2).padStart(2, "0")}`);
  const kinds: Record<string, () => SearchQuery> = {
    "single-word": () => ({ text: pick(words) }),
    phrase: () => ({ text: pick(phrases) }),
    "entity-filtered": () =>
      next() < 0.5 ? { entity: pick(entities) } : { entity: pick(entities), text: pick(words) },
    "date-filtered": () => {
      const month = pick(months);
      return { text: pick(words), from: `${month}-01`, to: `${month}-${next() < 0.5 ? "15" : "28"}` };
    },
  };
  // What the web UI's search screen asks: any of the above, with facets and the histogram.
  const plain = Object.values(kinds);
  kinds["with facets"] = () => ({ ...pick(plain)(), facets: true });
  for (let i = 0; i < 20; i++) await store.search(kinds["single-word"]!());
  for (const [kind, make] of Object.entries(kinds)) {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < perKind; i++) {
      const query = make();
      const t = performance.now();
      const result = await store.search(query);
      times.push(performance.now() - t);
      hits += result.total;
    }
    times.sort((a, b) => a - b);
    console.log(
      `search ${kind.padEnd(16)} p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, ` +
        `p99 ${percentile(times, 99).toFixed(1)} ms over ${perKind} queries (mean ${(hits / perKind).toFixed(0)} hits)`,
    );
  }
  await store.close();
}
