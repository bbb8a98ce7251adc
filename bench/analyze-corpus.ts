import { toRecord } from "../dist/doc/index.js";
import { analyzeText } from "../dist/pipeline/index.js";
import type { Resources } from "../dist/resources/index.js";
import { readCorpus } from "./corpus.js";

export interface AnalyzeRunFigures {
  readonly articles: number;
  readonly megabytes: number;
  /** Size of the serialized records (UTF-16 units / 1e6), which the loop must build to be honest. */
  readonly recordMegabytes: number;
  readonly seconds: number;
  /** Process CPU time (user + system, all threads: GC helpers count), a fairer figure on a loaded machine. */
  readonly cpuSeconds: number;
  readonly peakRss: number;
  /** Heap in use after each quarter of the corpus: flat when nothing accumulates. */
  readonly heapByQuarter: readonly number[];
}

/** Streams a JSONL corpus through analyze and serializes each record, as `marsad analyze` does. */
export async function benchAnalyzeCorpus(
  path: string,
  resources: Resources,
  expectedArticles: number,
): Promise<AnalyzeRunFigures> {
  let articles = 0;
  let bytes = 0;
  let recordBytes = 0;
  let peakRss = process.memoryUsage.rss();
  const heapByQuarter: number[] = [];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for await (const article of readCorpus(path)) {
    const doc = analyzeText(article.text, resources, {
      input: `${path}:${article.line}`,
      meta: { title: article.title, url: article.url },
    });
    recordBytes += JSON.stringify(toRecord(doc)).length;
    bytes += Buffer.byteLength(article.text);
    articles++;
    if (articles % 64 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
    if (expectedArticles > 0 && articles % Math.ceil(expectedArticles / 4) === 0) {
      // After a full collection (node --expose-gc), so the figure is what is retained, not garbage.
      (globalThis as { gc?: () => void }).gc?.();
      heapByQuarter.push(process.memoryUsage().heapUsed);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return {
    articles,
    megabytes: bytes / 1e6,
    recordMegabytes: recordBytes / 1e6,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRss,
    heapByQuarter,
  };
}
