/**
 * Reading whole articles back: records from their rows (src/store/read-rows.ts), one by key or a
 * chunk in ingest order, each layer table read once per chunk rather than once per article.
 */
import type pg from "pg";
import type { EntityType, QuoteKind, Span, TimeExpression, NewsEvent } from "../../doc/index.js";
import { recordFromRows, type StoredRows } from "../read-rows.js";
import type { StoredArticle } from "../types.js";

/** Articles read per round trip by `records()`: bounded memory, few statements. */
export const RECORDS_CHUNK = 200;

interface ArticleSql {
  seq: string;
  key: string;
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  source: string | null;
  text: string;
  extra: string;
  provenance: string;
  story: string;
  ingested: string;
}

const ARTICLE_COLUMNS =
  "seq, key, title, published, url, outlet, source, text, extra, provenance, story, ingested";

export function span(start: number | null, end: number | null): Span | null {
  return start === null || end === null ? null : { start, end };
}

/** Groups rows by their `article` column. */
function byArticle<T extends { article: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.article);
    if (list) list.push(row);
    else map.set(row.article, [row]);
  }
  return map;
}

async function readAll(db: pg.Pool, articles: readonly ArticleSql[]): Promise<StoredArticle[]> {
  if (articles.length === 0) return [];
  const keys = articles.map((article) => article.key);
  const [entities, quotes, times, events] = await Promise.all([
    db.query<EntitySql>("SELECT * FROM article_entities WHERE article = ANY($1)", [keys]),
    db.query<QuoteSql>("SELECT * FROM quotes WHERE article = ANY($1)", [keys]),
    db.query<TimeSql>("SELECT * FROM times WHERE article = ANY($1)", [keys]),
    db.query<EventSql>("SELECT * FROM events WHERE article = ANY($1)", [keys]),
  ]);
  const entityRows = byArticle(entities.rows);
  const quoteRows = byArticle(quotes.rows);
  const timeRows = byArticle(times.rows);
  const eventRows = byArticle(events.rows);
  return articles.map((row) => {
    const rows: StoredRows = {
      article: { ...row, id: row.key },
      entities: (entityRows.get(row.key) ?? []).map((e) => ({
        index: e.idx,
        entity: e.entity,
        type: e.type,
        name: e.name,
        latin: e.latin,
        aliases: e.aliases === null ? null : (JSON.parse(e.aliases) as string[]),
        role: span(e.role_start, e.role_end),
        mentions: e.mentions,
      })),
      quotes: (quoteRows.get(row.key) ?? []).map((q) => ({
        index: q.idx,
        start: q.start_at,
        end: q.end_at,
        kind: q.kind,
        direct: q.direct,
        cue: span(q.cue_start, q.cue_end),
        hasSpeaker: q.has_speaker,
        speakerEntity: q.speaker,
        speakerSpan: span(q.speaker_start, q.speaker_end),
        speakerText: q.speaker_text,
        setting: span(q.setting_start, q.setting_end),
      })),
      times: (timeRows.get(row.key) ?? []).map((t) => ({
        index: t.idx,
        start: t.start_at,
        end: t.end_at,
        type: t.type,
        value: t.value,
        mod: t.mod,
        calendar: t.calendar,
        hijri: t.hijri,
        anchor: t.anchor,
        resolved: t.resolved,
      })),
      events: (eventRows.get(row.key) ?? []).map((e) => ({
        index: e.idx,
        type: e.type,
        trigger: { start: e.trigger_start, end: e.trigger_end },
        actors: e.actors,
        targets: e.targets,
        place: e.place,
        time: e.time,
        confidence: e.confidence,
        sentence: e.sentence,
        polarity: e.polarity,
        modality: e.modality,
        quoted: e.quoted,
        mentions: e.mentions,
      })),
    };
    return { record: recordFromRows(rows), story: row.story, ingested: row.ingested };
  });
}

/** The stored article with this key (record id), or null. */
export async function readArticle(db: pg.Pool, key: string): Promise<StoredArticle | null> {
  const found = await db.query<ArticleSql>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE key = $1`, [key]);
  const [article] = await readAll(db, found.rows);
  return article ?? null;
}

/** Stored articles after row `after` in ingest order, and the last row read (`after` when none). */
export async function readChunk(
  db: pg.Pool,
  after: string,
): Promise<{ last: string; articles: StoredArticle[] }> {
  const found = await db.query<ArticleSql>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE seq > $1 ORDER BY seq LIMIT ${RECORDS_CHUNK}`,
    [after],
  );
  return { last: found.rows.at(-1)?.seq ?? after, articles: await readAll(db, found.rows) };
}

/** Column types as the driver returns them; enumerations are as written by `put`. */
interface EntitySql {
  article: string;
  idx: number;
  entity: string;
  type: EntityType;
  name: string;
  latin: string;
  aliases: string | null;
  role_start: number | null;
  role_end: number | null;
  mentions: string;
}

interface QuoteSql {
  article: string;
  idx: number;
  start_at: number;
  end_at: number;
  kind: QuoteKind;
  direct: boolean;
  cue_start: number | null;
  cue_end: number | null;
  has_speaker: boolean;
  speaker: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_text: string | null;
  setting_start: number | null;
  setting_end: number | null;
}

interface TimeSql {
  article: string;
  idx: number;
  start_at: number;
  end_at: number;
  type: TimeExpression["type"];
  value: string;
  mod: NonNullable<TimeExpression["mod"]> | null;
  calendar: NonNullable<TimeExpression["calendar"]> | null;
  hijri: string | null;
  anchor: NonNullable<TimeExpression["anchor"]> | null;
  resolved: boolean | null;
}

/** The columns of an `events` row that every event query reads. */
export interface EventColumns {
  idx: number;
  type: string;
  trigger_start: number;
  trigger_end: number;
  actors: string[];
  targets: string[];
  place: string | null;
  time: string | null;
  confidence: number | null;
  sentence: number | null;
}

interface EventSql extends EventColumns {
  article: string;
  polarity: NonNullable<NewsEvent["polarity"]> | null;
  modality: NonNullable<NewsEvent["modality"]> | null;
  quoted: boolean | null;
  /** Null in rows written before 002-event-mentions, or for records without `mentions`. */
  mentions: string | null;
}
