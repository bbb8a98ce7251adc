/**
 * Response schemas for /openapi.json, mirrored from src/store/types.ts. They are never run against
 * responses; instead the compile-time checks at the end fail the build when a store type and its
 * schema drift apart. The record itself is described by schema/record.schema.json.
 */
import { z } from "zod";
import type { MarsadRecord } from "../doc/index.js";
import type * as store from "../store/types.js";

/** Every named schema, as OpenAPI components; `id` is the component name. */
export const components = z.registry<{ id: string }>();

function named<T extends z.ZodType>(id: string, schema: T): T {
  components.add(schema, { id });
  return schema;
}

const text = z.string();
const nullable = z.string().nullable();
const count = z.number().int().min(0);

export const spanSchema = named("Span", z.object({ start: count, end: count }));
export const mentionSchema = named("Mention", z.object({ start: count, end: count, text }));
export const entityTypeSchema = named("EntityType", z.enum(["PER", "ORG", "LOC", "MISC"]));

/** Stands for schema/record.schema.json, which openapi.ts puts in the components under this name. */
export const recordSchema = z.custom<DeepWritable<MarsadRecord>>();

export const errorSchema = named(
  "Error",
  z.object({ error: z.object({ code: text.describe("Stable code, area.problem"), message: text }) }),
);

export const articleSummarySchema = named(
  "ArticleSummary",
  z.object({
    id: text,
    title: nullable,
    published: nullable,
    url: nullable,
    outlet: nullable,
    story: text,
    length: count.describe("Length of the cleaned text in UTF-16 code units"),
  }),
);

export const storedArticleSchema = named(
  "StoredArticle",
  z.object({
    record: recordSchema,
    story: text,
    ingested: text.describe("ISO date-time of the first ingest"),
  }),
);

const facetCount = named("FacetCount", z.object({ value: text, label: text, count }));
const dateCount = named("DateCount", z.object({ date: text.describe("YYYY-MM"), count }));

export const searchResultSchema = named(
  "SearchResult",
  z.object({
    total: count,
    hits: z.array(
      z.object({
        article: articleSummarySchema,
        score: z.number(),
        snippet: z.object({
          text,
          start: count.describe("Offset of the snippet in the article text"),
          highlights: z.array(spanSchema).describe("Match spans relative to the snippet"),
        }),
      }),
    ),
    facets: named(
      "Facets",
      z.object({
        entities: z.array(facetCount),
        speakers: z.array(facetCount),
        types: z.array(facetCount),
        outlets: z.array(facetCount),
        histogram: z.array(dateCount).describe("Article counts per month of publication, ascending"),
      }),
    ).optional(),
  }),
);

const entitySummaryShape = {
  id: text,
  type: entityTypeSchema,
  name: text,
  latin: text,
  articles: count,
  mentions: count,
};
export const entitySummarySchema = named("EntitySummary", z.object(entitySummaryShape));

export const quoteRowSchema = named(
  "QuoteRow",
  z.object({
    article: text,
    index: count.describe("Index of the quote in the article's quotes layer"),
    content: mentionSchema,
    kind: z.enum(["direct", "indirect", "mixed"]),
    cue: mentionSchema.nullable(),
    speaker: z.object({ entity: nullable, text, name: nullable }).nullable(),
    context: mentionSchema.describe("The sentence(s) holding the quote"),
    published: nullable,
    title: nullable,
    outlet: nullable,
  }),
);

const entityRef = z.object({ id: text, name: text });
export const eventRowSchema = named(
  "EventRow",
  z.object({
    article: text,
    index: count,
    type: text.describe("PLOVER category"),
    trigger: mentionSchema,
    actors: z.array(entityRef),
    targets: z.array(entityRef),
    place: entityRef.nullable(),
    time: nullable.describe("TIMEX3 value dating the event"),
    date: nullable.describe("Date used on a timeline"),
    confidence: z.number().nullable(),
    context: mentionSchema,
    title: nullable,
    outlet: nullable,
  }),
);

export const entityDetailSchema = named(
  "EntityDetail",
  z.object({
    ...entitySummaryShape,
    aliases: z.array(text),
    roles: z.array(z.object({ text, count })),
    timeline: z.array(dateCount),
    quotesBy: z.array(quoteRowSchema),
    quotesAbout: z.array(quoteRowSchema),
    cooccurring: z.array(z.object({ ...entitySummaryShape, shared: count })),
    events: z.array(eventRowSchema),
    recentMentions: z.array(z.object({ start: count, end: count, text, article: text })),
  }),
);

const storySummaryShape = {
  id: text,
  title: nullable,
  articles: count,
  outlets: z.array(text),
  first: nullable,
  last: nullable,
};
export const storySummarySchema = named("StorySummary", z.object(storySummaryShape));
export const storyDetailSchema = named(
  "StoryDetail",
  z.object({ ...storySummaryShape, members: z.array(articleSummarySchema) }),
);

/** A page of items with the total before paging. */
export function listingSchema<T extends z.ZodType>(id: string, item: T) {
  return named(id, z.object({ total: count, items: z.array(item) }));
}
export const entityListingSchema = listingSchema("EntityListing", entitySummarySchema);
export const quoteListingSchema = listingSchema("QuoteListing", quoteRowSchema);
export const eventListingSchema = listingSchema("EventListing", eventRowSchema);
export const storyListingSchema = listingSchema("StoryListing", storySummarySchema);

export const statsSchema = named(
  "StoreStats",
  z.object({
    articles: count,
    duplicates: count,
    stories: count,
    entities: count,
    quotes: count,
    events: count,
    textChars: count.describe("Characters of cleaned text stored"),
  }),
);

// Compile-time mirror checks: each schema's output and its store type accept each other.
type DeepWritable<T> = T extends readonly (infer U)[]
  ? DeepWritable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepWritable<T[K]> }
    : T;
type Mirrors<Type, Schema extends z.ZodType> = [DeepWritable<Type>] extends [z.output<Schema>]
  ? [z.output<Schema>] extends [DeepWritable<Type>]
    ? true
    : false
  : false;
const mirrored: readonly true[] = [
  true satisfies Mirrors<store.ArticleSummary, typeof articleSummarySchema>,
  true satisfies Mirrors<store.StoredArticle, typeof storedArticleSchema>,
  true satisfies Mirrors<store.SearchResult, typeof searchResultSchema>,
  true satisfies Mirrors<store.Listing<store.EntitySummary>, typeof entityListingSchema>,
  true satisfies Mirrors<store.EntityDetail, typeof entityDetailSchema>,
  true satisfies Mirrors<store.Listing<store.QuoteRow>, typeof quoteListingSchema>,
  true satisfies Mirrors<store.Listing<store.EventRow>, typeof eventListingSchema>,
  true satisfies Mirrors<store.Listing<store.StorySummary>, typeof storyListingSchema>,
  true satisfies Mirrors<store.StoryDetail, typeof storyDetailSchema>,
  true satisfies Mirrors<store.StoreStats, typeof statsSchema>,
];
void mirrored;
