/** GET /api/articles/:id: one stored article with its text and every layer. */
import { Hono } from "hono";
import { z } from "zod";
import { ApiError } from "../errors.js";
import { parseId, parseQuery } from "../params.js";
import type { ApiDeps, RouteDoc } from "../route-doc.js";
import { storedArticleSchema } from "../schemas.js";

const noQuery = z.strictObject({});

export const articleDocs: readonly RouteDoc[] = [
  {
    method: "get",
    path: "/api/articles/{id}",
    summary: "One article: its record (text and all layers), story and ingest time",
    pathParams: { id: "Article id (the record's id)" },
    response: storedArticleSchema,
    errors: [400, 404],
  },
];

export function articleRoutes({ store }: ApiDeps): Hono {
  return new Hono().get("/:id", async (c) => {
    parseQuery(c, noQuery);
    const id = parseId(c, "id");
    const article = await store.getArticle(id);
    if (!article) throw new ApiError(404, "article.not-found", `no article with id ${id}`);
    return c.json(article);
  });
}
