/** GET /api/quotes: who said what, citable by article and offsets. */
import { Hono } from "hono";
import { z } from "zod";
import { pageParams, parseQuery, rangeParams, textParam } from "../params.js";
import type { ApiDeps, RouteDoc } from "../route-doc.js";
import { quoteListingSchema } from "../schemas.js";

export const quotesQuery = z.strictObject({
  speaker: textParam("Entity id or name of the speaker").optional(),
  about: textParam("Entity id or name mentioned inside the quote").optional(),
  q: textParam("Words in the quote", 500).optional(),
  ...rangeParams,
  ...pageParams,
});

export const quoteDocs: readonly RouteDoc[] = [
  {
    method: "get",
    path: "/api/quotes",
    summary: "List quotes by speaker, subject, words and date",
    query: quotesQuery,
    response: quoteListingSchema,
    errors: [400],
  },
];

export function quoteRoutes({ store }: ApiDeps): Hono {
  return new Hono().get("/", async (c) => {
    const { q, ...rest } = parseQuery(c, quotesQuery);
    return c.json(await store.quotes({ ...rest, ...(q === undefined ? {} : { text: q }) }));
  });
}
