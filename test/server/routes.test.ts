import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type {
  EntityDetail,
  Listing,
  SearchResult,
  StoredArticle,
  StoryDetail,
} from "../../src/store/types.js";
import { sampleRecords, testApp } from "./setup.js";

const { app, store } = testApp();
const [short] = sampleRecords();

async function json<T>(path: string): Promise<T> {
  const res = await app.request(path);
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  assert.match(res.headers.get("Content-Type") ?? "", /^application\/json/);
  return (await res.json()) as T;
}

function lastCall(method: string): unknown {
  return store.calls.filter((call) => call.method === method).at(-1)?.query;
}

describe("every route answers its happy path", () => {
  test("search passes words, filters, dates, paging and facets to the store", async () => {
    const result = await json<SearchResult>(
      `/api/search?q=${encodeURIComponent("الحوار مع دمشق")}&entity=kb:un&speaker=${encodeURIComponent("فؤاد حسين")}&type=CONSULT&outlet=x&from=2024-03&to=2024-03-31&limit=5&offset=0&facets=1`,
    );
    assert.equal(result.total, 1);
    assert.equal(result.hits[0]!.article.id, short!.id);
    assert.ok(result.facets);
    assert.deepEqual(lastCall("search"), {
      text: "الحوار مع دمشق",
      entity: "kb:un",
      speaker: "فؤاد حسين",
      type: "CONSULT",
      outlet: "x",
      from: "2024-03",
      to: "2024-03-31",
      limit: 5,
      offset: 0,
      facets: true,
    });
  });

  test("search defaults to 20 items from offset 0 without facets; empty form fields count as unset", async () => {
    const result = await json<SearchResult>("/api/search?q=&entity=&facets=");
    assert.equal(result.total, 2);
    assert.equal(result.facets, undefined);
    assert.deepEqual(lastCall("search"), { limit: 20, offset: 0, facets: false });
  });

  test("an article comes with its record, every layer included", async () => {
    const article = await json<StoredArticle>(`/api/articles/${short!.id}`);
    assert.equal(article.record.text, short!.text);
    assert.deepEqual(article.record.quotes, JSON.parse(JSON.stringify(short!.quotes)));
    assert.ok(article.record.entities.length > 0);
  });

  test("entities are listed with q mapped to text and a type filter", async () => {
    const listing = await json<Listing<unknown>>("/api/entities?q=hus&type=PER&limit=3");
    assert.ok(listing.total > 0);
    assert.deepEqual(lastCall("entities"), { text: "hus", type: "PER", limit: 3, offset: 0 });
  });

  test("an entity id is URL-decoded, colon, Arabic letters and a slash included", async () => {
    const entity = await json<EntityDetail>(`/api/entities/${encodeURIComponent("kb:un")}`);
    assert.equal(entity.name, "الأمم المتحدة");
    const person = short!.entities.find((item) => item.type === "PER")!;
    const detail = await json<EntityDetail>(`/api/entities/${encodeURIComponent(person.id)}`);
    assert.equal(detail.id, person.id);
    const res = await app.request(`/api/entities/${encodeURIComponent("a/b")}`);
    assert.equal(res.status, 404);
    assert.equal(lastCall("entity"), "a/b");
  });

  test("quotes pass speaker, about, words and dates", async () => {
    await json<Listing<unknown>>("/api/quotes?speaker=per:x&about=kb:un&q=word&from=2024&to=2025&offset=40");
    assert.deepEqual(lastCall("quotes"), {
      speaker: "per:x",
      about: "kb:un",
      text: "word",
      from: "2024",
      to: "2025",
      limit: 20,
      offset: 40,
    });
  });

  test("events pass type, entity, place and dates", async () => {
    await json<Listing<unknown>>("/api/events?type=KILL&entity=per:x&place=geo:1&from=2024-01-01&limit=200");
    assert.deepEqual(lastCall("events"), {
      type: "KILL",
      entity: "per:x",
      place: "geo:1",
      from: "2024-01-01",
      limit: 200,
      offset: 0,
    });
  });

  test("stories are listed and one story has its members", async () => {
    const listing = await json<Listing<{ id: string }>>("/api/stories?from=2024&limit=1");
    assert.equal(listing.total, 2);
    assert.equal(listing.items.length, 1);
    const story = await json<StoryDetail>(`/api/stories/${listing.items[0]!.id}`);
    assert.equal(story.members.length, 1);
  });

  test("stats, health and the OpenAPI document", async () => {
    assert.equal((await json<{ articles: number }>("/api/stats")).articles, 2);
    assert.deepEqual(await json("/healthz"), { status: "ok" });
    assert.equal((await json<{ openapi: string }>("/openapi.json")).openapi, "3.1.0");
  });

  test("HEAD is answered like GET, without a body", async () => {
    const res = await app.request("/api/stats", { method: "HEAD" });
    assert.equal(res.status, 200);
    assert.equal(await res.text(), "");
    assert.ok(res.headers.get("ETag"));
  });
});
