import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { toRecord, type MarsadRecord } from "../../src/doc/index.js";
import { analyzeText } from "../../src/pipeline/index.js";
import { createApp, listen, type RunningServer } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import type {
  EntityDetail,
  Listing,
  QuoteRow,
  SearchResult,
  StoredArticle,
  StoreStats,
} from "../../src/store/types.js";
import { testResources } from "../helpers/resources.js";
import { sampleRecords, SHORT_ARTICLE } from "./setup.js";

const dir = mkdtempSync(join(tmpdir(), "marsad-serve-store-"));
let store: Store;
let records: MarsadRecord[];

/** The two sample articles plus reworded copies from other days and outlets, so lists have depth. */
function corpus(): MarsadRecord[] {
  const extra = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس"].map((day, i) =>
    toRecord(
      analyzeText(
        SHORT_ARTICLE.replace("الأحد", day).replace("مستمر", `مستمر منذ ${i + 2} أشهر`),
        testResources(),
        {
          meta: { published: `2024-0${i + 4}-1${i}`, outlet: i % 2 ? "الحرة" : "الشرق", title: `خبر ${i}` },
        },
      ),
    ),
  );
  return [...sampleRecords(), ...extra];
}

before(async () => {
  store = await openStore(join(dir, "marsad.db"), testResources());
  records = corpus();
  await store.put(records);
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the API over a real SQLite store", () => {
  let app: ReturnType<typeof createApp>;
  before(() => {
    app = createApp({ store, resources: testResources(), log: (line) => assert.fail(line) });
  });

  async function json<T>(path: string): Promise<T> {
    const res = await app.request(path);
    assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
    return (await res.json()) as T;
  }

  test("search finds an article by a clitic-attached word, with facets and a histogram", async () => {
    const result = await json<SearchResult>(`/api/search?q=${encodeURIComponent("دمشق")}&facets=1`);
    assert.ok(result.total >= 5, `total ${result.total}`);
    const hit = result.hits[0]!;
    assert.ok(hit.snippet.text.length > 0);
    assert.ok(result.facets!.histogram.length >= 2);
    assert.ok(result.facets!.outlets.some((facet) => facet.value === "الحرة"));
  });

  test("an article comes back with the record that was put", async () => {
    const [short] = records;
    const article = await json<StoredArticle>(`/api/articles/${short!.id}`);
    assert.equal(article.record.text, short!.text);
    assert.equal(article.record.quotes.length, short!.quotes.length);
    assert.equal(article.record.entities.length, short!.entities.length);
  });

  test("an entity shows its quotes, timeline and co-occurring entities", async () => {
    const speaker = records[0]!.quotes[0]!.speaker!.entity!;
    const entity = await json<EntityDetail>(`/api/entities/${encodeURIComponent(speaker)}`);
    assert.equal(entity.id, speaker);
    assert.ok(entity.quotesBy.length > 0);
    assert.ok(entity.timeline.length > 0);
    assert.ok(entity.cooccurring.length > 0);
    const listing = await json<Listing<{ id: string }>>(`/api/entities?q=${encodeURIComponent(entity.name)}`);
    assert.ok(listing.items.some((item) => item.id === speaker));
  });

  test("quotes by speaker, events, stories and stats answer", async () => {
    const speaker = records[0]!.quotes[0]!.speaker!.entity!;
    const quotes = await json<Listing<QuoteRow>>(
      `/api/quotes?speaker=${encodeURIComponent(speaker)}&limit=2`,
    );
    assert.ok(quotes.total >= 2);
    assert.equal(quotes.items.length, 2);
    await json<Listing<unknown>>("/api/events?from=2024");
    const stories = await json<Listing<{ id: string }>>("/api/stories");
    assert.ok(stories.total >= 1);
    await json(`/api/stories/${encodeURIComponent(stories.items[0]!.id)}`);
    const stats = await json<StoreStats>("/api/stats");
    assert.ok(stats.articles + stats.duplicates === records.length);
  });

  test("unknown ids are 404s", async () => {
    assert.equal((await app.request("/api/articles/ffffffffffffffff")).status, 404);
    assert.equal((await app.request("/api/entities/PER%3A%D9%84%D8%A7%20%D8%A3%D8%AD%D8%AF")).status, 404);
  });
});

describe("200 concurrent searches on loopback", () => {
  let server: RunningServer;
  before(async () => {
    server = await listen(createApp({ store, resources: testResources() }), { host: "127.0.0.1", port: 0 });
  });
  after(() => server.close());

  test("are all served with status 200", async () => {
    const words = ["دمشق", "بغداد", "الحوار", "المياه", "الأمم المتحدة", "وزير"];
    const started = performance.now();
    const statuses = await Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const q = encodeURIComponent(words[i % words.length]!);
        const res = await fetch(`${server.url}/api/search?q=${q}&facets=${i % 2}&offset=${i % 7}`, {
          headers: { "Accept-Encoding": "gzip, br" },
        });
        await res.arrayBuffer();
        return res.status;
      }),
    );
    const ms = performance.now() - started;
    assert.deepEqual(
      statuses.filter((status) => status !== 200),
      [],
    );
    process.stdout.write(
      `# 200 concurrent searches (SQLite, ${records.length} articles): ${ms.toFixed(0)} ms wall\n`,
    );
  });
});
