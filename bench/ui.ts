/**
 * `npm run bench:ui -- --db store.db [--runs 7] [--make 100000]` (or `--url http://127.0.0.1:8080`
 * for a running `marsad serve`): times the web UI in Debian's Chromium on loopback and prints
 * medians of runs.
 *   - search: load `/?q=…` in a fresh page until the first result is painted;
 *   - article (load): load `/?view=article&id=…` until the text with its marks is painted;
 *   - article (click): from a results page, click a result until the text with its marks is painted;
 *   - search facets: the same page until the facets and histogram (a second request) are shown;
 *   - first contentful paint of the search page.
 * Times are in ms from navigation start, read in the page: a MutationObserver sees the element, and
 * the time is taken after the next frame has painted it (see watch), so neither a DOM insertion not
 * yet on screen nor Playwright's polling is counted. Figures, not assertions.
 * `--make N` first fills a missing --db with N articles: the shared corpus analysed once, then
 * copied with a copy line appended to the text (so layers stay valid and content hashes differ),
 * dates moved back a week per copy, URLs and ids made unique.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { browserMissing, launchChromium } from "../test/e2e/browser.js";
import { readCorpus } from "./corpus.js";
import { median } from "./stats.js";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    url: { type: "string" },
    runs: { type: "string", default: "7" },
    make: { type: "string" },
  },
});
const runs = Math.max(1, Number(values.runs) || 7);
/** The article is shown once its text is painted with its marks, not while a spinner stands in. */
const ARTICLE = ".article-text mark.mk";
const QUERIES = ["داعش", "العراق", "التحالف الدولي", "Baghdad", "الحكومة", "قال"];

const CORPUS =
  "../shared/data/news/ant-multisource/ant_multisource_v2.1_middleEast_internationalNews_sample.jsonl";

/** Fills a new store with `total` articles made from the corpus (see the module note). */
async function makeStore(path: string, total: number): Promise<void> {
  // The compiled package, as users run it (see bench/bench.ts on why not src/).
  const { loadResources } = await import("../dist/node/resources.js");
  const { analyzeText } = await import("../dist/pipeline/index.js");
  const { toRecord } = await import("../dist/doc/index.js");
  const { openStore } = await import("../dist/store/index.js");
  type StoreRecord = ReturnType<typeof toRecord>;
  const resources = loadResources();
  const base: StoreRecord[] = [];
  for await (const article of readCorpus(CORPUS)) {
    const date = article.published ? new Date(article.published) : null;
    const published = date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null;
    const outlet = article.url ? new URL(article.url).hostname.replace(/^www\./, "") : null;
    const meta = { title: article.title, published, url: article.url, outlet };
    base.push(toRecord(analyzeText(article.text, resources, { meta, reference: published })));
  }
  console.log(`make: analysed ${base.length} corpus articles`);
  const store = await openStore(path, resources);
  try {
    for (let start = 0; start < total; start += 1000) {
      const batch = Array.from({ length: Math.min(1000, total - start) }, (_, i): StoreRecord => {
        const n = start + i;
        const record = base[n % base.length]!;
        const copy = Math.floor(n / base.length);
        if (copy === 0) return record;
        const day = record.meta.published ? new Date(record.meta.published) : new Date("2018-06-01");
        day.setUTCDate(day.getUTCDate() - copy * 7);
        const meta = {
          ...record.meta,
          published: day.toISOString().slice(0, 10),
          url: record.meta.url ? `${record.meta.url}-r${copy}` : null,
          title: `${record.meta.title ?? ""} (${copy})`,
        };
        const id = `${record.id.slice(0, 11)}${copy.toString(16).padStart(5, "0")}`;
        return { ...record, id, meta, text: `${record.text}\n(${copy})` };
      });
      await store.put(batch);
      if (start % 10_000 === 0) console.log(`make: ${start + batch.length} articles stored`);
    }
  } finally {
    await store.close();
  }
}

/**
 * `marsad serve --db … --port …` in its own process; while the CLI does not have the command yet,
 * the same createApp + listen over the same store, from the compiled package, in a child process.
 */
