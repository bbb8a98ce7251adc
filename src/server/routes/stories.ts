/** GET /api/stories and /api/stories/:id: clusters of articles telling the same story. */
import { Hono } from "hono";
import { z } from "zod";
import { ApiError } from "../errors.js";
import { pageParams, parseId, parseQuery, rangeParams } from "../params.js";
import type { ApiDeps, RouteDoc } from "../route-doc.js";
import { storyDetailSchema, storyListingSchema } from "../schemas.js";

export const storiesQuery = z.strictObject({ ...rangeParams, ...pageParams });

const noQuery = z.strictObject({});

export const storyDocs: readonly RouteDoc[] = [
  {
    method: "get",
    path: "/api/stories",
    summary: "List stories (near-duplicates and the same story across outlets)",
    query: storiesQuery,
    response: storyListingSchema,
    errors: [400],
  },
  {
    method: "get",
    path: "/api/stories/{id}",
    summary: "One story with its member articles",
    pathParams: { id: "Story id" },
    response: storyDetailSchema,
    errors: [400, 404],
  },
];

export function storyRoutes({ store }: ApiDeps): Hono {
  return new Hono()
    .get("/", async (c) => c.json(await store.stories(parseQuery(c, storiesQuery))))
    .get("/:id", async (c) => {
      parseQuery(c, noQuery);
      const id = parseId(c, "id");
      const story = await store.story(id);
      if (!story) throw new ApiError(404, "story.not-found", `no story with id ${id}`);
      return c.json(story);
    });
}
