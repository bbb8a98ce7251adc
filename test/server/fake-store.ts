/**
 * An in-memory Store for the server tests: answers from a few fixed records, counts calls, and can
 * be told to fail, so the tests check the HTTP layer and not a backend.
 */
import type { MarsadRecord } from "../../src/doc/index.js";
import type {
  ArticleSummary,
  EntityDetail,
  Listing,
  SearchQuery,
  SearchResult,
  Store,
  StoredArticle,
  StoryDetail,
} from "../../src/store/types.js";

export interface FakeStore extends Store {
  /** Every query the server passed on, by method. */
  readonly calls: { method: string; query: unknown }[];
  /** When set, every read rejects with this error (a store failure). */
  failWith: Error | null;
}

function summary(record: MarsadRecord): ArticleSummary {
  return {
    id: record.id,
    title: record.meta.title,
    published: record.meta.published,
    url: record.meta.url,
    outlet: record.meta.outlet,
    story: `s-${record.id}`,
    length: record.text.length,
  };
}

function page<T>(items: readonly T[], query: { limit?: number; offset?: number }): Listing<T> {
  const offset = query.offset ?? 0;
  return { total: items.length, items: items.slice(offset, offset + (query.limit ?? 20)) };
}

/** A fake store holding `records`, each its own story. */
export function fakeStore(records: readonly MarsadRecord[]): FakeStore {
  const calls: { method: string; query: unknown }[] = [];
  const store: FakeStore = {
    kind: "sqlite",
    calls,
    failWith: null,
    async put() {
      throw new Error("the fake store is read-only");
    },
    async hasSource() {
      return false;
    },
    async getArticle(id) {
      return read("getArticle", id, (): StoredArticle | null => {
        const record = records.find((item) => item.id === id);
        return record ? { record, story: `s-${id}`, ingested: "2024-03-10T00:00:00Z" } : null;
      });
    },
    async search(query: SearchQuery) {
      return read("search", query, (): SearchResult => {
        const hits = records
          .filter((record) => query.text === undefined || record.text.includes(query.text))
          .map((record) => ({
            article: summary(record),
            score: 1,
            snippet: { text: record.text.slice(0, 40), start: 0, highlights: [] },
          }));
        const paged = page(hits, query);
        if (!query.facets) return { total: paged.total, hits: paged.items };
        const facets = {
          entities: [],
          speakers: [],
          types: [],
          outlets: [],
          histogram: [{ date: "2024-03", count: hits.length }],
        };
        return { total: paged.total, hits: paged.items, facets };
      });
    },
    async entities(query) {
      return read("entities", query, () => {
        const all = records.flatMap((record) => record.entities);
        const items = all.map((entity) => ({
          id: entity.id,
          type: entity.type,
          name: entity.name,
          latin: entity.latin,
          articles: 1,
          mentions: entity.mentions.length,
        }));
        return page(items, query);
      });
    },
    async entity(id) {
      return read("entity", id, (): EntityDetail | null => {
        const entity = records.flatMap((record) => record.entities).find((item) => item.id === id);
        if (!entity) return null;
        return {
          id,
          type: entity.type,
          name: entity.name,
          latin: entity.latin,
          articles: 1,
          mentions: entity.mentions.length,
          aliases: [...(entity.aliases ?? [])],
          roles: [],
          timeline: [],
          quotesBy: [],
          quotesAbout: [],
          cooccurring: [],
          events: [],
          recentMentions: [],
        };
      });
    },
    async quotes(query) {
      return read("quotes", query, () => page([], query));
    },
    async events(query) {
      return read("events", query, () => page([], query));
    },
    async stories(query) {
      return read("stories", query, () =>
        page(
          records.map((record) => ({
            id: `s-${record.id}`,
            title: record.meta.title,
            articles: 1,
            outlets: [],
            first: null,
            last: null,
          })),
          query,
        ),
      );
    },
    async story(id) {
      return read("story", id, (): StoryDetail | null => {
        const record = records.find((item) => `s-${item.id}` === id);
        if (!record) return null;
        return {
          id,
          title: record.meta.title,
          articles: 1,
          outlets: [],
          first: null,
          last: null,
          members: [summary(record)],
        };
      });
    },
    async *records() {
      for (const record of records)
        yield { record, story: `s-${record.id}`, ingested: "2024-03-10T00:00:00Z" };
    },
    async stats() {
      return read("stats", null, () => ({
        articles: records.length,
        duplicates: 0,
        stories: records.length,
        entities: 0,
        quotes: 0,
        events: 0,
        textChars: 0,
      }));
    },
    async check() {
      return [];
    },
    async close() {},
  };
  function read<T>(method: string, query: unknown, answer: () => T): T {
    calls.push({ method, query });
    if (store.failWith) throw store.failWith;
    return answer();
  }
  return store;
}
