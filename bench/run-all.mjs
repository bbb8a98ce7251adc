// `npm run bench -- [--only core,warc,store,ui,queue] [--articles N]`: every benchmark in turn, each in
// its own process so one's heap and caches never colour the next. The store bench builds the
// 100,000-article SQLite store (kept under .tmp/) that the UI bench then measures in Chromium; the
// queue bench runs only when PostgreSQL and Redis are given (MARSAD_BENCH_POSTGRES, MARSAD_BENCH_REDIS).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    only: { type: "string", default: "core,warc,store,ui,queue" },
    articles: { type: "string", default: "100000" },
  },
});
const only = new Set(values.only.split(","));
const storePath = `.tmp/bench-store-${values.articles}.db`;

function run(title, args, env = {}) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", ...args], {
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) console.log(`(${title}: exited with ${result.status})`);
}

if (only.has("core")) run("analyze pipeline (text core, entities, stages)", ["bench/bench.ts"]);
if (only.has("warc")) run("WARC.gz streaming and HTML extraction", ["bench/warc.ts"]);
if (only.has("store")) {
  mkdirSync(".tmp", { recursive: true });
  rmSync(storePath, { force: true });
  run(`SQLite store: ingest and search at ${values.articles} articles`, [
    "bench/store.ts",
    "--articles",
    values.articles,
    "--keep",
    storePath,
  ]);
}
if (only.has("ui")) {
  if (existsSync(storePath) && existsSync("/usr/bin/chromium")) {
    run("web UI in Chromium", ["bench/ui.ts", "--db", storePath]);
  } else console.log("\n=== web UI: skipped (needs the store bench's database and /usr/bin/chromium)");
}
if (only.has("queue")) {
  if (process.env.MARSAD_BENCH_POSTGRES && process.env.MARSAD_BENCH_REDIS) {
    run("Redis queue into PostgreSQL: one worker vs two", ["bench/queue.ts"]);
  } else console.log("\n=== queue: skipped (set MARSAD_BENCH_POSTGRES and MARSAD_BENCH_REDIS)");
}
