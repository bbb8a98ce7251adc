/**
 * What each route file tells /openapi.json about its routes: the same zod schemas it validates
 * with, so the document cannot drift from the checks.
 */
import type { z } from "zod";
import type { Resources } from "../resources/index.js";
import type { Store } from "../store/types.js";

/** What the route factories need, passed in (no module-level state). */
export interface ApiDeps {
  readonly store: Store;
  readonly resources: Resources;
  /** Cap on request bodies in bytes. */
  readonly maxBody: number;
}

export interface RouteDoc {
  readonly method: "get" | "post";
  /** OpenAPI form: /api/entities/{id}. */
  readonly path: string;
  readonly summary: string;
  readonly description?: string;
  readonly query?: z.ZodObject;
  /** Path parameters: name → description. */
  readonly pathParams?: Readonly<Record<string, string>>;
  /** Request bodies by media type. */
  readonly body?: Readonly<Record<string, z.ZodType>>;
  readonly response: z.ZodType;
  /** Error statuses besides the ones every route can give (401, 403, 500). */
  readonly errors: readonly number[];
}