function serveArgs(db: string, port: number): string[] {
  const cli = spawnSync(process.execPath, ["dist/cli/main.js", "serve", "--help"], { stdio: "ignore" });
  if (cli.status === 0) return ["dist/cli/main.js", "serve", "--db", db, "--port", String(port)];
  const script = `
    import { loadResources } from "./dist/node/resources.js";
    import { openStore } from "./dist/store/index.js";
    import { createApp, listen } from "./dist/server/index.js";
    const resources = loadResources();
    const store = await openStore(${JSON.stringify(db)}, resources);
    const app = createApp({ store, resources, webRoot: ${JSON.stringify(resolve("web/dist"))} });
    await listen(app, { host: "127.0.0.1", port: ${port} });`;
  return ["--input-type=module", "-e", script];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`marsad serve exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("marsad serve did not answer /healthz within 60 s");
}

/**
 * Records, in the page, when the first element matching each watched selector appears in the DOM
 * and when it is first painted: the end of the task after the next animation frame, i.e. once the
 * frame holding it has been laid out and painted (a DOM insertion alone is not yet visible). The
 * page reports both through a binding, so no polling from here competes with it for its thread.
 */
async function watch(page: Page, selectors: readonly string[]): Promise<Watched> {
  const watched: Watched = new Map(selectors.map((s) => [s, deferred()]));
  await page.exposeFunction("__marsadSeen", (selector: string, dom: number, painted: number) =>
    watched.get(selector)?.resolve({ dom, painted }),
  );
  // Page-side code is passed as a string: the root tsconfig is for Node and has no DOM lib.
  await page.addInitScript({
    content: `(() => {
      const watched = ${JSON.stringify(selectors)};
      const seen = {};
      const afterPaint = (s) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__marsadSeen(s, seen[s], performance.now());
        channel.port2.postMessage(0);
      });
      new MutationObserver(() => {
        for (const s of watched) {
          if (seen[s] !== undefined || !document.querySelector(s)) continue;
          seen[s] = performance.now();
          afterPaint(s);
        }
      }).observe(document, { childList: true, subtree: true });
    })();`,
  });
  return watched;
}

interface Seen {
  /** ms from navigation start to the element's insertion into the DOM */
  readonly dom: number;
  /** ms from navigation start to the end of the frame that painted it */
  readonly painted: number;
}
type Watched = Map<string, { promise: Promise<Seen>; resolve: (seen: Seen) => void }>;

function deferred(): { promise: Promise<Seen>; resolve: (seen: Seen) => void } {
  let resolve!: (seen: Seen) => void;
  const promise = new Promise<Seen>((done) => (resolve = done));
  return { promise, resolve };
}

/** When `selector` was first seen and painted (see watch); fails after 30 s. */
async function seenAt(watched: Watched, selector: string): Promise<Seen> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${selector} not painted within 30 s`)), 30_000);
  });
  try {
    return await Promise.race([watched.get(selector)!.promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

let child: ChildProcess | undefined;
let url = values.url;
const missing = browserMissing();
if (missing) {
  console.error(`bench:ui: ${missing}`);
  process.exit(1);
}
if (!url) {
  if (!values.db) {
    console.error("bench:ui: give --db <store file> (served with marsad serve) or --url <running server>");
    process.exit(2);
  }
  if (values.make && !existsSync(values.db)) await makeStore(values.db, Math.max(1, Number(values.make)));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, serveArgs(values.db, port), { stdio: ["ignore", "ignore", "inherit"] });
  await waitHealthy(url, child);
}

const browser = await launchChromium();
try {
  const stats = (await (await fetch(`${url}/api/stats`)).json()) as { articles: number };
  console.log(`store: ${stats.articles} articles at ${url}; ${runs} runs after a warm-up, medians in ms`);
  const timings = {
    facets: [] as number[],
    search: [] as number[],
    fcp: [] as number[],
    articleLoad: [] as number[],
    articleLoadDom: [] as number[],
    articleClick: [] as number[],
  };
  const ids: string[] = [];
  for (let run = -1; run < runs; run++) {
    const query = QUERIES[(run + QUERIES.length) % QUERIES.length]!;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const watched = await watch(page, [".hit", ".facets section", ARTICLE]);
    await page.goto(`${url}/?q=${encodeURIComponent(query)}`);
    const search = (await seenAt(watched, ".hit")).painted;
    // Facets come in their own, slower request; waiting for them leaves the server idle for the
    // next measurement (SQLite answers one query at a time).
    const facets = (await seenAt(watched, ".facets section")).painted;
    const fcp = await page.evaluate<number>(
      'performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN',
    );
    const id = await page.locator(".hit h2 a").first().getAttribute("href");
    const clickStarted = await page.evaluate<number>("performance.now()");
    await page.locator(".hit h2 a").first().click();
    const clicked = (await seenAt(watched, ARTICLE)).painted - clickStarted;
    const articleId = new URLSearchParams(id?.split("?")[1] ?? "").get("id") ?? "";
    ids.push(articleId);
    const direct = await context.newPage();
    const directWatched = await watch(direct, [ARTICLE]);
    await direct.goto(`${url}/?view=article&id=${encodeURIComponent(articleId)}`);
    const { painted: articleLoad, dom: articleLoadDom } = await seenAt(directWatched, ARTICLE);
    await context.close();
    if (run < 0) continue; // the warm-up fills the server's and the OS's caches
    timings.search.push(search);
    timings.facets.push(facets);
    timings.fcp.push(fcp);
    timings.articleClick.push(clicked);
    timings.articleLoad.push(articleLoad);
    timings.articleLoadDom.push(articleLoadDom);
  }
  const line = (name: string, times: number[], budget: number): void =>
    console.log(
      `${name.padEnd(34)} ${median(times).toFixed(0).padStart(6)} ms  (budget ${budget} ms; runs ${times.map((t) => t.toFixed(0)).join(" ")})`,
    );
  line("search: first paint (FCP)", timings.fcp, 1000);
  line("search: results visible (load)", timings.search, 1000);
  line("search: facets + histogram visible", timings.facets, 1000);
  line("article view visible (load)", timings.articleLoad, 500);
  line("article view visible (click)", timings.articleClick, 500);
  // The measure before paint timing: when the marked text entered the DOM.
  line("article view in the DOM (load)", timings.articleLoadDom, 500);
} finally {
  await browser.close();
  child?.kill("SIGTERM");
}
