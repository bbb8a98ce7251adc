/**
 * Facets of a result set, as src/store/sqlite/facets.ts computes them: the matching articles are
 * selected once (a materialised CTE) and each facet is one GROUP BY over them, all in one
 * statement returning JSON, so the full-text query runs once however many facets are asked.
 * Ties sort by value in byte order (COLLATE "C"), as SQLite compares text.
 */
import type pg from "pg";
import type { FacetCount, Facets } from "../types.js";

/** Values listed per facet. */
export const FACET_SIZE = 20;

export const EMPTY_FACETS: Facets = { entities: [], speakers: [], types: [], outlets: [], histogram: [] };

/** Facets and total of the articles `hits` selects (SQL giving one column of article keys). */
export async function computeFacets(
  db: pg.Pool,
  hits: { readonly sql: string; readonly params: readonly unknown[] },
): Promise<{ total: number; facets: Facets }> {
  const result = await db.query<{
    total: string;
    entities: FacetCount[] | null;
    speakers: FacetCount[] | null;
    types: FacetCount[] | null;
    outlets: FacetCount[] | null;
    histogram: { date: string; count: number }[] | null;
  }>(
    `WITH h AS MATERIALIZED (SELECT DISTINCT key FROM (${hits.sql}) hit(key)),
     ent AS (
       SELECT e.key AS value, e.name AS label, c.n AS count FROM
         (SELECT ae.entity, count(DISTINCT ae.article) AS n FROM h JOIN article_entities ae ON ae.article = h.key
          GROUP BY ae.entity ORDER BY n DESC, ae.entity COLLATE "C" LIMIT ${FACET_SIZE}) c
       JOIN entities e ON e.key = c.entity),
     spk AS (
       SELECT c.speaker AS value, coalesce(e.name, c.speaker) AS label, c.n AS count FROM
         (SELECT q.speaker, count(DISTINCT q.article) AS n FROM h JOIN quotes q ON q.article = h.key
          WHERE q.speaker IS NOT NULL GROUP BY q.speaker ORDER BY n DESC, q.speaker COLLATE "C" LIMIT ${FACET_SIZE}) c
       LEFT JOIN entities e ON e.key = c.speaker),
     typ AS (
       SELECT ev.type AS value, ev.type AS label, count(DISTINCT ev.article) AS count FROM h JOIN events ev ON ev.article = h.key
       GROUP BY ev.type ORDER BY count DESC, ev.type COLLATE "C" LIMIT ${FACET_SIZE}),
     outl AS (
       SELECT a.outlet AS value, a.outlet AS label, count(*) AS count FROM h JOIN articles a ON a.key = h.key
       WHERE a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY count DESC, a.outlet COLLATE "C" LIMIT ${FACET_SIZE}),
     hist AS (
       SELECT substr(a.day, 1, 7) AS date, count(*) AS count FROM h JOIN articles a ON a.key = h.key
       WHERE a.day IS NOT NULL GROUP BY 1)
     SELECT (SELECT count(*) FROM h) AS total,
       (SELECT json_agg(json_build_object('value', value, 'label', label, 'count', count) ORDER BY count DESC, value COLLATE "C") FROM ent) AS entities,
       (SELECT json_agg(json_build_object('value', value, 'label', label, 'count', count) ORDER BY count DESC, value COLLATE "C") FROM spk) AS speakers,
       (SELECT json_agg(json_build_object('value', value, 'label', label, 'count', count) ORDER BY count DESC, value COLLATE "C") FROM typ) AS types,
       (SELECT json_agg(json_build_object('value', value, 'label', label, 'count', count) ORDER BY count DESC, value COLLATE "C") FROM outl) AS outlets,
       (SELECT json_agg(json_build_object('date', date, 'count', count) ORDER BY date COLLATE "C") FROM hist) AS histogram`,
    [...hits.params],
  );
  const row = result.rows[0];
  return {
    total: Number(row?.total ?? 0),
    facets: {
      entities: row?.entities ?? [],
      speakers: row?.speakers ?? [],
      types: row?.types ?? [],
      outlets: row?.outlets ?? [],
      histogram: row?.histogram ?? [],
    },
  };
}
