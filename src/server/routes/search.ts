/** GET /api/search: full-text search with filters, facets and a date histogram. */
import { Hono } from "hono";
import { z } from "zod";
import { pageParams, parseQuery, rangeParams, textParam } from "../params.js";
import type { ApiDeps, RouteDoc } from "../route-doc.js";
import { searchResultSchema } from "../schemas.js";

export const searchQuery = z.strictObject({
  q: textParam(
    'Words (matched on their folded, clitic-stripped key), "quoted phrases", or Latin names',
    500,
  ).optional(),
  entity: textParam("Entity id, or a name or alias").optional(),
  speaker: textParam("Entity id or name of a quoted speaker").optional(),
  type: textParam("PLOVER event type, e.g. KILL", 40).optional(),
  outlet: textParam("News outlet").optional(),
  ...rangeParams,
  ...pageParams,
  facets: z
    .enum(["1", "0", "true", "false"], { error: "must be 1 or 0" })
    .optional()
    .describe("1 adds facets (entities, speakers, types, outlets) and the monthly histogram"),
});

export const searchDocs: readonly RouteDoc[] = [
  {
    method: "get",
    path: "/api/search",
    summary: "Search articles",
    query: searchQuery,
    response: searchResultSchema,
    errors: [400],
  },
];

export function searchRoutes({ store }: ApiDeps): Hono {
  return new Hono().get("/", async (c) => {
    const { q, facets, ...rest } = parseQuery(c, searchQuery);
    const result = await store.search({
      ...rest,
      ...(q === undefined ? {} : { text: q }),
      facets: facets === "1" || facets === "true",
    });
    return c.json(result);
  });
}
