/** GET /api/stats: counts of what the store holds. */
import { Hono } from "hono";
import { z } from "zod";
import { parseQuery } from "../params.js";
import type { ApiDeps, RouteDoc } from "../route-doc.js";
import { statsSchema } from "../schemas.js";

const noQuery = z.strictObject({});

export const statsDocs: readonly RouteDoc[] = [
  {
    method: "get",
    path: "/api/stats",
    summary: "Counts of articles, duplicates, stories, entities, quotes, events and characters stored",
    response: statsSchema,
    errors: [400],
  },
];

export function statsRoutes({ store }: ApiDeps): Hono {
  return new Hono().get("/", async (c) => {
    parseQuery(c, noQuery);
    return c.json(await store.stats());
  });
}
