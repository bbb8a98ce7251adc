/**
 * The shared rows (src/store/rows.ts) as the JSON objects PostgreSQL's json_populate_recordset
 * reads: keys are column names, arrays become text[], tsvectors and bytea travel as their text
 * input forms. A whole batch of one table is one parameter, so a put costs a handful of
 * statements whatever its size.
 */
import { signatureToBytes } from "../../search/index.js";
import type { ArticleRows } from "../rows.js";
import type { PutPlan } from "./plan-put.js";

/** Positions PostgreSQL keeps per lexeme, and the highest position it stores. */
const MAX_POSITIONS = 256;
const MAX_POSITION = 16383;

function quoteLexeme(word: string): string {
  return /['\\]/.test(word) ? word.replace(/['\\]/g, (c) => `\\${c}`) : word;
}

/**
 * A tsvector literal of index terms given in reading order: each distinct term once with its
 * positions ('key':3,17 …). Marsad has folded the terms already; building the literal here rather
 * than calling to_tsvector keeps PostgreSQL's parser from re-splitting a term and makes position
 * i exactly term i. Terms come merged and sorted, so the server's own sort finds little to do.
 */
export function tsvectorLiteral(terms: string): string {
  if (terms === "") return "";
  const positions = new Map<string, number[]>();
  const words = terms.split(" ");
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // An entity without a Latin name leaves an empty key; PostgreSQL refuses an empty lexeme.
    if (word === "") continue;
    const list = positions.get(word);
    const position = Math.min(i + 1, MAX_POSITION);
    if (list === undefined) positions.set(word, [position]);
    else if (list.length < MAX_POSITIONS && list[list.length - 1] !== position) list.push(position);
  }
  const keys = [...positions.keys()].sort();
  return keys.map((key) => `'${quoteLexeme(key)}':${positions.get(key)!.join(",")}`).join(" ");
}

/** A tsquery literal quoting one term: a phrase is these joined with <->, clauses with & and !. */
export function tsqueryTerm(term: string): string {
  return `'${quoteLexeme(term)}'`;
}

