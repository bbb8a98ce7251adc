/** GET /api/entities and /api/entities/:id: people, organisations and places across articles. */
import { Hono } from "hono";
import { z } from "zod";
import { ApiError } from "../errors.js";
import { pageParams, parseId, parseQuery, textParam } from "../params.js";
import type { ApiDeps, RouteDoc } from "../route-doc.js";
import { entityDetailSchema, entityListingSchema, entityTypeSchema } from "../schemas.js";

export const entitiesQuery = z.strictObject({
  q: textParam("Name, alias or Latin name, folded; prefix or contained").optional(),
  type: z
    .enum(entityTypeSchema.options, { error: `must be one of ${entityTypeSchema.options.join(", ")}` })
    .optional()
    .describe("Entity type"),
  ...pageParams,
});

const noQuery = z.strictObject({});

export const entityDocs: readonly RouteDoc[] = [
  {
    method: "get",
    path: "/api/entities",
    summary: "List entities by name or type",
    query: entitiesQuery,
    response: entityListingSchema,
    errors: [400],
  },
  {
    method: "get",
    path: "/api/entities/{id}",
    summary:
      "One entity: aliases, roles, mentions over time, quotes by and about, co-occurring entities, events",
    pathParams: { id: 'Entity id, URL-encoded (e.g. "PER:باركر", "kb:un")' },
    response: entityDetailSchema,
    errors: [400, 404],
  },
];

export function entityRoutes({ store }: ApiDeps): Hono {
  return new Hono()
    .get("/", async (c) => {
      const { q, ...rest } = parseQuery(c, entitiesQuery);
      return c.json(await store.entities({ ...rest, ...(q === undefined ? {} : { text: q }) }));
    })
    .get("/:id", async (c) => {
      parseQuery(c, noQuery);
      const id = parseId(c, "id");
      const entity = await store.entity(id);
      if (!entity) throw new ApiError(404, "entity.not-found", `no entity with id ${id}`);
      return c.json(entity);
    });
}
