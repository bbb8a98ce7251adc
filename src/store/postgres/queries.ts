/** The read side of the PostgreSQL store: one function per Store query, over one pool. */
import type pg from "pg";
import type { TermResources } from "../../search/index.js";
import type { Store } from "../types.js";
import { entityDetail, listEntities } from "./entities.js";
import { listEvents } from "./events.js";
import { listQuotes } from "./quotes.js";
import type { EntityResolver } from "./resolve-entities.js";
import { searchArticles } from "./search.js";
import { getStory, listStories } from "./stories.js";

export type StoreQueries = Pick<
  Store,
  "search" | "entities" | "entity" | "quotes" | "events" | "stories" | "story"
>;

export function createQueries(db: pg.Pool, resources: TermResources, resolve: EntityResolver): StoreQueries {
  return {
    search: (query) => searchArticles(db, resources, resolve, query),
    entities: (query) => listEntities(db, resources, query),
    entity: (id) => entityDetail(db, resources, id),
    quotes: (query) => listQuotes(db, resources, resolve, query),
    events: (query) => listEvents(db, resolve, query),
    stories: (query) => listStories(db, query),
    story: (id) => getStory(db, id),
  };
}
