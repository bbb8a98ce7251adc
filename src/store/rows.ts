/**
 * A record as backend-neutral rows, and back (`recordFromRows` in read-rows.ts). The text is stored
 * once; every layer row keeps offsets only and its surface is re-read as `text.slice(start, end)`,
 * so what comes back cites the same characters and the database stays small. Also derived here,
 * once for both backends: duplicate keys, index terms, the MinHash signature and its LSH bands.
 *
 * Omissions: the `tokens` layer is not stored (it is derived from the text; re-run the tokenizer).
 */
import {
  spansWithin,
  type Entity,
  type MarsadRecord,
  type NewsEvent,
  type Quote,
  type Span,
  type TimeExpression,
} from "../doc/index.js";
import { encodeSpans } from "./span-codec.js";
import {
  canonicalUrl,
  contentHash,
  indexTerms,
  lshBandKeys,
  minhashSignature,
  nameKey,
  publishedDay,
  type IndexTerm,
  type TermResources,
} from "../search/index.js";

/** The article itself: text, searchable metadata, and the rest of the record as JSON. */
export interface ArticleRow {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly published: string | null;
  /** `published` as YYYY-MM-DD (see `publishedDay`), for date filters and histograms. */
  readonly day: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly source: string | null;
  readonly canonicalUrl: string | null;
  readonly contentHash: string;
  /** JSON of `ArticleExtra`. */
  readonly extra: string;
  /** JSON of the record's provenance: identical across a run, so backends may store it once. */
  readonly provenance: string;
}

/** What the record holds besides text, columns and layer rows. */
export interface ArticleExtra {
  readonly version: string;
  /** Meta fields other than title/published/url/outlet/source, as in the record. */
  readonly meta: Readonly<Record<string, unknown>>;
  /** Whether `meta.source` was present (null and absent differ in a record). */
  readonly hasSource: boolean;
  readonly media: MarsadRecord["media"];
  /** Sentence spans flattened: start0, end0, start1, end1, … */
  readonly sentences: readonly number[];
  readonly notes: MarsadRecord["notes"];
}

export interface ArticleEntityRow {
  /** Position in the record's entities layer. */
  readonly index: number;
  readonly entity: string;
  readonly type: Entity["type"];
  readonly name: string;
  readonly latin: string;
  /** Null when the record had no `aliases` field (absent and empty differ). */
  readonly aliases: readonly string[] | null;
  readonly role: Span | null;
  /** The role's surface, kept for counting roles across articles without reading their texts. */
  readonly roleText: string | null;
  /** Mention spans, `encodeSpans` form. */
  readonly mentions: string;
  readonly mentionCount: number;
  /** Look-up keys (`nameKey`) of the name, the Latin name and each alias (parallel to `aliases`). */
  readonly nameKey: string;
  readonly latinKey: string;
  readonly aliasKeys: readonly string[];
}

export interface ArticleQuoteRow {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly kind: Quote["kind"];
  readonly direct: boolean;
  readonly cue: Span | null;
  readonly hasSpeaker: boolean;
  readonly speakerEntity: string | null;
  readonly speakerSpan: Span | null;
  /** The speaker's text when it is not `text.slice(speakerSpan)` (no span, or a different form). */
  readonly speakerText: string | null;
  readonly setting: Span | null;
  /** Entity ids with a mention inside the quote's content (for "quotes about"). */
  readonly about: readonly string[];
  /** Index terms of the quote's content, space-separated (for searching quotes). */
  readonly terms: string;
}

export interface ArticleTimeRow {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly type: TimeExpression["type"];
  readonly value: string;
  readonly mod: TimeExpression["mod"] | null;
  readonly calendar: TimeExpression["calendar"] | null;
  readonly hijri: string | null;
  readonly anchor: TimeExpression["anchor"] | null;
  readonly resolved: boolean | null;
}

export interface ArticleEventRow {
  readonly index: number;
  readonly type: string;
  readonly trigger: Span;
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly place: string | null;
  readonly time: string | null;
  readonly confidence: number | null;
  readonly sentence: number | null;
  readonly polarity: NewsEvent["polarity"] | null;
  readonly modality: NewsEvent["modality"] | null;
  readonly quoted: boolean | null;
  /** Mention spans, `encodeSpans` form; null when the record had no `mentions` (before events@3). */
  readonly mentions: string | null;
  /** Timeline date: `time` when it is a (partial) calendar date, else the article's day. */
  readonly date: string | null;
  /** `date` as YYYY-MM-DD, for date filters. */
  readonly day: string | null;
}

/** Everything a backend writes for one record. */
export interface ArticleRows {
  readonly article: ArticleRow;
  readonly entities: readonly ArticleEntityRow[];
  readonly quotes: readonly ArticleQuoteRow[];
  readonly times: readonly ArticleTimeRow[];
  readonly events: readonly ArticleEventRow[];
  /** Index terms of the text, space-separated, in order (`termString`). */
  readonly terms: string;
  /** Index terms of the Latin names of the entities mentioned, so Latin queries find them. */
  readonly latinTerms: string;
  /** MinHash signature of the text's terms, null for a text without words. */
  readonly signature: Uint32Array | null;
  /** LSH band keys of the signature (empty without one). */
  readonly bands: readonly number[];
  /**
   * The text as the SQLite store keeps it (deflated, sqlite/text-codec.ts), when an analysis
   * worker made it ahead so the writing thread does not spend its time compressing.
   */
  readonly packedText?: Uint8Array;
  /**
   * `article.text.length`, given with `packedText` when the worker leaves `article.text` empty: the
   * SQLite store needs only the packed text and its length, and the text was half of each message.
   */
  readonly textLength?: number;
}

