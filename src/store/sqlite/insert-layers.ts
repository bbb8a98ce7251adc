/**
 * Inserting one new article's rows: the article, its FTS rows, and each layer (LSH bands live in
 * memory, lsh-index.ts).
 * Per-article entity rows leave type, name and Latin name null where they equal the entity's own.
 * Entities are looked up through a cache and their article/mention counters are summed in memory
 * and written once per entity per batch (`flush`): one news batch names the same few entities
 * over and over, and an upsert per mention was the costliest statement of a put.
 */
import type { ArticleRows } from "../rows.js";
import type { SqliteDb } from "./connect.js";
import { packText } from "./text-codec.js";

export interface LayerInserts {
  /** Inserts the article row (and its provenance once) and returns its row id. */
  article(
    rows: ArticleRows,
    story: number,
    hashes: ArticleHashes,
    signature: Buffer | null,
    ingested: string,
  ): number;
  /** Inserts everything that hangs off article `id`. */
  layers(id: number, rows: ArticleRows): void;
  /** Writes the batch's entity counters; call inside the transaction, after the last article. */
  flush(): void;
  /** Forgets cached entity rows after a rolled-back transaction. */
  reset(): void;
}

/** Entities kept in the look-up cache before it is emptied (bounds memory on huge corpora). */
const ENTITY_CACHE_LIMIT = 200_000;

/** The article's content hash and canonical URL hash as stored (16 bytes each). */
export interface ArticleHashes {
  readonly content: Buffer;
  readonly url: Buffer | null;
}

interface EntityValues {
  readonly id: number;
  readonly type: string;
  readonly name: string;
  readonly latin: string;
}

