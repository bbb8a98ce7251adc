/** The entities listing and an entity's page: aliases, roles, timeline, quotes, co-occurrence, events. */
import { nameKey, type TermResources } from "../../search/index.js";
import type { EntityType } from "../../doc/index.js";
import { decodeSpans } from "../rows.js";
import { mentionAt } from "../read-rows.js";
import type { EntityDetail, EntityMention, EntityQuery, EntitySummary, Listing } from "../types.js";
import type { SqliteDb } from "./connect.js";
import { unpackText } from "./text-codec.js";
import { eventsWhere } from "./events.js";
import { pageOf } from "../page.js";
import { quotesWhere } from "./quotes.js";

/** Rows listed in each part of an entity's page. */
export const DETAIL_SIZE = 20;
/** Mentions shown on an entity's page. */
export const RECENT_MENTIONS = 10;

interface EntitySql {
  id: number;
  key: string;
  type: string;
  name: string;
  latin: string;
  articles: number;
  mentions: number;
}

const COLUMNS = "e.id, e.key, e.type, e.name, e.latin, e.articles, e.mentions";

function summary(row: EntitySql): EntitySummary {
  return {
    id: row.key,
    type: row.type as EntityType,
    name: row.name,
    latin: row.latin,
    articles: row.articles,
    mentions: row.mentions,
  };
}

/** Entities whose id, folded name, Latin name or an alias contains the text; most mentioned first. */
export function listEntities(
  db: SqliteDb,
  resources: TermResources,
  query: EntityQuery,
): Listing<EntitySummary> {
  const { limit, offset } = pageOf(query);
  const where: string[] = [];
  const params: string[] = [];
  if (query.type !== undefined) {
    where.push("e.type = ?");
    params.push(query.type);
  }
  const text = query.text?.trim() ?? "";
  if (text !== "") {
    const key = nameKey(text, resources);
    where.push(
      `(e.key = ? OR (? != '' AND (instr(e.name_key, ?) > 0 OR instr(e.latin_key, ?) > 0
        OR e.id IN (SELECT entity FROM aliases WHERE instr(key, ?) > 0))))`,
    );
    params.push(text, key, key, key, key);
  }
  const body = `FROM entities e WHERE ${where.length === 0 ? "1" : where.join(" AND ")}`;
  const total = db.prepare<string[], { n: number }>(`SELECT count(*) AS n ${body}`).get(...params)!.n;
  const rows = db
    .prepare<(string | number)[], EntitySql>(
      `SELECT ${COLUMNS} ${body} ORDER BY e.articles DESC, e.key LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset);
  return { total, items: rows.map(summary) };
}

export function entityDetail(db: SqliteDb, resources: TermResources, key: string): EntityDetail | null {
  const row = db.prepare<[string], EntitySql>(`SELECT ${COLUMNS} FROM entities e WHERE e.key = ?`).get(key);
  if (row === undefined) return null;
  const aliases = db
    .prepare<[number], string>("SELECT text FROM aliases WHERE entity = ? ORDER BY text")
    .pluck()
    .all(row.id);
  const roles = db
    .prepare<[number], { text: string; count: number }>(
      `SELECT role_text AS text, count(*) AS count FROM article_entities WHERE entity = ? AND role_text IS NOT NULL
       GROUP BY role_text ORDER BY count DESC, role_text LIMIT ${DETAIL_SIZE}`,
    )
    .all(row.id);
  const timeline = db
    .prepare<[number], { date: string; count: number }>(
      `SELECT substr(a.day, 1, 7) AS date, count(DISTINCT a.id) AS count FROM article_entities ae
       JOIN articles a ON a.id = ae.article WHERE ae.entity = ? AND a.day IS NOT NULL GROUP BY date ORDER BY date`,
    )
    .all(row.id);
  const cooccurring = db
    .prepare<[number, number], EntitySql & { shared: number }>(
      `SELECT ${COLUMNS}, c.shared FROM
         (SELECT other.entity, count(DISTINCT other.article) AS shared FROM article_entities mine
          JOIN article_entities other ON other.article = mine.article AND other.entity != mine.entity
          WHERE mine.entity = ? GROUP BY other.entity ORDER BY shared DESC LIMIT ${DETAIL_SIZE}) c
       JOIN entities e ON e.id = c.entity WHERE e.id != ? ORDER BY c.shared DESC, e.key`,
    )
    .all(row.id, row.id);
  const page = { limit: DETAIL_SIZE };
  return {
    ...summary(row),
    aliases,
    roles,
    timeline,
    quotesBy: quotesWhere(db, resources, { speakers: [key] }, page).items,
    quotesAbout: quotesWhere(db, resources, { about: [row.id] }, page).items,
    cooccurring: cooccurring.map((other) => ({ ...summary(other), shared: other.shared })),
    events: eventsWhere(db, { anyRole: [key] }, page).items,
    recentMentions: recentMentions(db, row.id),
  };
}

function recentMentions(db: SqliteDb, entity: number): EntityMention[] {
  const rows = db
    .prepare<[number], { key: string; text: Buffer; mentions: string }>(
      `SELECT a.key, t.text, ae.mentions FROM article_entities ae JOIN articles a ON a.id = ae.article
       JOIN article_texts t ON t.id = a.id
       WHERE ae.entity = ? ORDER BY a.day IS NULL, a.day DESC, a.id DESC LIMIT ${RECENT_MENTIONS}`,
    )
    .all(entity);
  return rows
    .flatMap((row) => {
      const text = unpackText(row.text);
      return decodeSpans(row.mentions).map((span) => ({ ...mentionAt(text, span), article: row.key }));
    })
    .slice(0, RECENT_MENTIONS);
}
