/**
 * @module server
 * The Hono app behind `marsad serve`: the JSON API under /api, /openapi.json, /healthz and the
 * built web UI. `createApp` only builds it, so tests call `app.request()` without listening.
 * Order of the layers, outermost first: errors → security headers → CORS → access → ETag and
 * compression → routes.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { Resources } from "../resources/index.js";
import type { Store } from "../store/types.js";
import { DEFAULT_MAX_BODY } from "./body.js";
import { ApiError, errorHandler, sendError, type LogLine } from "./errors.js";
import { openApiDocument } from "./openapi.js";
import { articlePrerenderer } from "./prerender.js";
import { representation } from "./representation.js";
import type { ApiDeps, RouteDoc } from "./route-doc.js";
import { analyzeDocs, analyzeRoutes } from "./routes/analyze.js";
import { articleDocs, articleRoutes } from "./routes/articles.js";
import { entityDocs, entityRoutes } from "./routes/entities.js";
import { eventDocs, eventRoutes } from "./routes/events.js";
import { quoteDocs, quoteRoutes } from "./routes/quotes.js";
import { searchDocs, searchRoutes } from "./routes/search.js";
import { statsDocs, statsRoutes } from "./routes/stats.js";
import { storyDocs, storyRoutes } from "./routes/stories.js";
import { corsFor, requireLoopbackHost, requireToken, securityHeaders } from "./security.js";
import { staticFiles } from "./static.js";

export interface AppOptions {
  readonly store: Store;
  readonly resources: Resources;
  /** Cap on request bodies in bytes; default 2 MiB. */
  readonly maxBody?: number;
  /** Access token required on every route; null or absent: none, and only loopback hosts answered. */
  readonly token?: string | null;
  /** Origins allowed by CORS; absent or empty: no CORS. */
  readonly cors?: readonly string[];
  /** Folder of the built UI (web/dist); null or absent: a page saying how to build it. */
  readonly webRoot?: string | null;
  /** Server log for failures; default standard error. */
  readonly log?: LogLine;
}

/** Every documented route, in the order of /openapi.json. */
export const ROUTE_DOCS: readonly RouteDoc[] = [
  ...searchDocs,
  ...articleDocs,
  ...entityDocs,
  ...quoteDocs,
  ...eventDocs,
  ...storyDocs,
  ...statsDocs,
  ...analyzeDocs,
  {
    method: "get",
    path: "/healthz",
    summary: "Liveness check",
    response: z.object({ status: z.literal("ok") }),
    errors: [],
  },
  {
    method: "get",
    path: "/openapi.json",
    summary: "This document",
    response: z.object({ openapi: z.string() }).loose(),
    errors: [],
  },
];

/** Answers other methods on a known path with 405 and the Allow header (HEAD comes with GET). */
function methodNotAllowed(app: Hono): void {
  const allowed = new Map<string, Set<string>>();
  for (const route of app.routes) {
    if (route.method === "ALL" || route.path.includes("*")) continue;
    const methods = allowed.get(route.path) ?? new Set<string>();
    methods.add(route.method);
    if (route.method === "GET") methods.add("HEAD");
    allowed.set(route.path, methods);
  }
  for (const [path, methods] of allowed) {
    const allow = [...methods].join(", ");
    app.all(path, (c) => {
      throw new ApiError(
        405,
        "method.not-allowed",
        `${c.req.method} is not allowed on ${path}; use ${allow}`,
        {
          Allow: allow,
        },
      );
    });
  }
}

function noRoute(c: Context): Response {
  return sendError(
    c,
    404,
    "route.not-found",
    `no route for ${c.req.method} ${c.req.path}; see /openapi.json`,
  );
}

/** Builds the app; nothing listens until src/server/listen.ts hands it to a server. */
export function createApp(options: AppOptions): Hono {
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const deps: ApiDeps = {
    store: options.store,
    resources: options.resources,
    maxBody: options.maxBody ?? DEFAULT_MAX_BODY,
  };
  const openapi = JSON.stringify(openApiDocument(ROUTE_DOCS));
  const app = new Hono();
  app.onError(errorHandler(log));
  app.notFound(noRoute);
  app.use(securityHeaders());
  if (options.cors && options.cors.length > 0) app.use(corsFor(options.cors));
  app.use(options.token ? requireToken(options.token) : requireLoopbackHost());
  app.use(representation());
  // JSON answers revalidate with their ETag rather than being reused blindly.
  app.use("/api/*", async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.res.headers.set("Cache-Control", "no-cache");
  });

  app.get("/healthz", (c) => c.json({ status: "ok" }, 200, { "Cache-Control": "no-store" }));
  app.get("/openapi.json", (c) =>
    c.body(openapi, 200, { "Content-Type": "application/json", "Cache-Control": "no-cache" }),
  );
  app.route("/api/search", searchRoutes(deps));
  app.route("/api/articles", articleRoutes(deps));
  app.route("/api/entities", entityRoutes(deps));
  app.route("/api/quotes", quoteRoutes(deps));
  app.route("/api/events", eventRoutes(deps));
  app.route("/api/stories", storyRoutes(deps));
  app.route("/api/stats", statsRoutes(deps));
  app.route("/api/analyze", analyzeRoutes(deps));
  methodNotAllowed(app);
  app.all("/api/*", noRoute);
  const webRoot = options.webRoot ?? null;
  app.get(
    "*",
    staticFiles(webRoot, webRoot === null ? null : articlePrerenderer(options.store, webRoot, log)),
  );
  return app;
}