export function prepareInserts(db: SqliteDb): LayerInserts {
  const provenanceIds = new Map<string, number>();
  const findProvenance = db.prepare<[string], { id: number }>("SELECT id FROM provenances WHERE json = ?");
  // No RETURNING anywhere on this path: SQLite buffers RETURNING rows in a temporary table, which
  // measured several times the cost of the insert itself; lastInsertRowid is free.
  const addProvenance = db.prepare<[string]>("INSERT INTO provenances (json) VALUES (?)");
  const addArticle = db.prepare(
    `INSERT INTO articles (key, story, title, published, day, url, outlet, source, url_hash,
       content_hash, length, provenance, signature, ingested)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addText = db.prepare("INSERT INTO article_texts (id, text, extra) VALUES (?, ?, ?)");
  const addFts = db.prepare("INSERT INTO article_fts (rowid, terms, latin) VALUES (?, ?, ?)");
  const entityCache = new Map<string, EntityValues>();
  const counters = new Map<number, { articles: number; mentions: number }>();
  const findEntity = db.prepare<[string], EntityValues>(
    "SELECT id, type, name, latin FROM entities WHERE key = ?",
  );
  const addEntity = db.prepare(
    "INSERT INTO entities (key, type, name, latin, name_key, latin_key) VALUES (?, ?, ?, ?, ?, ?)",
  );
  const countEntity = db.prepare(
    "UPDATE entities SET articles = articles + ?, mentions = mentions + ? WHERE id = ?",
  );
  const addAlias = db.prepare("INSERT OR IGNORE INTO aliases (key, entity, text) VALUES (?, ?, ?)");
  const addArticleEntity = db.prepare(
    `INSERT INTO article_entities (article, idx, entity, type, name, latin, aliases, role_start, role_end, role_text, mentions)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addQuote = db.prepare(
    `INSERT INTO quotes (article, idx, start, end, kind, direct, cue_start, cue_end, has_speaker, speaker,
       speaker_start, speaker_end, speaker_text, setting_start, setting_end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addQuoteFts = db.prepare("INSERT INTO quote_fts (rowid, terms) VALUES (?, ?)");
  const addQuoteAbout = db.prepare("INSERT OR IGNORE INTO quote_about (entity, quote) VALUES (?, ?)");
  const addTime = db.prepare(
    `INSERT INTO times (article, idx, start, end, type, value, mod, calendar, hijri, anchor, resolved)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addEvent = db.prepare(
    `INSERT INTO events (article, idx, type, trigger_start, trigger_end, actors, targets, place, time,
       confidence, sentence, polarity, modality, quoted, date, day, mentions)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addEventEntity = db.prepare(
    "INSERT OR IGNORE INTO event_entities (entity, article, event) VALUES (?, ?, ?)",
  );

  function provenanceId(json: string): number {
    let id = provenanceIds.get(json);
    if (id === undefined) {
      id = findProvenance.get(json)?.id ?? Number(addProvenance.run(json).lastInsertRowid);
      provenanceIds.set(json, id);
    }
    return id;
  }

  return {
    article(rows, story, hashes, signature, ingested) {
      const a = rows.article;
      const { lastInsertRowid } = addArticle.run(
        a.id,
        story,
        a.title,
        a.published,
        a.day,
        a.url,
        a.outlet,
        a.source,
        hashes.url,
        hashes.content,
        rows.textLength ?? a.text.length,
        provenanceId(a.provenance),
        signature,
        ingested,
      );
      const id = Number(lastInsertRowid);
      addText.run(id, rows.packedText ?? packText(a.text), a.extra);
      addFts.run(id, rows.terms, rows.latinTerms);
      return id;
    },
    layers(id, rows) {
      const counted = new Set<string>();
      const rowOf = new Map<string, number>();
      for (const e of rows.entities) {
        // An entity listed twice in one record still counts one article.
        const first = !counted.has(e.entity);
        counted.add(e.entity);
        let entity = entityCache.get(e.entity);
        if (entity === undefined) {
          entity = findEntity.get(e.entity) ?? {
            id: Number(
              addEntity.run(e.entity, e.type, e.name, e.latin, e.nameKey, e.latinKey).lastInsertRowid,
            ),
            type: e.type,
            name: e.name,
            latin: e.latin,
          };
          if (entityCache.size >= ENTITY_CACHE_LIMIT) entityCache.clear();
          entityCache.set(e.entity, entity);
        }
        rowOf.set(e.entity, entity.id);
        const counter = counters.get(entity.id) ?? { articles: 0, mentions: 0 };
        counter.articles += first ? 1 : 0;
        counter.mentions += e.mentionCount;
        counters.set(entity.id, counter);
        e.aliasKeys.forEach((key, i) => addAlias.run(key, entity.id, e.aliases?.[i] ?? key));
        addArticleEntity.run(
          id,
          e.index,
          entity.id,
          e.type === entity.type ? null : e.type,
          e.name === entity.name ? null : e.name,
          e.latin === entity.latin ? null : e.latin,
          e.aliases === null ? null : JSON.stringify(e.aliases),
          e.role?.start ?? null,
          e.role?.end ?? null,
          e.roleText,
          e.mentions,
        );
      }
      for (const q of rows.quotes) {
        const { lastInsertRowid } = addQuote.run(
          id,
          q.index,
          q.start,
          q.end,
          q.kind,
          q.direct ? 1 : 0,
          q.cue?.start ?? null,
          q.cue?.end ?? null,
          q.hasSpeaker ? 1 : 0,
          q.speakerEntity,
          q.speakerSpan?.start ?? null,
          q.speakerSpan?.end ?? null,
          q.speakerText,
          q.setting?.start ?? null,
          q.setting?.end ?? null,
        );
        const quote = Number(lastInsertRowid);
        addQuoteFts.run(quote, q.terms);
        for (const entity of q.about) addQuoteAbout.run(rowOf.get(entity), quote);
      }
      for (const t of rows.times) {
        addTime.run(
          id,
          t.index,
          t.start,
          t.end,
          t.type,
          t.value,
          t.mod,
          t.calendar,
          t.hijri,
          t.anchor,
          bool(t.resolved),
        );
      }
      for (const e of rows.events) {
        addEvent.run(
          id,
          e.index,
          e.type,
          e.trigger.start,
          e.trigger.end,
          JSON.stringify(e.actors),
          JSON.stringify(e.targets),
          e.place,
          e.time,
          e.confidence,
          e.sentence,
          e.polarity,
          e.modality,
          bool(e.quoted),
          e.date,
          e.day,
          e.mentions,
        );
        for (const entity of new Set([...e.actors, ...e.targets])) addEventEntity.run(entity, id, e.index);
      }
    },
    flush() {
      for (const [id, counter] of counters) countEntity.run(counter.articles, counter.mentions, id);
      counters.clear();
    },
    reset() {
      entityCache.clear();
      counters.clear();
    },
  };
}

function bool(value: boolean | null): number | null {
  return value === null ? null : value ? 1 : 0;
}
