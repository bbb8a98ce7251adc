/** GET /api/events: typed events (PLOVER) with actors, targets, place and date. */
import { Hono } from "hono";
import { z } from "zod";
import { pageParams, parseQuery, rangeParams, textParam } from "../params.js";
import type { ApiDeps, RouteDoc } from "../route-doc.js";
import { eventListingSchema } from "../schemas.js";

export const eventsQuery = z.strictObject({
  type: textParam("PLOVER event type, e.g. KILL", 40).optional(),
  entity: textParam("Entity id or name as actor or target").optional(),
  place: textParam("Entity id or name of the place").optional(),
  ...rangeParams,
  ...pageParams,
});

export const eventDocs: readonly RouteDoc[] = [
  {
    method: "get",
    path: "/api/events",
    summary: "List events by type, participant, place and date",
    query: eventsQuery,
    response: eventListingSchema,
    errors: [400],
  },
];

export function eventRoutes({ store }: ApiDeps): Hono {
  return new Hono().get("/", async (c) => c.json(await store.events(parseQuery(c, eventsQuery))));
}
