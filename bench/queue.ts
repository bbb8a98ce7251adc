/**
 * `npm run bench:queue -- [corpus.jsonl] [--articles 3000] [--runs 1]`: ingests the same articles
 * through the Redis queue into PostgreSQL with one worker process, then with two, and prints
 * articles/s for each and their ratio (issue #7 asks for at least 1.7 on two cores).
 * Servers: MARSAD_BENCH_POSTGRES / MARSAD_BENCH_REDIS (else MARSAD_TEST_*, else the local defaults).
 * Workers are separate Node processes running the compiled dist/, as `marsad worker` does; each run
 * gets a fresh PostgreSQL schema and queue, dropped afterwards. The jobs are enqueued into a
 * paused queue; the clock starts when every worker is ready (lexicons loaded) and the queue is
 * resumed, and stops when every article is done.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createReadStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { openIngestQueue } from "../dist/queue/index.js";
import { dropSchema } from "../dist/store/postgres/scratch-schema.js";
import type { IngestItem } from "../dist/queue/index.js";
import { median } from "./stats.js";

const DEFAULT_CORPUS =
  "../shared/data/news/ant-multisource/ant_multisource_v2.1_middleEast_internationalNews_sample.jsonl";
const env = process.env;
const POSTGRES =
  env["MARSAD_BENCH_POSTGRES"] ??
  env["MARSAD_TEST_POSTGRES"] ??
  "postgres://marsad:marsad@127.0.0.1:5432/marsad";
const REDIS = env["MARSAD_BENCH_REDIS"] ?? env["MARSAD_TEST_REDIS"] ?? "redis://127.0.0.1:6379";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { articles: { type: "string", default: "3000" }, runs: { type: "string", default: "1" } },
});
const wanted = Math.max(1, Number(values.articles) || 3000);
const runs = Math.max(1, Number(values.runs) || 1);
const corpus = positionals[0] ?? DEFAULT_CORPUS;
if (!existsSync(corpus)) {
  console.error(`bench:queue: ${corpus}: no such corpus (give a JSONL file with a "text" field per line)`);
  process.exit(1);
}

/** The first `count` lines of the corpus as JSONL items: the workers parse, clean and analyse them. */
async function readItems(path: string, count: number): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === "") continue;
    items.push({ kind: "jsonl", source: `${path}:${number}`, line });
    if (items.length >= count) break;
  }
  lines.close();
  return items;
}

/** A worker process on the compiled package, as `marsad worker` runs it. */
function workerScript(): string {
  const worker = pathToFileURL(new URL("../dist/cli/worker.js", import.meta.url).pathname).href;
  return `
    import { runWorkerCommand } from ${JSON.stringify(worker)};
    const [queue, db, queueName] = process.argv.slice(1);
    process.exitCode = await runWorkerCommand(
      { queue, db, queueName, concurrency: 2, debug: true },
      { stderr: (text) => process.stderr.write(text) },
    );`;
}

/** Workers still running: detached, they would outlive a bench that fails, so they are killed on exit. */
const live = new Set<ChildProcess>();
process.on("exit", () => live.forEach((child) => child.kill("SIGTERM")));

interface RunFigures {
  readonly articles: number;
  readonly seconds: number;
  /** CPU seconds used by the workers, and by PostgreSQL and Redis, during the run. */
  readonly workerCpu: number;
  readonly serverCpu: number;
}

/** CPU seconds (user + system, with reaped children's) of processes, from /proc; 0 off Linux. */
function cpuSeconds(pick: (pid: number, comm: string) => boolean): number {
  let ticks = 0;
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      if (!pick(Number(pid), comm)) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks / 100; // USER_HZ is 100 on Linux
}

const serverCpu = () => cpuSeconds((_, comm) => comm === "postgres" || comm.startsWith("redis-server"));

/** Starts a worker and resolves once it waits for jobs; `onDone` gets the articles each job finished. */
function startWorker(db: string, queueName: string, onDone: (count: number) => void): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    // Each worker in a session of its own, as separately started services are: Linux's autogroup
    // scheduler shares the CPU between sessions, so workers of one session would share one slice.
    const child = spawn(
      process.execPath,
      ["--input-type=module", "-e", workerScript(), REDIS, db, queueName],
      {
        stdio: ["ignore", "inherit", "pipe"],
        detached: true,
      },
    );
    live.add(child);
    child.once("exit", () => live.delete(child));
    const lines = createInterface({ input: child.stderr! });
    lines.on("line", (line) => {
      if (line.includes("waiting for jobs")) resolve(child);
      const done = /(\d+) analysed, \d+ added, \d+ duplicates, (\d+) rejected/.exec(line);
      if (done) {
        onDone(Number(done[1]) + Number(done[2]));
        if (env["MARSAD_BENCH_VERBOSE"]) console.error(`  worker ${child.pid}: ${line}`);
      } else if (!line.includes("waiting for jobs") && !line.includes("stopping")) {
        console.error(`  worker: ${line}`);
      }
    });
    child.once("exit", (code) =>
      reject(new Error(`a worker exited with status ${code} before it was ready`)),
    );
  });
}

