/**
 * The store contract: one behaviour suite run unchanged on every backend in `BACKENDS` (SQLite
 * on a file and in memory always; PostgreSQL when MARSAD_TEST_POSTGRES holds a server URL).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { testResources } from "../../test/helpers/resources.js";
import type { MarsadRecord, Mention } from "../doc/index.js";
import { contractCorpus, recordOf, TEXTS } from "./contract-corpus.js";
import { BACKENDS } from "./contract-backends.js";
import type { Store } from "./types.js";

export { BACKENDS, type Backend } from "./contract-backends.js";

const resources = testResources();
const corpus = contractCorpus(resources);
const records = corpus.map((article) => article.record);
const of = (name: keyof typeof TEXTS) => recordOf(corpus, name);

function entityNamed(record: MarsadRecord, latin: string) {
  const entity = record.entities.find((candidate) => candidate.latin === latin);
  assert.ok(entity, `the analyser no longer finds ${latin}; pick another entity for this test`);
  return entity;
}

function assertCites(text: string, mention: Mention) {
  assert.equal(text.slice(mention.start, mention.end), mention.text);
}

for (const backend of BACKENDS) {
  describe(`store contract: ${backend.name}`, () => {
    let store: Store;
    let results: Awaited<ReturnType<Store["put"]>>;
    const idOf = (name: keyof typeof TEXTS) => of(name).id;

    before(async () => {
      store = await backend.open();
      results = await store.put(records);
    });
    after(async () => {
      await store.close();
      await backend.dispose();
    });

    test("adds new articles and returns their ids", () => {
      const added = results.filter((result) => result.status === "added").map((result) => result.id);
      assert.deepEqual(
        added,
        ["mekdad", "raid", "raidRewrite", "clitics", "economy"].map((name) =>
          idOf(name as keyof typeof TEXTS),
        ),
      );
    });

    test("recognises an exact duplicate by folded content and keeps the first copy", () => {
      const result = results[corpus.findIndex((article) => article.name === "mekdadVariant")]!;
      assert.equal(of("mekdadVariant").id === idOf("mekdad"), false);
      assert.deepEqual(
        [result.status, result.duplicateBy, result.id],
        ["duplicate", "content", idOf("mekdad")],
      );
    });

    test("recognises a duplicate by canonical URL", () => {
      const result = results[corpus.findIndex((article) => article.name === "sameUrl")]!;
      assert.deepEqual([result.status, result.duplicateBy, result.id], ["duplicate", "url", idOf("raid")]);
      assert.equal(result.story, results[1]!.story);
    });

    test("gives back every record exactly, every span citing its characters", async () => {
      for (const name of ["mekdad", "raid", "raidRewrite", "clitics", "economy"] as const) {
        const stored = await store.getArticle(idOf(name));
        assert.ok(stored);
        assert.deepEqual(stored.record, of(name));
        const { text } = stored.record;
        for (const entity of stored.record.entities)
          entity.mentions.forEach((mention) => assertCites(text, mention));
        for (const quote of stored.record.quotes) {
          assertCites(text, quote);
          if (quote.cue) assertCites(text, quote.cue);
        }
        stored.record.times.forEach((time) => assertCites(text, time));
        stored.record.events.forEach((event) => assertCites(text, event.trigger));
      }
      assert.equal(await store.getArticle("no-such-id"), null);
    });

    test("is idempotent: putting everything again changes nothing", async () => {
      const before = await store.stats();
      const again = await store.put(records);
      assert.ok(again.every((result) => result.status === "duplicate"));
      assert.deepEqual(
        again.map((result) => result.id),
        results.map((result) => result.id),
      );
      assert.deepEqual(await store.stats(), before);
      assert.deepEqual(await store.check(), []);
    });

    test("groups a rewritten wire story with the original and keeps other stories apart", async () => {
      const story = results[1]!.story;
      assert.equal(results[2]!.story, story);
      assert.notEqual(results[0]!.story, story);
      assert.notEqual(results[4]!.story, story);
      const detail = await store.story(story);
      assert.ok(detail);
      assert.deepEqual(
        [detail.articles, detail.outlets, detail.first, detail.last],
        [2, ["rt", "tass"], "2024-04-02", "2024-04-03"],
      );
      assert.deepEqual(
        detail.members.map((member) => member.id),
        [idOf("raid"), idOf("raidRewrite")],
      );
      const listing = await store.stories({ limit: 1 });
      assert.equal(listing.items[0]!.id, story);
      assert.equal(listing.total, 4);
      assert.equal((await store.stories({ from: "2024-05" })).total, 2);
    });

    test("finds a word under its clitics: سوريا finds وسوريا and لسوريا", async () => {
      const result = await store.search({ text: "سوريا" });
      const ids = result.hits.map((hit) => hit.article.id);
      assert.ok(!/(^|\s)سوريا/.test(TEXTS.clitics));
      assert.deepEqual(new Set(ids), new Set([idOf("mekdad"), idOf("clitics")]));
      const hit = result.hits.find((candidate) => candidate.article.id === idOf("clitics"))!;
      const words = hit.snippet.highlights.map((span) => hit.snippet.text.slice(span.start, span.end));
      assert.deepEqual(words.sort(), ["لسوريا", "وسوريا"]);
      assert.equal(
        TEXTS.clitics.slice(hit.snippet.start, hit.snippet.start + hit.snippet.text.length),
        hit.snippet.text,
      );
    });

    test("folds diacritics, hamza and ta marbuta in queries and texts alike", async () => {
      const ids = async (text: string) =>
        (await store.search({ text })).hits.map((hit) => hit.article.id).sort();
      assert.deepEqual(await ids("سُورِيَا"), await ids("سوريا"));
      assert.deepEqual(await ids("اوكرانيا"), [idOf("raid"), idOf("raidRewrite")].sort());
      assert.deepEqual(await ids('"الامم المتحده"'), [idOf("mekdad")]);
      assert.deepEqual(await ids("٣٫٥"), [idOf("economy")]);
    });

    test("matches quoted phrases only in order", async () => {
      assert.equal((await store.search({ text: '"الأمم المتحدة"' })).total, 1);
      assert.equal((await store.search({ text: '"المتحدة الأمم"' })).total, 0);
      assert.equal((await store.search({ text: "الحدود -كييف" })).total, 1);
    });

    test("matches Latin words against entities' Latin names", async () => {
      const result = await store.search({ text: "Putin" });
      assert.deepEqual(
        result.hits.map((hit) => hit.article.id).sort(),
        [idOf("raid"), idOf("raidRewrite")].sort(),
      );
    });

    test("filters by entity id, name or Latin name, speaker, event type, outlet and date", async () => {
      const putin = entityNamed(of("raid"), "Vladimir Putin");
      const ids = async (query: Parameters<Store["search"]>[0]) =>
        (await store.search(query)).hits.map((hit) => hit.article.id).sort();
      const raids = [idOf("raid"), idOf("raidRewrite")].sort();
      assert.deepEqual(await ids({ entity: putin.id }), raids);
      assert.deepEqual(await ids({ entity: putin.name }), raids);
      assert.deepEqual(await ids({ entity: putin.latin.toUpperCase() }), raids);
      assert.deepEqual(await ids({ speaker: putin.id }), raids);
      assert.deepEqual(await ids({ entity: "nobody at all" }), []);
      assert.deepEqual(await ids({ type: of("raid").events[0]!.type }), raids);
      assert.deepEqual(await ids({ outlet: "rt" }), [idOf("raid"), idOf("economy")].sort());
      assert.deepEqual(await ids({ from: "2024-04", to: "2024-04-02" }), [idOf("raid")]);
      assert.deepEqual(await ids({ text: "الهجوم", outlet: "tass" }), [idOf("raidRewrite")]);
    });

    test("counts facets and a monthly histogram over the results", async () => {
      const result = await store.search({ facets: true });
      assert.equal(result.total, 5);
      assert.deepEqual(result.facets?.histogram, [
        { date: "2024-03", count: 1 },
        { date: "2024-04", count: 2 },
        { date: "2024-05", count: 2 },
      ]);
      assert.deepEqual(result.facets?.outlets[0], { value: "rt", label: "rt", count: 2 });
      const putin = entityNamed(of("raid"), "Vladimir Putin");
      assert.deepEqual(
        result.facets?.entities.find((facet) => facet.value === putin.id),
        { value: putin.id, label: putin.name, count: 2 },
      );
      const narrowed = await store.search({ text: "سوريا", facets: true });
      assert.equal(
        narrowed.facets?.histogram.reduce((sum, month) => sum + month.count, 0),
        2,
      );
    });

    test("pages results without losing or repeating any", async () => {
      const all = await store.search({ limit: 200 });
      const first = await store.search({ limit: 2 });
      const second = await store.search({ limit: 2, offset: 2 });
      assert.equal(first.total, all.total);
      assert.deepEqual(
        [...first.hits, ...second.hits].map((hit) => hit.article.id),
        all.hits.slice(0, 4).map((hit) => hit.article.id),
      );
    });

    test("describes an entity: aliases, timeline, quotes by and about, co-occurring, events", async () => {
      const mekdad = entityNamed(of("mekdad"), "Faisal al-Mekdad");
      const detail = await store.entity(mekdad.id);
      assert.ok(detail);
      assert.deepEqual([detail.name, detail.articles], [mekdad.name, 1]);
      assert.deepEqual(detail.timeline, [{ date: "2024-03", count: 1 }]);
      assert.equal(
        detail.quotesBy.length,
        of("mekdad").quotes.filter((quote) => quote.speaker?.entity === mekdad.id).length,
      );
      for (const quote of detail.quotesBy) assertCites(TEXTS.mekdad, quote.content);
      const un = entityNamed(of("mekdad"), "United Nations");
      const about = await store.entity(un.id);
      assert.ok(about?.quotesAbout.some((quote) => quote.content.text.includes("الأمم المتحدة")));
      assert.ok(detail.cooccurring.some((other) => other.id === un.id && other.shared === 1));
      assert.deepEqual(detail.aliases, [...(mekdad.aliases ?? [])].sort());
      assert.ok(detail.recentMentions.every((mention) => mention.article === idOf("mekdad")));
      const event = of("raid").events.find((candidate) => candidate.actors.length > 0);
      if (event)
        assert.ok((await store.entity(event.actors[0]!))?.events.some((row) => row.type === event.type));
      assert.equal(await store.entity("no-such-entity"), null);
    });

    test("lists entities by folded name, most mentioned first", async () => {
      const listing = await store.entities({ text: "الامم" });
      assert.ok(listing.items.some((entity) => entity.latin === "United Nations"));
      const people = await store.entities({ type: "PER", limit: 200 });
      assert.ok(people.items.every((entity) => entity.type === "PER"));
      assert.equal(people.total, people.items.length);
    });

    test("lists quotes by speaker, subject and words, with citable context", async () => {
      const putin = entityNamed(of("raid"), "Vladimir Putin");
      const bySpeaker = await store.quotes({ speaker: putin.name });
      assert.equal(bySpeaker.total, 2);
      for (const row of bySpeaker.items) {
        assert.equal(row.speaker?.entity, putin.id);
        assert.ok(row.context.start <= row.content.start && row.context.end >= row.content.end);
        assert.ok(row.context.text.includes(row.content.text));
      }
      assert.equal((await store.quotes({ text: "سترد" })).total, 2);
      assert.equal((await store.quotes({ text: '"الحوار مع"' })).total, 1);
      assert.equal((await store.quotes({ text: '"مع الحوار"' })).total, 0);
      const page = await store.quotes({ limit: 1, offset: 1 });
      assert.equal(page.items.length, 1);
    });

    test("lists events by type and participant with their trigger and context", async () => {
      const type = of("raid").events[0]!.type;
      const listing = await store.events({ type });
      assert.equal(listing.total, 2);
      for (const row of listing.items) {
        assert.equal(row.type, type);
        assert.ok(row.context.text.includes(row.trigger.text));
        assert.ok(row.date?.startsWith("2024-04"));
      }
      assert.equal((await store.events({ type: "NO_SUCH_TYPE" })).total, 0);
    });

    test("knows which sources it has, by canonical URL or source key", async () => {
      assert.equal(await store.hasSource("https://www.rt.com/news/2/?utm_medium=social"), true);
      assert.equal(await store.hasSource("contract:clitics"), true);
      assert.equal(await store.hasSource("https://other.example/6"), true);
      assert.equal(await store.hasSource("https://rt.com/news/999"), false);
    });

    test("streams every stored record in ingest order and counts them", async () => {
      const ids: string[] = [];
      for await (const stored of store.records()) ids.push(stored.record.id);
      assert.deepEqual(
        ids,
        ["mekdad", "raid", "raidRewrite", "clitics", "economy"].map((name) =>
          idOf(name as keyof typeof TEXTS),
        ),
      );
      const stats = await store.stats();
      assert.deepEqual([stats.articles, stats.duplicates, stats.stories], [5, 2, 4]);
      assert.equal(
        stats.textChars,
        ids.reduce((sum, id) => sum + records.find((record) => record.id === id)!.text.length, 0),
      );
    });

    test("finds nothing wrong with a healthy store", async () => {
      assert.deepEqual(await store.check(), []);
    });
  });
}
