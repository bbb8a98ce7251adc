/**
 * The store boundary: one interface, two backends (sqlite/, postgres/), one contract test suite.
 * Every answer carries article ids and character offsets (UTF-16, half-open, 0-based, as in the
 * document model) so a client can cite the exact characters of its source.
 * Methods are async because the PostgreSQL backend is; the SQLite one resolves at once.
 */
import type { EntityType, MarsadRecord, Mention, QuoteKind, Span } from "../doc/index.js";
import type { ArticleRows } from "./rows.js";

/** What `put` did with one record. */
export interface PutResult {
  /** The stored article's id (the record's id; for a duplicate, the id of the copy kept). */
  readonly id: string;
  readonly status: "added" | "duplicate";
  /** Why it was a duplicate: same normalized content hash, or same canonical URL. */
  readonly duplicateBy?: "content" | "url";
  /** Story cluster the article belongs to (near-duplicates and the same story across outlets). */
  readonly story: string;
}

/** One line of a search result or listing: what a result list shows without the whole record. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly story: string;
  /** Length of the cleaned text in UTF-16 code units. */
  readonly length: number;
}

/** A stored article: its whole record (text and every layer) plus where the store put it. */
export interface StoredArticle {
  readonly record: MarsadRecord;
  readonly story: string;
  /** ISO date-time of the first ingest. */
  readonly ingested: string;
}

export interface Page {
  /** Default 20, at most 200. */
  readonly limit?: number;
  readonly offset?: number;
}

/** Dates are ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), inclusive, compared with `meta.published`. */
export interface DateRange {
  readonly from?: string;
  readonly to?: string;
}

export interface SearchQuery extends Page, DateRange {
  /**
   * Free text: words match their folded, clitic-stripped key (سوريا finds وسوريا, لسوريا);
   * "quoted phrases" match consecutive words; Latin text also matches entities' Latin names.
   */
  readonly text?: string;
  /** Entity id, or a name/alias resolved to entity ids. */
  readonly entity?: string;
  /** Entity id or name of a quoted speaker. */
  readonly speaker?: string;
  /** PLOVER event type, e.g. "KILL". */
  readonly type?: string;
  readonly outlet?: string;
  /** Compute facets and the date histogram (costs a little more). */
  readonly facets?: boolean;
}

export interface SearchHit {
  readonly article: ArticleSummary;
  readonly score: number;
  /** A window of the article's text around the best match, with match spans relative to the snippet. */
  readonly snippet: { readonly text: string; readonly start: number; readonly highlights: readonly Span[] };
}

export interface FacetCount {
  readonly value: string;
  /** Display label (entity name, outlet name); equals value when there is nothing better. */
  readonly label: string;
  readonly count: number;
}

export interface Facets {
  readonly entities: readonly FacetCount[];
  readonly speakers: readonly FacetCount[];
  readonly types: readonly FacetCount[];
  readonly outlets: readonly FacetCount[];
  /** Article counts per month (YYYY-MM) of `published`, ascending. */
  readonly histogram: readonly { readonly date: string; readonly count: number }[];
  /**
   * Set when the facets count only a sample of the results (e.g. the SQLite store counts the
   * newest 2,000 matches): the number of articles counted, fewer than the result's `total`.
   */
  readonly sample?: number;
}

export interface SearchResult {
  readonly total: number;
  readonly hits: readonly SearchHit[];
  readonly facets?: Facets;
}

export interface EntityQuery extends Page {
  /** Name, alias or Latin name prefix/contains match, folded. */
  readonly text?: string;
  readonly type?: EntityType;
}

export interface EntitySummary {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly latin: string;
  /** Articles that mention it. */
  readonly articles: number;
  readonly mentions: number;
}

/** A mention of an entity in one article, citable by offsets. */
export interface EntityMention extends Mention {
  readonly article: string;
}

export interface QuoteRow {
  readonly article: string;
  /** Index of the quote in the article's quotes layer. */
  readonly index: number;
  readonly content: Mention;
  readonly kind: QuoteKind;
  readonly cue: Mention | null;
  readonly speaker: {
    readonly entity: string | null;
    readonly text: string;
    readonly name: string | null;
  } | null;
  /** The sentence(s) holding the quote, for context. */
  readonly context: Mention;
  readonly published: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
}

