/**
 * Facets of a result set: the matching article ids go once into a temporary table, and each facet
 * is one GROUP BY joined to it, so the FTS query runs once however many facets are asked.
 */
import type { FacetCount, Facets } from "../types.js";
import type { SqliteDb } from "./connect.js";

/** Values listed per facet. */
export const FACET_SIZE = 20;

const EMPTY: Facets = { entities: [], speakers: [], types: [], outlets: [], histogram: [] };

/**
 * Facets and total of the articles `hits` selects (SQL giving one id column), or of nothing when
 * `hits` is null.
 */
export function computeFacets(
  db: SqliteDb,
  hits: { readonly sql: string; readonly params: readonly (string | number)[] } | null,
): { total: number; facets: Facets } {
  if (hits === null) return { total: 0, facets: EMPTY };
  db.exec("CREATE TEMP TABLE IF NOT EXISTS facet_hits (id INTEGER PRIMARY KEY)");
  db.exec("DELETE FROM temp.facet_hits");
  try {
    const total = db
      .prepare(`INSERT OR IGNORE INTO temp.facet_hits (id) ${hits.sql}`)
      .run(...hits.params).changes;
    const counts = (sql: string) =>
      db.prepare<[], { value: string; label: string; count: number }>(sql).all();
    const entities = counts(
      `SELECT e.key AS value, e.name AS label, c.n AS count FROM
         (SELECT ae.entity, count(DISTINCT ae.article) AS n FROM temp.facet_hits h
          JOIN article_entities ae ON ae.article = h.id GROUP BY ae.entity ORDER BY n DESC LIMIT ${FACET_SIZE}) c
       JOIN entities e ON e.id = c.entity ORDER BY c.n DESC, e.key`,
    );
    const speakers = counts(
      `SELECT c.speaker AS value, ifnull(e.name, c.speaker) AS label, c.n AS count FROM
         (SELECT q.speaker, count(DISTINCT q.article) AS n FROM temp.facet_hits h
          JOIN quotes q ON q.article = h.id WHERE q.speaker IS NOT NULL GROUP BY q.speaker ORDER BY n DESC LIMIT ${FACET_SIZE}) c
       LEFT JOIN entities e ON e.key = c.speaker ORDER BY c.n DESC, c.speaker`,
    );
    const types = counts(
      `SELECT ev.type AS value, ev.type AS label, count(DISTINCT ev.article) AS count FROM temp.facet_hits h
       JOIN events ev ON ev.article = h.id GROUP BY ev.type ORDER BY count DESC, ev.type LIMIT ${FACET_SIZE}`,
    );
    const outlets = counts(
      `SELECT a.outlet AS value, a.outlet AS label, count(*) AS count FROM temp.facet_hits h
       JOIN articles a ON a.id = h.id WHERE a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY count DESC, a.outlet LIMIT ${FACET_SIZE}`,
    );
    const histogram = db
      .prepare<[], { date: string; count: number }>(
        `SELECT substr(a.day, 1, 7) AS date, count(*) AS count FROM temp.facet_hits h
         JOIN articles a ON a.id = h.id WHERE a.day IS NOT NULL GROUP BY date ORDER BY date`,
      )
      .all();
    return {
      total,
      facets: {
        entities: plain(entities),
        speakers: plain(speakers),
        types: plain(types),
        outlets: plain(outlets),
        histogram,
      },
    };
  } finally {
    db.exec("DELETE FROM temp.facet_hits");
  }
}

function plain(rows: readonly { value: string; label: string; count: number }[]): FacetCount[] {
  return rows.map((row) => ({ value: row.value, label: row.label, count: row.count }));
}
