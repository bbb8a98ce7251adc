/**
 * Facets of a result set: the matching article ids go once into a temporary table, and each facet
 * is one GROUP BY joined to it, so the FTS query runs once however many facets are asked. The
 * caller bounds the ids (search passes a sample of the newest matches): counting every match of a
 * common word on 100,000 articles took most of a second. CROSS JOIN keeps the sample as the outer
 * loop: knowing nothing of the temporary table's size, SQLite otherwise scanned the whole entity,
 * quote or date index and probed the sample, a cost growing with the store rather than the sample.
 */
import type { FacetCount, Facets } from "../types.js";
import type { SqliteDb } from "./connect.js";
import { cachedStatement } from "./statements.js";

/** Values listed per facet. */
export const FACET_SIZE = 20;

const EMPTY: Facets = { entities: [], speakers: [], types: [], outlets: [], histogram: [] };

/**
 * Facets of the articles `hits` selects (SQL giving one id column), or of nothing when `hits` is
 * null. `total` is the size of the whole result: when fewer ids were counted, `sample` says how many.
 */
export function computeFacets(
  db: SqliteDb,
  hits: { readonly sql: string; readonly params: readonly (string | number)[] } | null,
  total: number,
): Facets {
  if (hits === null) return EMPTY;
  db.exec("CREATE TEMP TABLE IF NOT EXISTS facet_hits (id INTEGER PRIMARY KEY)");
  db.exec("DELETE FROM temp.facet_hits");
  try {
    const counted = cachedStatement<(string | number)[], unknown>(
      db,
      `INSERT OR IGNORE INTO temp.facet_hits (id) ${hits.sql}`,
    ).run(...hits.params).changes;
    const counts = (sql: string) =>
      cachedStatement<[], { value: string; label: string; count: number }>(db, sql).all();
    const entities = counts(
      `SELECT e.key AS value, e.name AS label, c.n AS count FROM
         (SELECT ae.entity, count(DISTINCT ae.article) AS n FROM temp.facet_hits h
          CROSS JOIN article_entities ae ON ae.article = h.id GROUP BY ae.entity ORDER BY n DESC LIMIT ${FACET_SIZE}) c
       JOIN entities e ON e.id = c.entity ORDER BY c.n DESC, e.key`,
    );
    const speakers = counts(
      `SELECT c.speaker AS value, ifnull(e.name, c.speaker) AS label, c.n AS count FROM
         (SELECT q.speaker, count(DISTINCT q.article) AS n FROM temp.facet_hits h
          CROSS JOIN quotes q ON q.article = h.id WHERE q.speaker IS NOT NULL GROUP BY q.speaker ORDER BY n DESC LIMIT ${FACET_SIZE}) c
       LEFT JOIN entities e ON e.key = c.speaker ORDER BY c.n DESC, c.speaker`,
    );
    const types = counts(
      `SELECT ev.type AS value, ev.type AS label, count(DISTINCT ev.article) AS count FROM temp.facet_hits h
       CROSS JOIN events ev ON ev.article = h.id GROUP BY ev.type ORDER BY count DESC, ev.type LIMIT ${FACET_SIZE}`,
    );
    const outlets = counts(
      `SELECT a.outlet AS value, a.outlet AS label, count(*) AS count FROM temp.facet_hits h
       CROSS JOIN articles a ON a.id = h.id WHERE a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY count DESC, a.outlet LIMIT ${FACET_SIZE}`,
    );
    const histogram = cachedStatement<[], { date: string; count: number }>(
      db,
      `SELECT substr(a.day, 1, 7) AS date, count(*) AS count FROM temp.facet_hits h
         CROSS JOIN articles a ON a.id = h.id WHERE a.day IS NOT NULL GROUP BY date ORDER BY date`,
    ).all();
    return {
      entities: plain(entities),
      speakers: plain(speakers),
      types: plain(types),
      outlets: plain(outlets),
      histogram,
      ...(counted < total ? { sample: counted } : {}),
    };
  } finally {
    db.exec("DELETE FROM temp.facet_hits");
  }
}

function plain(rows: readonly { value: string; label: string; count: number }[]): FacetCount[] {
  return rows.map((row) => ({ value: row.value, label: row.label, count: row.count }));
}
