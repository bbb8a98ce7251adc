/**
 * The events listing, as src/store/sqlite/events.ts: by PLOVER type, by actor or target, by place,
 * by the event's date; latest first (undated last), events in reading order.
 */
import type pg from "pg";
import { dayBounds } from "../../search/index.js";
import type { EventFilter } from "../event-filter.js";
import { mentionAt } from "../read-rows.js";
import type { EventQuery, EventRow, Listing } from "../types.js";
import { articleContexts, sentenceContext } from "./context.js";
import { pageOf } from "../page.js";
import { Params } from "./params.js";
import type { EntityResolver } from "./resolve-entities.js";
import type { EventColumns } from "./read-article.js";

interface EventSql extends EventColumns {
  article: string;
  date: string | null;
  title: string | null;
  outlet: string | null;
}

export async function listEvents(
  db: pg.Pool,
  resolve: EntityResolver,
  query: EventQuery,
): Promise<Listing<EventRow>> {
  const keys = async (value: string | undefined) =>
    value === undefined || value === "" ? undefined : resolve(value);
  return eventsWhere(
    db,
    { ...query, entities: await keys(query.entity), places: await keys(query.place) },
    query,
  );
}

export async function eventsWhere(
  db: pg.Pool,
  filter: EventFilter,
  page: { limit?: number; offset?: number },
): Promise<Listing<EventRow>> {
  const { limit, offset } = pageOf(page);
  const params = new Params();
  const where: string[] = [];
  // The expression the GIN index events_entities covers: actors and targets together.
  const byEntity = (ids: readonly string[]) => `(ev.actors || ev.targets) && ${params.add(ids)}::text[]`;
  if (filter.type !== undefined && filter.type !== "")
    where.push(`ev.type = ${params.add(filter.type.toUpperCase())}`);
  if (filter.entities !== undefined) where.push(byEntity(filter.entities));
  if (filter.places !== undefined) where.push(`ev.place = ANY(${params.add(filter.places)}::text[])`);
  if (filter.anyRole !== undefined) {
    where.push(`(ev.place = ANY(${params.add(filter.anyRole)}::text[]) OR ${byEntity(filter.anyRole)})`);
  }
  const { from, until } = dayBounds(filter);
  if (from !== null) where.push(`ev.day >= ${params.add(from)}`);
  if (until !== null) where.push(`ev.day < ${params.add(until)}`);
  const body = `FROM events ev JOIN articles a ON a.key = ev.article WHERE ${where.length === 0 ? "true" : where.join(" AND ")}`;
  const counted = await db.query<{ n: string }>(`SELECT count(*) AS n ${body}`, params.values);
  const total = Number(counted.rows[0]?.n ?? 0);
  const found = await db.query<EventSql>(
    `SELECT ev.article, ev.idx, ev.type, ev.trigger_start, ev.trigger_end, ev.actors, ev.targets,
       ev.place, ev.time, ev.confidence, ev.sentence, ev.date, a.title, a.outlet
     ${body} ORDER BY ev.day IS NULL, ev.day DESC, a.seq DESC, ev.idx LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
    params.values,
  );
  const rows = found.rows;
  const contexts = await articleContexts(
    db,
    rows.map((row) => row.article),
  );
  const names = await entityNames(
    db,
    rows.flatMap((row) => [...row.actors, ...row.targets, ...(row.place === null ? [] : [row.place])]),
  );
  const named = (id: string) => ({ id, name: names.get(id) ?? id });
  const items = rows.map((row): EventRow => {
    const context = contexts.get(row.article)!;
    const trigger = { start: row.trigger_start, end: row.trigger_end };
    return {
      article: row.article,
      index: row.idx,
      type: row.type,
      trigger: mentionAt(context.text, trigger),
      actors: row.actors.map(named),
      targets: row.targets.map(named),
      place: row.place === null ? null : named(row.place),
      time: row.time,
      date: row.date,
      confidence: row.confidence,
      context: sentenceContext(context, trigger, row.sentence),
      title: row.title,
      outlet: row.outlet,
    };
  });
  return { total, items };
}

/** Display names of entity ids. */
export async function entityNames(db: pg.Pool, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.query<{ key: string; name: string }>(
    "SELECT key, name FROM entities WHERE key = ANY($1)",
    [unique],
  );
  return new Map(rows.rows.map((row) => [row.key, row.name]));
}