async function run(items: readonly IngestItem[], workers: number, label: string): Promise<RunFigures> {
  const schema = `marsad_bench_${process.pid}_${label}`;
  const queueName = `marsad_bench_${process.pid}_${label}`;
  const db = `${POSTGRES}${POSTGRES.includes("?") ? "&" : "?"}schema=${schema}`;
  let done = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const onDone = (count: number) => {
    done += count;
    if (done >= items.length) finish();
  };
  // The jobs wait in a paused queue while the workers start, so neither enqueueing nor loading
  // the lexicons is timed, and no worker gets a head start.
  const queue = await openIngestQueue(REDIS, { queueName });
  await queue.pause();
  await queue.add(items);
  // One worker first: it creates the schema, so the others do not race to create it.
  const children = [await startWorker(db, queueName, onDone)];
  while (children.length < workers) children.push(await startWorker(db, queueName, onDone));
  const pids = new Set(children.map((child) => child.pid));
  const workerCpu = () => cpuSeconds((pid) => pids.has(pid));
  const [workerStart, serverStart] = [workerCpu(), serverCpu()];
  const started = performance.now();
  await queue.resume();
  await finished;
  const seconds = (performance.now() - started) / 1000;
  const [workerEnd, serverEnd] = [workerCpu(), serverCpu()];
  await Promise.all(
    children.map((child) => new Promise((resolve) => (child.once("exit", resolve), child.kill("SIGTERM")))),
  );
  await queue.close();
  await dropSchema(POSTGRES, schema);
  return {
    articles: items.length,
    seconds,
    workerCpu: workerEnd - workerStart,
    serverCpu: serverEnd - serverStart,
  };
}

const items = await readItems(corpus, wanted);
const load = () => loadavg()[0]!.toFixed(1);
console.log(
  `corpus: ${corpus} (${items.length} articles), PostgreSQL and Redis on ${new URL(REDIS).host}, ` +
    `${availableParallelism()} cores, load average ${load()}`,
);
const rates: Record<1 | 2, number[]> = { 1: [], 2: [] };
/** CPU ms per article of the workers (W) and of PostgreSQL + Redis (P), from the two-worker runs. */
const perArticle = { workers: [] as number[], servers: [] as number[] };
for (let index = 0; index < runs; index++) {
  for (const workers of [1, 2] as const) {
    const figures = await run(items, workers, `w${workers}r${index}`);
    const rate = figures.articles / figures.seconds;
    rates[workers].push(rate);
    const w = (1000 * figures.workerCpu) / figures.articles;
    const p = (1000 * figures.serverCpu) / figures.articles;
    if (workers === 2)
      [perArticle.workers, perArticle.servers].forEach((list, i) => list.push(i === 0 ? w : p));
    console.log(
      `${workers} worker${workers === 1 ? "" : "s"}: ${figures.articles} articles in ${figures.seconds.toFixed(1)} s = ` +
        `${rate.toFixed(0)} articles/s (CPU per article: workers ${w.toFixed(1)} ms, PostgreSQL + Redis ${p.toFixed(1)} ms; load ${load()})`,
    );
  }
}
const one = median(rates[1]);
const two = median(rates[2]);
console.log(
  `queue → PostgreSQL: 1 worker ${one.toFixed(0)} articles/s, 2 workers ${two.toFixed(0)} articles/s, ratio ${(two / one).toFixed(2)}×` +
    (runs > 1 ? ` (medians of ${runs} runs)` : ""),
);
// On a machine busy with other work the wall-clock ratio measures the scheduler's shares as much
// as Marsad; the CPU accounts give what two otherwise idle cores would do: one worker keeps one core
// busy (W per article) while the servers use the other; two share both cores with the servers.
const [w, p] = [median(perArticle.workers), median(perArticle.servers)];
if (w > 0)
  console.log(`projected on 2 idle cores from CPU per article: ratio ${((2 * w) / (w + p)).toFixed(2)}×`);