export interface QuoteQuery extends Page, DateRange {
  /** Entity id or name of the speaker. */
  readonly speaker?: string;
  /** Entity id or name mentioned inside the quote's content. */
  readonly about?: string;
  readonly text?: string;
}

export interface EventRow {
  readonly article: string;
  readonly index: number;
  readonly type: string;
  readonly trigger: Mention;
  readonly actors: readonly { readonly id: string; readonly name: string }[];
  readonly targets: readonly { readonly id: string; readonly name: string }[];
  readonly place: { readonly id: string; readonly name: string } | null;
  /** TIMEX3 value dating the event, else null. */
  readonly time: string | null;
  /** The date used on a timeline: the event's own time when it is a full or partial date, else the article's. */
  readonly date: string | null;
  readonly confidence: number | null;
  readonly context: Mention;
  readonly title: string | null;
  readonly outlet: string | null;
}

export interface EventQuery extends Page, DateRange {
  readonly type?: string;
  /** Entity id or name as actor or target. */
  readonly entity?: string;
  /** Entity id or name of the place. */
  readonly place?: string;
}

export interface EntityDetail extends EntitySummary {
  readonly aliases: readonly string[];
  /** Roles and titles seen (رئيس أركان…), most frequent first. */
  readonly roles: readonly { readonly text: string; readonly count: number }[];
  /** Mentioning articles per month (YYYY-MM of published), ascending. */
  readonly timeline: readonly { readonly date: string; readonly count: number }[];
  readonly quotesBy: readonly QuoteRow[];
  readonly quotesAbout: readonly QuoteRow[];
  /** Entities mentioned in the same articles, by shared article count. */
  readonly cooccurring: readonly (EntitySummary & { readonly shared: number })[];
  readonly events: readonly EventRow[];
  /** A few mentions with their article, most recent first. */
  readonly recentMentions: readonly EntityMention[];
}

export interface StorySummary {
  readonly id: string;
  /** Title of the earliest article of the story. */
  readonly title: string | null;
  readonly articles: number;
  readonly outlets: readonly string[];
  readonly first: string | null;
  readonly last: string | null;
}

export interface StoryDetail extends StorySummary {
  readonly members: readonly ArticleSummary[];
}

export interface Listing<T> {
  readonly total: number;
  readonly items: readonly T[];
}

export interface StoreStats {
  readonly articles: number;
  readonly duplicates: number;
  readonly stories: number;
  readonly entities: number;
  readonly quotes: number;
  readonly events: number;
  /** Characters of cleaned text stored. */
  readonly textChars: number;
}

/** One backend. Implementations: `openSqliteStore`, `openPostgresStore`. */
export interface Store {
  readonly kind: "sqlite" | "postgres";
  /**
   * Stores records in one transaction: each is added, or recognised as a duplicate (same content
   * hash or canonical URL) and not stored twice. Idempotent: putting the same record again changes
   * nothing. Near-duplicates join the story of the article they resemble.
   */
  put(records: readonly MarsadRecord[]): Promise<readonly PutResult[]>;
  /**
   * `put` for records already flattened by `recordToRows` (from src/store/rows.ts), e.g. in the
   * analysis worker threads, so the writing thread spends its time on the database alone. Optional:
   * without it, callers use `put`.
   */
  putRows?(rows: readonly ArticleRows[]): Promise<readonly PutResult[]>;
  /** True when an article with this canonical URL or source key was already ingested (for resuming). */
  hasSource(key: string): Promise<boolean>;
  getArticle(id: string): Promise<StoredArticle | null>;
  search(query: SearchQuery): Promise<SearchResult>;
  entities(query: EntityQuery): Promise<Listing<EntitySummary>>;
  entity(id: string): Promise<EntityDetail | null>;
  quotes(query: QuoteQuery): Promise<Listing<QuoteRow>>;
  events(query: EventQuery): Promise<Listing<EventRow>>;
  stories(query: Page & DateRange): Promise<Listing<StorySummary>>;
  story(id: string): Promise<StoryDetail | null>;
  /** Every stored article's record, in ingest order, for export. */
  records(): AsyncIterable<StoredArticle>;
  stats(): Promise<StoreStats>;
  /** Checks internal consistency (every article indexed once, no orphan rows); returns problems found. */
  check(): Promise<readonly string[]>;
  close(): Promise<void>;
}
