/** The events listing: by PLOVER type, by actor or target, by place, by the event's date. */
import { dayBounds } from "../../search/index.js";
import type { EventFilter } from "../event-filter.js";
import { mentionAt } from "../read-rows.js";
import type { EventQuery, EventRow, Listing } from "../types.js";
import { marks } from "./article-filter.js";
import type { SqliteDb } from "./connect.js";
import { articleContexts, sentenceContext } from "./context.js";
import { pageOf } from "../page.js";
import type { EntityResolver } from "./resolve-entities.js";
import type { EventColumns } from "./read-article.js";

interface EventSql extends EventColumns {
  article: number;
  article_key: string;
  date: string | null;
  title: string | null;
  outlet: string | null;
}

export function listEvents(db: SqliteDb, resolve: EntityResolver, query: EventQuery): Listing<EventRow> {
  const keys = (value: string | undefined) =>
    value === undefined || value === "" ? undefined : resolve(value).map((entity) => entity.key);
  return eventsWhere(db, { ...query, entities: keys(query.entity), places: keys(query.place) }, query);
}

export function eventsWhere(
  db: SqliteDb,
  filter: EventFilter,
  page: { limit?: number; offset?: number },
): Listing<EventRow> {
  const { limit, offset } = pageOf(page);
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (condition: string, values: readonly (string | number)[]) => {
    where.push(condition);
    params.push(...values);
  };
  const byEntity = (ids: readonly string[]) =>
    `EXISTS (SELECT 1 FROM event_entities ee WHERE ee.article = ev.article AND ee.event = ev.idx AND ee.entity IN (${marks(ids.length)}))`;
  if (filter.type !== undefined && filter.type !== "") add("ev.type = ?", [filter.type.toUpperCase()]);
  if (filter.entities !== undefined) add(byEntity(filter.entities), filter.entities);
  if (filter.places !== undefined) add(`ev.place IN (${marks(filter.places.length)})`, filter.places);
  if (filter.anyRole !== undefined) {
    add(`(ev.place IN (${marks(filter.anyRole.length)}) OR ${byEntity(filter.anyRole)})`, [
      ...filter.anyRole,
      ...filter.anyRole,
    ]);
  }
  const { from, until } = dayBounds(filter);
  if (from !== null) add("ev.day >= ?", [from]);
  if (until !== null) add("ev.day < ?", [until]);
  const body = `FROM events ev JOIN articles a ON a.id = ev.article WHERE ${where.length === 0 ? "1" : where.join(" AND ")}`;
  const total = db
    .prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n ${body}`)
    .get(...params)!.n;
  const rows = db
    .prepare<(string | number)[], EventSql>(
      `SELECT ev.article, a.key AS article_key, ev.idx, ev.type, ev.trigger_start, ev.trigger_end, ev.actors, ev.targets,
         ev.place, ev.time, ev.confidence, ev.sentence, ev.date, a.title, a.outlet
       ${body} ORDER BY ev.day IS NULL, ev.day DESC, ev.article DESC, ev.idx LIMIT ? OFFSET ?`,
    )
    .all(...params, limit, offset);
  const contexts = articleContexts(
    db,
    rows.map((row) => row.article),
  );
  const parsed = rows.map((row) => ({
    row,
    actors: JSON.parse(row.actors) as string[],
    targets: JSON.parse(row.targets) as string[],
  }));
  const names = entityNames(
    db,
    parsed.flatMap(({ row, actors, targets }) => [
      ...actors,
      ...targets,
      ...(row.place === null ? [] : [row.place]),
    ]),
  );
  const named = (id: string) => ({ id, name: names.get(id) ?? id });
  const items = parsed.map(({ row, actors, targets }): EventRow => {
    const context = contexts.get(row.article)!;
    const trigger = { start: row.trigger_start, end: row.trigger_end };
    return {
      article: row.article_key,
      index: row.idx,
      type: row.type,
      trigger: mentionAt(context.text, trigger),
      actors: actors.map(named),
      targets: targets.map(named),
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
export function entityNames(db: SqliteDb, ids: readonly string[]): Map<string, string> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = db
    .prepare<string[], { key: string; name: string }>(
      `SELECT key, name FROM entities WHERE key IN (${marks(unique.length)})`,
    )
    .all(...unique);
  return new Map(rows.map((row) => [row.key, row.name]));
}
