/**
 * The entities listing and an entity's page, as src/store/sqlite/entities.ts. Article and mention
 * counts are aggregated from the per-article rows when asked (PostgreSQL keeps no counters that
 * every put would lock); a name fragment is found through the trigram indexes (LIKE '%…%').
 */
import type pg from "pg";
import type { EntityType } from "../../doc/index.js";
import { nameKey, type TermResources } from "../../search/index.js";
import { mentionAt } from "../read-rows.js";
import { decodeSpans } from "../rows.js";
import type { EntityDetail, EntityMention, EntityQuery, EntitySummary, Listing } from "../types.js";
import { eventsWhere } from "./events.js";
import { pageOf } from "../page.js";
import { Params } from "./params.js";
import { quotesWhere } from "./quotes.js";

/** Rows listed in each part of an entity's page. */
export const DETAIL_SIZE = 20;
/** Mentions shown on an entity's page. */
export const RECENT_MENTIONS = 10;

interface EntitySql {
  key: string;
  type: EntityType;
  name: string;
  latin: string;
  articles: string;
  mentions: string;
}

function summary(row: EntitySql): EntitySummary {
  return {
    id: row.key,
    type: row.type,
    name: row.name,
    latin: row.latin,
    articles: Number(row.articles),
    mentions: Number(row.mentions),
  };
}

/** Entities `e` (a CTE of keys `picked`) with their counts, as EntitySql columns. */
function withCounts(picked: string): string {
  return `SELECT e.key, e.type, e.name, e.latin, c.articles, c.mentions FROM entities e
    JOIN (SELECT entity, count(DISTINCT article) AS articles, sum(mention_count) AS mentions
          FROM article_entities WHERE entity IN (SELECT key FROM ${picked}) GROUP BY entity) c ON c.entity = e.key`;
}

/** A LIKE pattern matching `text` anywhere (the trigram indexes serve it). */
function contains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Entities whose id, folded name, Latin name or an alias contains the text; most mentioned first. */
export async function listEntities(
  db: pg.Pool,
  resources: TermResources,
  query: EntityQuery,
): Promise<Listing<EntitySummary>> {
  const { limit, offset } = pageOf(query);
  const params = new Params();
  const where: string[] = [];
  if (query.type !== undefined) where.push(`e.type = ${params.add(query.type)}`);
  const text = query.text?.trim() ?? "";
  if (text !== "") {
    const key = nameKey(text, resources);
    const exact = `e.key = ${params.add(text)}`;
    if (key === "") where.push(exact);
    else {
      const pattern = params.add(contains(key));
      where.push(`(${exact} OR e.name_key LIKE ${pattern} OR e.latin_key LIKE ${pattern}
        OR e.key IN (SELECT entity FROM aliases WHERE key LIKE ${pattern}))`);
    }
  }
  const picked = `picked AS (SELECT e.key FROM entities e WHERE ${where.length === 0 ? "true" : where.join(" AND ")})`;
  const counted = await db.query<{ n: string }>(
    `WITH ${picked} SELECT count(*) AS n FROM picked`,
    params.values,
  );
  const rows = await db.query<EntitySql>(
    `WITH ${picked} ${withCounts("picked")}
     ORDER BY c.articles DESC, e.key COLLATE "C" LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
    params.values,
  );
  return { total: Number(counted.rows[0]?.n ?? 0), items: rows.rows.map(summary) };
}

export async function entityDetail(
  db: pg.Pool,
  resources: TermResources,
  key: string,
): Promise<EntityDetail | null> {
  const found = await db.query<EntitySql>(`WITH picked AS (SELECT $1::text AS key) ${withCounts("picked")}`, [
    key,
  ]);
  const row = found.rows[0];
  if (row === undefined) return null;
  const page = { limit: DETAIL_SIZE };
  const [aliases, roles, timeline, cooccurring, quotesBy, quotesAbout, events, recent] = await Promise.all([
    db.query<{ text: string }>(`SELECT text FROM aliases WHERE entity = $1 ORDER BY text COLLATE "C"`, [key]),
    db.query<{ text: string; count: string }>(
      `SELECT role_text AS text, count(*) AS count FROM article_entities WHERE entity = $1 AND role_text IS NOT NULL
       GROUP BY role_text ORDER BY count DESC, role_text COLLATE "C" LIMIT ${DETAIL_SIZE}`,
      [key],
    ),
    db.query<{ date: string; count: string }>(
      `SELECT substr(a.day, 1, 7) AS date, count(DISTINCT a.key) AS count FROM article_entities ae
       JOIN articles a ON a.key = ae.article WHERE ae.entity = $1 AND a.day IS NOT NULL
       GROUP BY substr(a.day, 1, 7) ORDER BY substr(a.day, 1, 7) COLLATE "C"`,
      [key],
    ),
    db.query<EntitySql & { shared: string }>(
      `WITH shared AS (
         SELECT other.entity AS key, count(DISTINCT other.article) AS shared FROM article_entities mine
         JOIN article_entities other ON other.article = mine.article AND other.entity != mine.entity
         WHERE mine.entity = $1 GROUP BY other.entity ORDER BY shared DESC, other.entity COLLATE "C" LIMIT ${DETAIL_SIZE})
       SELECT x.*, s.shared FROM (${withCounts("shared")}) x JOIN shared s ON s.key = x.key
       ORDER BY s.shared DESC, x.key COLLATE "C"`,
      [key],
    ),
    quotesWhere(db, resources, { speakers: [key] }, page),
    quotesWhere(db, resources, { about: [key] }, page),
    eventsWhere(db, { anyRole: [key] }, page),
    recentMentions(db, key),
  ]);
  return {
    ...summary(row),
    aliases: aliases.rows.map((alias) => alias.text),
    roles: roles.rows.map((role) => ({ text: role.text, count: Number(role.count) })),
    timeline: timeline.rows.map((month) => ({ date: month.date, count: Number(month.count) })),
    quotesBy: quotesBy.items,
    quotesAbout: quotesAbout.items,
    cooccurring: cooccurring.rows.map((other) => ({ ...summary(other), shared: Number(other.shared) })),
    events: events.items,
    recentMentions: recent,
  };
}

async function recentMentions(db: pg.Pool, entity: string): Promise<EntityMention[]> {
  const rows = await db.query<{ key: string; text: string; mentions: string }>(
    `SELECT a.key, a.text, ae.mentions FROM article_entities ae JOIN articles a ON a.key = ae.article
     WHERE ae.entity = $1 ORDER BY a.day IS NULL, a.day DESC, a.seq DESC LIMIT ${RECENT_MENTIONS}`,
    [entity],
  );
  return rows.rows
    .flatMap((row) =>
      decodeSpans(row.mentions).map((span) => ({ ...mentionAt(row.text, span), article: row.key })),
    )
    .slice(0, RECENT_MENTIONS);
}
