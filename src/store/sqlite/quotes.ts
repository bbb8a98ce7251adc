/** The quotes listing: by speaker, by entity mentioned inside, by words of the quote, by date. */
import {
  dayBounds,
  indexTerms,
  parseQuery,
  type IndexTerm,
  type ParsedQuery,
  type QueryClause,
  type TermResources,
} from "../../search/index.js";
import { mentionAt } from "../read-rows.js";
import type { Listing, QuoteQuery, QuoteRow } from "../types.js";
import { marks } from "./article-filter.js";
import type { SqliteDb } from "./connect.js";
import { articleContexts, sentenceContext } from "./context.js";
import { pageOf } from "../page.js";
import type { EntityResolver } from "./resolve-entities.js";
import { span } from "./read-article.js";

/** Quote filters with names already resolved to entity ids. */
export interface QuoteFilter {
  /** Entity ids of the speaker. */
  readonly speakers?: readonly string[];
  /** Entity row ids mentioned inside the quote. */
  readonly about?: readonly number[];
  readonly text?: string;
  readonly from?: string;
  readonly to?: string;
}

interface QuoteSql {
  article: number;
  article_key: string;
  idx: number;
  start: number;
  end: number;
  kind: string;
  cue_start: number | null;
  cue_end: number | null;
  has_speaker: number;
  speaker: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_text: string | null;
  speaker_name: string | null;
  published: string | null;
  title: string | null;
  outlet: string | null;
}

/** True when the quote's words hold every wanted phrase in order and no excluded one. */
function quoteMatches(terms: readonly IndexTerm[], parsed: ParsedQuery): boolean {
  const keys = terms.map((term) => term.key);
  const has = (phrase: readonly string[]) =>
    keys.some((_, i) => phrase.every((word, k) => keys[i + k] === word));
  return parsed.clauses.every((clause) => clause.variants.some(has) !== clause.negated);
}

export function listQuotes(
  db: SqliteDb,
  resources: TermResources,
  resolve: EntityResolver,
  query: QuoteQuery,
): Listing<QuoteRow> {
  const given = (value: string | undefined) =>
    value === undefined || value === "" ? undefined : resolve(value);
  const speakers = given(query.speaker)?.map((entity) => entity.key);
  const about = given(query.about)?.map((entity) => entity.row);
  return quotesWhere(db, resources, { ...query, speakers, about }, query);
}

export function quotesWhere(
  db: SqliteDb,
  resources: TermResources,
  filter: QuoteFilter,
  page: { limit?: number; offset?: number },
): Listing<QuoteRow> {
  const { limit, offset } = pageOf(page);
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.speakers !== undefined) {
    where.push(`q.speaker IN (${marks(filter.speakers.length)})`);
    params.push(...filter.speakers);
  }
  if (filter.about !== undefined) {
    where.push(`q.id IN (SELECT quote FROM quote_about WHERE entity IN (${marks(filter.about.length)}))`);
    params.push(...filter.about);
  }
  // The quote index keeps no positions: it is asked for every word, and phrases and exclusions are
  // then checked on each candidate quote's own words.
  const parsed = parseQuery(filter.text ?? "", resources);
  const wanted = parsed.clauses.filter((clause) => !clause.negated);
  const exact = parsed.clauses.every(
    (clause) => !clause.negated && clause.variants.every((terms) => terms.length === 1),
  );
  if (wanted.length > 0) {
    // Each clause: any of its readings' words (a superset; phrases are confirmed below).
    const any = (clause: QueryClause) =>
      `(${[...new Set(clause.variants.flat())].map((word) => `"${word}"`).join(" OR ")})`;
    where.push("q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)");
    params.push(wanted.map(any).join(" AND "));
  }
  const { from, until } = dayBounds(filter);
  if (from !== null) {
    where.push("a.day >= ?");
    params.push(from);
  }
  if (until !== null) {
    where.push("a.day < ?");
    params.push(until);
  }
  const body = `FROM quotes q JOIN articles a ON a.id = q.article WHERE ${where.length === 0 ? "1" : where.join(" AND ")}`;
  const select = `SELECT q.article, a.key AS article_key, q.idx, q.start, q.end, q.kind, q.cue_start, q.cue_end,
      q.has_speaker, q.speaker, q.speaker_start, q.speaker_end, q.speaker_text,
      (SELECT name FROM entities e WHERE e.key = q.speaker) AS speaker_name, a.published, a.title, a.outlet
    ${body} ORDER BY a.day IS NULL, a.day DESC, q.article DESC, q.idx`;
  let total: number;
  let rows: QuoteSql[];
  if (exact) {
    total = db.prepare<(string | number)[], { n: number }>(`SELECT count(*) AS n ${body}`).get(...params)!.n;
    rows = db
      .prepare<(string | number)[], QuoteSql>(`${select} LIMIT ? OFFSET ?`)
      .all(...params, limit, offset);
  } else {
    const all = db.prepare<(string | number)[], QuoteSql>(select).all(...params);
    const contents = articleContexts(
      db,
      all.map((row) => row.article),
    );
    const matching = all.filter((row) =>
      quoteMatches(indexTerms(contents.get(row.article)!.text.slice(row.start, row.end), resources), parsed),
    );
    total = matching.length;
    rows = matching.slice(offset, offset + limit);
  }
  const contexts = articleContexts(
    db,
    rows.map((row) => row.article),
  );
  const items = rows.map((row): QuoteRow => {
    const context = contexts.get(row.article)!;
    const speakerSpan = span(row.speaker_start, row.speaker_end);
    return {
      article: row.article_key,
      index: row.idx,
      content: mentionAt(context.text, row),
      kind: row.kind as QuoteRow["kind"],
      cue:
        row.cue_start === null || row.cue_end === null
          ? null
          : mentionAt(context.text, { start: row.cue_start, end: row.cue_end }),
      speaker:
        row.has_speaker === 1
          ? {
              entity: row.speaker,
              text:
                row.speaker_text ?? (speakerSpan === null ? "" : mentionAt(context.text, speakerSpan).text),
              name: row.speaker_name,
            }
          : null,
      context: sentenceContext(context, row),
      published: row.published,
      title: row.title,
      outlet: row.outlet,
    };
  });
  return { total, items };
}
