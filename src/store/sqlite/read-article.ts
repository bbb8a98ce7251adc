/** Reading whole articles back: one record from its rows, and every record in ingest order. */
import type { Span } from "../../doc/index.js";
import { recordFromRows, type StoredRows } from "../read-rows.js";
import type { StoredArticle } from "../types.js";
import type { SqliteDb } from "./connect.js";
import { unpackText } from "./text-codec.js";

/** Articles read per round trip by `records()`: bounded memory, few statements. */
const RECORDS_CHUNK = 200;

interface ArticleSql {
  id: number;
  key: string;
  title: string | null;
  published: string | null;
  url: string | null;
  outlet: string | null;
  source: string | null;
  text: Buffer;
  extra: string;
  provenance: string;
  story: string;
  ingested: string;
}

export interface ArticleReader {
  byKey(key: string): StoredArticle | null;
  /** Stored articles with row id above `after`, in row id (ingest) order. */
  chunk(after: number): { last: number; articles: StoredArticle[] };
}

export function prepareArticleReader(db: SqliteDb): ArticleReader {
  const columns = `a.id, a.key, a.title, a.published, a.url, a.outlet, a.source, t.text, t.extra,
    p.json AS provenance, s.key AS story, a.ingested
    FROM articles a JOIN article_texts t ON t.id = a.id JOIN provenances p ON p.id = a.provenance
    JOIN stories s ON s.id = a.story`;
  const one = db.prepare<[string], ArticleSql>(`SELECT ${columns} WHERE a.key = ?`);
  const many = db.prepare<[number], ArticleSql>(
    `SELECT ${columns} WHERE a.id > ? ORDER BY a.id LIMIT ${RECORDS_CHUNK}`,
  );
  const entities = db.prepare<[number], EntitySql>(
    `SELECT ae.idx, e.key, ifnull(ae.type, e.type) AS type, ifnull(ae.name, e.name) AS name,
       ifnull(ae.latin, e.latin) AS latin, ae.aliases, ae.role_start, ae.role_end, ae.mentions
     FROM article_entities ae JOIN entities e ON e.id = ae.entity WHERE ae.article = ?`,
  );
  const quotes = db.prepare<[number], QuoteSql>("SELECT * FROM quotes WHERE article = ?");
  const times = db.prepare<[number], TimeSql>("SELECT * FROM times WHERE article = ?");
  const events = db.prepare<[number], EventSql>("SELECT * FROM events WHERE article = ?");

  function read(row: ArticleSql): StoredArticle {
    const rows: StoredRows = {
      article: { ...row, id: row.key, text: unpackText(row.text) },
      entities: entities.all(row.id).map((e) => ({
        index: e.idx,
        entity: e.key,
        type: e.type as StoredRows["entities"][number]["type"],
        name: e.name,
        latin: e.latin,
        aliases: e.aliases === null ? null : (JSON.parse(e.aliases) as string[]),
        role: span(e.role_start, e.role_end),
        mentions: e.mentions,
      })),
      quotes: quotes.all(row.id).map((q) => ({
        index: q.idx,
        start: q.start,
        end: q.end,
        kind: q.kind as StoredRows["quotes"][number]["kind"],
        direct: q.direct === 1,
        cue: span(q.cue_start, q.cue_end),
        hasSpeaker: q.has_speaker === 1,
        speakerEntity: q.speaker,
        speakerSpan: span(q.speaker_start, q.speaker_end),
        speakerText: q.speaker_text,
        setting: span(q.setting_start, q.setting_end),
      })),
      times: times.all(row.id).map((t) => ({
        index: t.idx,
        start: t.start,
        end: t.end,
        type: t.type as StoredRows["times"][number]["type"],
        value: t.value,
        mod: t.mod as StoredRows["times"][number]["mod"],
        calendar: t.calendar as StoredRows["times"][number]["calendar"],
        hijri: t.hijri,
        anchor: t.anchor as StoredRows["times"][number]["anchor"],
        resolved: t.resolved === null ? null : t.resolved === 1,
      })),
      events: events.all(row.id).map((e) => ({
        index: e.idx,
        type: e.type,
        trigger: { start: e.trigger_start, end: e.trigger_end },
        actors: JSON.parse(e.actors) as string[],
        targets: JSON.parse(e.targets) as string[],
        place: e.place,
        time: e.time,
        confidence: e.confidence,
        sentence: e.sentence,
        polarity: e.polarity as StoredRows["events"][number]["polarity"],
        modality: e.modality as StoredRows["events"][number]["modality"],
        quoted: e.quoted === null ? null : e.quoted === 1,
        mentions: e.mentions,
      })),
    };
    return { record: recordFromRows(rows), story: row.story, ingested: row.ingested };
  }

  return {
    byKey(key) {
      const row = one.get(key);
      return row === undefined ? null : read(row);
    },
    chunk(after) {
      const rows = many.all(after);
      return { last: rows.at(-1)?.id ?? after, articles: rows.map(read) };
    },
  };
}

export function span(start: number | null, end: number | null): Span | null {
  return start === null || end === null ? null : { start, end };
}

interface EntitySql {
  idx: number;
  key: string;
  type: string;
  name: string;
  latin: string;
  aliases: string | null;
  role_start: number | null;
  role_end: number | null;
  mentions: string;
}

interface QuoteSql {
  idx: number;
  start: number;
  end: number;
  kind: string;
  direct: number;
  cue_start: number | null;
  cue_end: number | null;
  has_speaker: number;
  speaker: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_text: string | null;
  setting_start: number | null;
  setting_end: number | null;
}

interface TimeSql {
  idx: number;
  start: number;
  end: number;
  type: string;
  value: string;
  mod: string | null;
  calendar: string | null;
  hijri: string | null;
  anchor: string | null;
  resolved: number | null;
}

/** The columns of an `events` row that every event query reads. */
export interface EventColumns {
  idx: number;
  type: string;
  trigger_start: number;
  trigger_end: number;
  actors: string;
  targets: string;
  place: string | null;
  time: string | null;
  confidence: number | null;
  sentence: number | null;
}

interface EventSql extends EventColumns {
  polarity: string | null;
  modality: string | null;
  quoted: number | null;
  mentions: string | null;
}
