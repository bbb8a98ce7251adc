/**
 * The quotes listing, as src/store/sqlite/quotes.ts: by speaker, by entity mentioned inside, by
 * words of the quote, by date; newest articles first (undated last), quotes in reading order.
 */
import type pg from "pg";
import { dayBounds, parseQuery, type TermResources } from "../../search/index.js";
import { mentionAt } from "../read-rows.js";
import type { QuoteKind } from "../../doc/index.js";
import type { Listing, QuoteQuery, QuoteRow } from "../types.js";
import { articleContexts, sentenceContext } from "./context.js";
import { pageOf } from "../page.js";
import { Params } from "./params.js";
import { span } from "./read-article.js";
import type { EntityResolver } from "./resolve-entities.js";
import { clauseQuery } from "./search.js";

/** Quote filters with names already resolved to entity ids. */
export interface QuoteFilter {
  readonly speakers?: readonly string[];
  readonly about?: readonly string[];
  readonly text?: string;
  readonly from?: string;
  readonly to?: string;
}

interface QuoteSql {
  article: string;
  idx: number;
  start_at: number;
  end_at: number;
  kind: QuoteKind;
  cue_start: number | null;
  cue_end: number | null;
  has_speaker: boolean;
  speaker: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_text: string | null;
  speaker_name: string | null;
  published: string | null;
  title: string | null;
  outlet: string | null;
}

export async function listQuotes(
  db: pg.Pool,
  resources: TermResources,
  resolve: EntityResolver,
  query: QuoteQuery,
): Promise<Listing<QuoteRow>> {
  const keys = async (value: string | undefined) =>
    value === undefined || value === "" ? undefined : resolve(value);
  return quotesWhere(
    db,
    resources,
    { ...query, speakers: await keys(query.speaker), about: await keys(query.about) },
    query,
  );
}

export async function quotesWhere(
  db: pg.Pool,
  resources: TermResources,
  filter: QuoteFilter,
  page: { limit?: number; offset?: number },
): Promise<Listing<QuoteRow>> {
  const { limit, offset } = pageOf(page);
  const params = new Params();
  const where: string[] = [];
  if (filter.speakers !== undefined) where.push(`q.speaker = ANY(${params.add(filter.speakers)}::text[])`);
  if (filter.about !== undefined) where.push(`q.about && ${params.add(filter.about)}::text[]`);
  const parsed = parseQuery(filter.text ?? "", resources);
  if (parsed.clauses.some((clause) => !clause.negated)) {
    for (const clause of parsed.clauses) {
      // Positions are kept, so phrases and exclusions are checked by the index (SQLite re-reads the words).
      const matches = `q.terms @@ ${params.add(clauseQuery(clause))}::tsquery`;
      where.push(clause.negated ? `NOT ${matches}` : matches);
    }
  }
  const { from, until } = dayBounds(filter);
  if (from !== null) where.push(`a.day >= ${params.add(from)}`);
  if (until !== null) where.push(`a.day < ${params.add(until)}`);
  const body = `FROM quotes q JOIN articles a ON a.key = q.article WHERE ${where.length === 0 ? "true" : where.join(" AND ")}`;
  const counted = await db.query<{ n: string }>(`SELECT count(*) AS n ${body}`, params.values);
  const total = Number(counted.rows[0]?.n ?? 0);
  const found = await db.query<QuoteSql>(
    `SELECT q.article, q.idx, q.start_at, q.end_at, q.kind, q.cue_start, q.cue_end, q.has_speaker,
       q.speaker, q.speaker_start, q.speaker_end, q.speaker_text,
       (SELECT name FROM entities e WHERE e.key = q.speaker) AS speaker_name,
       a.published, a.title, a.outlet
     ${body} ORDER BY a.day IS NULL, a.day DESC, a.seq DESC, q.idx LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
    params.values,
  );
  const contexts = await articleContexts(
    db,
    found.rows.map((row) => row.article),
  );
  const items = found.rows.map((row): QuoteRow => {
    const context = contexts.get(row.article)!;
    const content = { start: row.start_at, end: row.end_at };
    const speakerSpan = span(row.speaker_start, row.speaker_end);
    const cue = span(row.cue_start, row.cue_end);
    return {
      article: row.article,
      index: row.idx,
      content: mentionAt(context.text, content),
      kind: row.kind,
      cue: cue === null ? null : mentionAt(context.text, cue),
      speaker: row.has_speaker
        ? {
            entity: row.speaker,
            text: row.speaker_text ?? (speakerSpan === null ? "" : mentionAt(context.text, speakerSpan).text),
            name: row.speaker_name,
          }
        : null,
      context: sentenceContext(context, content),
      published: row.published,
      title: row.title,
      outlet: row.outlet,
    };
  });
  return { total, items };
}
