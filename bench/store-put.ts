/**
 * Micro-benchmark of the SQLite store's put(): reads analysed records (JSONL, one `MarsadRecord` per
 * line, e.g. from `marsad analyze --format jsonl`), stores them in batches into a fresh file, and
 * prints records per CPU-second for building rows and for writing them (put() is both), and the
 * database size over the raw UTF-8 text size.
 *
 *   npx tsx bench/store-put.ts records.jsonl [batch=200]
 */
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MarsadRecord } from "../src/doc/index.js";
import { parseCliticLexicon } from "../src/text/index.js";
import { openSqliteStore, recordToRows } from "../src/store/index.js";

const [file, batchArg] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: tsx bench/store-put.ts records.jsonl [batch]");
const batch = Number(batchArg ?? 200);
const records = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as MarsadRecord);
const dir = mkdtempSync(join(tmpdir(), "marsad-bench-"));
const path = join(dir, "bench.db");
// Only the clitic lexicon: index terms need nothing else, and it loads in a fraction of the time.
const resources = {
  clitics: parseCliticLexicon(
    readFileSync(new URL("../data/lexicons/clitic-stems/stems.tsv", import.meta.url), "utf8"),
  ),
};
const store = await openSqliteStore({ path, resources });
// CPU time, not wall time: the machine is shared, and CPU seconds are what an ingest worker spends.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
const started = performance.now();
let cpu = process.cpuUsage();
const rows = records.map((record) => recordToRows(record, resources));
const rowSeconds = cpuSeconds(cpu);
cpu = process.cpuUsage();
let added = 0;
for (let i = 0; i < rows.length; i += batch) {
  const results = await store.putRows!(rows.slice(i, i + batch));
  added += results.filter((result) => result.status === "added").length;
}
const writeSeconds = cpuSeconds(cpu);
const seconds = (performance.now() - started) / 1000;
console.log(`rows (recordToRows): ${(records.length / rowSeconds).toFixed(0)} records per CPU-second`);
console.log(`write (putRows): ${(records.length / writeSeconds).toFixed(0)} records per CPU-second`);
console.log(
  `put = both: ${(records.length / (rowSeconds + writeSeconds)).toFixed(0)} records per CPU-second`,
);
const stats = await store.stats();
await store.close();
const rawBytes = records.reduce((sum, record) => sum + Buffer.byteLength(record.text, "utf8"), 0);
const size = (name: string) => (existsSync(name) ? statSync(name).size : 0);
const dbBytes = size(path) + size(`${path}-wal`);
console.log(
  `records ${records.length}, added ${added}, stories ${stats.stories}, duplicates ${stats.duplicates}`,
);
console.log(
  `wall: ${(records.length / seconds).toFixed(0)} records/s (${seconds.toFixed(2)} s, batches of ${batch})`,
);
console.log(
  `size: ${(dbBytes / 1e6).toFixed(1)} MB for ${(rawBytes / 1e6).toFixed(1)} MB of text = ${(dbBytes / rawBytes).toFixed(2)}x`,
);
rmSync(dir, { recursive: true, force: true });