/** bytea in PostgreSQL's hex input form. */
export function byteaHex(bytes: Uint8Array): string {
  let hex = "\\x";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

export function articleJson(rows: ArticleRows, story: string, ingested: string): Record<string, unknown> {
  const a = rows.article;
  return {
    key: a.id,
    story,
    title: a.title,
    published: a.published,
    day: a.day,
    url: a.url,
    outlet: a.outlet,
    source: a.source,
    canonical_url: a.canonicalUrl,
    content_hash: a.contentHash,
    text: a.text,
    // UTF-16 code units, as the interface counts (char_length would count code points).
    length: a.text.length,
    extra: a.extra,
    provenance: a.provenance,
    signature: rows.signature === null ? null : byteaHex(signatureToBytes(rows.signature)),
    ingested,
    terms: tsvectorLiteral(rows.terms),
    latin: tsvectorLiteral(rows.latinTerms),
  };
}

/** Rows of every table that hangs off an article, for a batch of new articles. */
export interface ChildRows {
  entities: Record<string, unknown>[];
  aliases: Record<string, unknown>[];
  articleEntities: Record<string, unknown>[];
  quotes: Record<string, unknown>[];
  times: Record<string, unknown>[];
  events: Record<string, unknown>[];
  lsh: Record<string, unknown>[];
}

export function emptyChildRows(): ChildRows {
  return { entities: [], aliases: [], articleEntities: [], quotes: [], times: [], events: [], lsh: [] };
}

/** Adds one new article's child rows; `seq` is its row number (LSH buckets order by it). */
export function addChildRows(into: ChildRows, rows: ArticleRows, seq: string): void {
  const article = rows.article.id;
  for (const e of rows.entities) {
    into.entities.push({
      key: e.entity,
      type: e.type,
      name: e.name,
      latin: e.latin,
      name_key: e.nameKey,
      latin_key: e.latinKey,
    });
    e.aliasKeys.forEach((key, i) =>
      into.aliases.push({ key, entity: e.entity, text: e.aliases?.[i] ?? key }),
    );
    into.articleEntities.push({
      article,
      idx: e.index,
      entity: e.entity,
      type: e.type,
      name: e.name,
      latin: e.latin,
      aliases: e.aliases === null ? null : JSON.stringify(e.aliases),
      role_start: e.role?.start ?? null,
      role_end: e.role?.end ?? null,
      role_text: e.roleText,
      mentions: e.mentions,
      mention_count: e.mentionCount,
    });
  }
  for (const q of rows.quotes) {
    into.quotes.push({
      article,
      idx: q.index,
      start_at: q.start,
      end_at: q.end,
      kind: q.kind,
      direct: q.direct,
      cue_start: q.cue?.start ?? null,
      cue_end: q.cue?.end ?? null,
      has_speaker: q.hasSpeaker,
      speaker: q.speakerEntity,
      speaker_start: q.speakerSpan?.start ?? null,
      speaker_end: q.speakerSpan?.end ?? null,
      speaker_text: q.speakerText,
      setting_start: q.setting?.start ?? null,
      setting_end: q.setting?.end ?? null,
      about: [...new Set(q.about)],
      terms: tsvectorLiteral(q.terms),
    });
  }
  for (const t of rows.times) {
    into.times.push({
      article,
      idx: t.index,
      start_at: t.start,
      end_at: t.end,
      type: t.type,
      value: t.value,
      mod: t.mod,
      calendar: t.calendar,
      hijri: t.hijri,
      anchor: t.anchor,
      resolved: t.resolved,
    });
  }
  for (const e of rows.events) {
    into.events.push({
      article,
      idx: e.index,
      type: e.type,
      trigger_start: e.trigger.start,
      trigger_end: e.trigger.end,
      actors: e.actors,
      targets: e.targets,
      place: e.place,
      time: e.time,
      confidence: e.confidence,
      sentence: e.sentence,
      polarity: e.polarity,
      modality: e.modality,
      quoted: e.quoted,
      date: e.date,
      day: e.day,
      mentions: e.mentions,
    });
  }
  for (const band of new Set(rows.bands)) into.lsh.push({ band, article: seq });
}

/**
 * The whole write of a put, one statement: new articles ($1, in content-hash order so two puts
 * inserting overlapping batches take their locks in one order), their entities and aliases (key
 * order, for the same reason; the first writer's name and type become the entity's own, as in
 * SQLite), layer rows and LSH bands, and duplicates ($9). If a concurrent writer stored one of
 * the articles first, check_inserted fails the statement, so nothing of it is kept.
 */
export const WRITE_ARTICLES = `
WITH
  ins AS (INSERT INTO articles (seq, key, story, title, published, day, url, outlet, source, canonical_url,
            content_hash, text, length, extra, provenance, signature, ingested, terms, latin)
          SELECT seq, key, story, title, published, day, url, outlet, source, canonical_url,
            content_hash, text, length, extra, provenance, signature, ingested, terms, latin
          FROM json_populate_recordset(NULL::articles, $1::json)
          ON CONFLICT DO NOTHING RETURNING 1),
  e AS (INSERT INTO entities SELECT * FROM json_populate_recordset(NULL::entities, $2::json) ON CONFLICT DO NOTHING),
  al AS (INSERT INTO aliases SELECT * FROM json_populate_recordset(NULL::aliases, $3::json) ON CONFLICT DO NOTHING),
  ae AS (INSERT INTO article_entities SELECT * FROM json_populate_recordset(NULL::article_entities, $4::json)),
  q AS (INSERT INTO quotes SELECT * FROM json_populate_recordset(NULL::quotes, $5::json)),
  t AS (INSERT INTO times SELECT * FROM json_populate_recordset(NULL::times, $6::json)),
  ev AS (INSERT INTO events SELECT * FROM json_populate_recordset(NULL::events, $7::json)),
  l AS (INSERT INTO lsh SELECT * FROM json_populate_recordset(NULL::lsh, $8::json) ON CONFLICT DO NOTHING),
  d AS (INSERT INTO duplicates (key, article, by, canonical_url, source)
        SELECT key, article, by, canonical_url, source FROM json_populate_recordset(NULL::duplicates, $9::json)
        ON CONFLICT DO NOTHING)
SELECT check_inserted($10, (SELECT count(*) FROM ins))`;

/** The first row of each key, in key order (the lock order every put follows). */
function firstByKey(
  rows: readonly Record<string, unknown>[],
  keyOf: (row: Record<string, unknown>) => string,
) {
  const first = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const key = keyOf(row);
    if (!first.has(key)) first.set(key, row);
  }
  return [...first.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
}

/** The parameters of WRITE_ARTICLES; `seqs` are the new articles' row numbers, in batch order. */
export function writeParams(plan: PutPlan, seqs: readonly string[], ingested: string): unknown[] {
  const children = emptyChildRows();
  plan.added.forEach(({ rows }, i) => addChildRows(children, rows, seqs[i]!));
  const articles = plan.added
    .map(({ rows, story }, i) => ({
      hash: rows.article.contentHash,
      row: { seq: seqs[i], ...articleJson(rows, story, ingested) },
    }))
    .sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0))
    .map(({ row }) => row);
  const entities = firstByKey(children.entities, (row) => String(row["key"]));
  const aliases = firstByKey(
    children.aliases,
    (row) => `${String(row["key"])}\u0000${String(row["entity"])}`,
  );
  const tables: readonly (readonly object[])[] = [
    articles,
    entities,
    aliases,
    children.articleEntities,
    children.quotes,
    children.times,
    children.events,
    children.lsh,
    plan.duplicates,
  ];
  return [...tables.map((rows) => JSON.stringify(rows)), plan.added.length];
}
