/**
 * `tsx bench/record-digest.ts [corpus.jsonl]`: analyses every article of a corpus and prints sha256
 * digests of the output, whole and per layer, so a speed change can show it changed nothing.
 * Provenance is left out (it names stage and data versions, not output). Per-layer digests let one
 * owner check their layers while others change theirs. Imports dist/: run `npm run build` first.
 */
import { createHash, type Hash } from "node:crypto";
import { existsSync } from "node:fs";
import { toRecord } from "../dist/doc/index.js";
import { analyzeText } from "../dist/pipeline/index.js";
import { loadResources } from "../dist/node/resources.js";
import { readCorpus } from "./corpus.js";

const DEFAULT_CORPUS =
  "../shared/data/news/ant-multisource/ant_multisource_v2.1_middleEast_internationalNews_sample.jsonl";
const corpus = process.argv[2] ?? DEFAULT_CORPUS;
if (!existsSync(corpus)) {
  console.error(`record-digest: ${corpus}: no such corpus`);
  process.exit(1);
}

const PARTS = [
  "record",
  "id",
  "text",
  "meta",
  "media",
  "notes",
  "sentences",
  "tokens",
  "times",
  "entities",
  "quotes",
  "events",
] as const;
const hashes = new Map<string, Hash>(PARTS.map((part) => [part, createHash("sha256")]));
const add = (part: (typeof PARTS)[number], value: unknown) =>
  hashes.get(part)!.update(JSON.stringify(value) + "\n");

/** The corpus gives RFC 2822 dates; an ISO date anchors relative times, so they are digested resolved. */
function isoDate(published: string | null): string | null {
  const time = published === null ? NaN : Date.parse(published);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

const resources = loadResources();
let articles = 0;
let failures = 0;
for await (const article of readCorpus(corpus)) {
  let record;
  try {
    const doc = analyzeText(article.text, resources, {
      input: `corpus:${article.line}`,
      meta: { title: article.title, url: article.url, published: isoDate(article.published) },
    });
    record = toRecord(doc, { tokens: true });
  } catch (error) {
    // A failure is output too: its message goes into every digest's stream.
    failures++;
    add("record", { line: article.line, error: String(error) });
    continue;
  }
  articles++;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- provenance is what is left out
  const { provenance, ...rest } = record;
  add("record", rest);
  for (const part of PARTS.slice(1)) add(part, rest[part as keyof typeof rest] ?? null);
}
console.log(`${articles} articles analysed, ${failures} failed`);
for (const [part, hash] of hashes) console.log(`${part.padEnd(10)} ${hash.digest("hex")}`);