export { encodeSpans, decodeSpans } from "./span-codec.js";

const ARTICLE_META = new Set(["title", "published", "url", "outlet", "source"]);

/** Flattens a record into rows (tokens are dropped: see the module comment). */
export function recordToRows(record: MarsadRecord, resources: TermResources): ArticleRows {
  const { text, meta } = record;
  const rest = Object.fromEntries(Object.entries(meta).filter(([name]) => !ARTICLE_META.has(name)));
  const extra: ArticleExtra = {
    version: record.version,
    meta: rest,
    hasSource: "source" in meta,
    media: record.media,
    sentences: record.sentences.flatMap((span) => [span.start, span.end]),
    notes: record.notes,
  };
  const indexed = indexTerms(text, resources);
  const terms = indexed.map((term) => term.key);
  const signature = minhashSignature(terms);
  const day = publishedDay(meta.published);
  const entities = record.entities.map((entity, index) => entityRow(entity, index, resources));
  return {
    article: {
      id: record.id,
      text,
      title: meta.title,
      published: meta.published,
      day,
      url: meta.url,
      outlet: meta.outlet,
      source: meta.source ?? null,
      canonicalUrl: canonicalUrl(meta.url),
      contentHash: contentHash(text),
      extra: JSON.stringify(extra),
      provenance: JSON.stringify(record.provenance),
    },
    entities,
    quotes: record.quotes.map((quote, index) => quoteRow(quote, index, text, record.entities, indexed)),
    times: record.times.map(timeRow),
    events: record.events.map((event, index) => eventRow(event, index, day)),
    terms: terms.join(" "),
    latinTerms: entities.map((entity) => entity.latinKey).join(" "),
    signature,
    bands: signature === null ? [] : lshBandKeys(signature),
  };
}

function entityRow(entity: Entity, index: number, resources: TermResources): ArticleEntityRow {
  return {
    index,
    entity: entity.id,
    type: entity.type,
    name: entity.name,
    latin: entity.latin,
    aliases: entity.aliases ?? null,
    role: entity.role === undefined ? null : { start: entity.role.start, end: entity.role.end },
    roleText: entity.role?.text ?? null,
    mentions: encodeSpans(entity.mentions),
    mentionCount: entity.mentions.length,
    nameKey: nameKey(entity.name, resources),
    latinKey: nameKey(entity.latin, resources),
    aliasKeys: (entity.aliases ?? []).map((alias) => nameKey(alias, resources)),
  };
}

function quoteRow(
  quote: Quote,
  index: number,
  text: string,
  entities: readonly Entity[],
  indexed: readonly IndexTerm[],
): ArticleQuoteRow {
  const speaker = quote.speaker;
  const span =
    speaker?.start === undefined || speaker.end === undefined
      ? null
      : { start: speaker.start, end: speaker.end };
  const sameText = span !== null && text.slice(span.start, span.end) === speaker?.text;
  return {
    index,
    start: quote.start,
    end: quote.end,
    kind: quote.kind,
    direct: quote.direct,
    cue: quote.cue === null ? null : { start: quote.cue.start, end: quote.cue.end },
    hasSpeaker: speaker !== null,
    speakerEntity: speaker?.entity ?? null,
    speakerSpan: span,
    speakerText: speaker === null || sameText ? null : speaker.text,
    setting: quote.setting === undefined ? null : { start: quote.setting.start, end: quote.setting.end },
    about: entities
      .filter((entity) =>
        entity.mentions.some((mention) => mention.start >= quote.start && mention.end <= quote.end),
      )
      .map((entity) => entity.id),
    terms: spansWithin(indexed, quote.start, quote.end)
      .filter((term) => term.start >= quote.start && term.end <= quote.end)
      .map((term) => term.key)
      .join(" "),
  };
}

function timeRow(time: TimeExpression, index: number): ArticleTimeRow {
  return {
    index,
    start: time.start,
    end: time.end,
    type: time.type,
    value: time.value,
    mod: time.mod ?? null,
    calendar: time.calendar ?? null,
    hijri: time.hijri ?? null,
    anchor: time.anchor ?? null,
    resolved: time.resolved ?? null,
  };
}

/** YYYY, YYYY-MM or YYYY-MM-DD at the start of a TIMEX3 value (weeks, seasons and X's are not dates). */
const CALENDAR_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T)/;

function eventRow(event: NewsEvent, index: number, articleDay: string | null): ArticleEventRow {
  const own = event.time === null ? null : (CALENDAR_DATE.exec(event.time)?.[0] ?? null);
  const date = own ?? articleDay;
  return {
    index,
    type: event.type,
    trigger: { start: event.trigger.start, end: event.trigger.end },
    actors: event.actors,
    targets: event.targets,
    place: event.place,
    time: event.time,
    confidence: event.confidence ?? null,
    sentence: event.sentence ?? null,
    polarity: event.polarity ?? null,
    modality: event.modality ?? null,
    quoted: event.quoted ?? null,
    mentions: event.mentions === undefined ? null : encodeSpans(event.mentions),
    date,
    day: publishedDay(date),
  };
}
