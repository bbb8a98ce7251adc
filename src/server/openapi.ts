/**
 * /openapi.json (OpenAPI 3.1), generated from the zod schemas the routes validate with and the
 * response schemas in schemas.ts; the record's schema is schema/record.schema.json itself.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { MARSAD_VERSION } from "../pipeline/version.js";
import type { RouteDoc } from "./route-doc.js";
import { components, recordSchema } from "./schemas.js";

type Json = Record<string, unknown>;

const REF = "#/components/schemas/";

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: "Bad parameter, malformed JSON or invalid body",
  401: "Access token missing or wrong (servers started with --token)",
  403: "Host not allowed (servers without a token answer only on localhost)",
  404: "Not found",
  413: "Request body over the size limit",
  415: "Unsupported Content-Type",
  422: "The article cannot be read (empty, binary, undecodable)",
  500: "Server failure; details in the server log",
};

/** The record schema, its internal references re-pointed into the components. */
function recordComponent(): Json {
  const raw = readFileSync(new URL("../../schema/record.schema.json", import.meta.url), "utf8");
  const { $schema, $id, ...schema } = JSON.parse(
    raw.replaceAll('"#/$defs/', `"${REF}MarsadRecord/$defs/`),
  ) as Json;
  void $schema;
  void $id;
  return schema;
}

/** A schema as JSON Schema: a $ref for named schemas and the record, else inline. */
function toSchema(schema: z.ZodType, io: "input" | "output"): Json {
  if (schema === recordSchema) return { $ref: `${REF}MarsadRecord` };
  const id = components.get(schema)?.id;
  if (id !== undefined) return { $ref: `${REF}${id}` };
  const { $schema, ...json } = z.toJSONSchema(schema, { io, ...refsToComponents });
  void $schema;
  return json;
}

/** Options that turn named schemas met inside another one into $refs, and the record into its $ref. */
const refsToComponents = {
  metadata: components,
  unrepresentable: "any" as const,
  uri: (id: string) => `${REF}${id}`,
  override: (ctx: { zodSchema: z.core.$ZodType; jsonSchema: Json }) => {
    // `.describe()` files descriptions in zod's global registry, which `metadata` replaces here.
    const description = z.globalRegistry.get(ctx.zodSchema)?.description;
    if (description !== undefined && ctx.jsonSchema.description === undefined)
      ctx.jsonSchema.description = description;
    // A custom schema converts to {} (unrepresentable: "any"), so a $ref is all it holds.
    if (ctx.zodSchema === recordSchema) ctx.jsonSchema.$ref = `${REF}MarsadRecord`;
  },
};

function parameters(route: RouteDoc): Json[] {
  const path = Object.entries(route.pathParams ?? {}).map(([name, description]) => ({
    name,
    in: "path",
    required: true,
    description,
    schema: { type: "string" },
  }));
  const query = Object.entries(route.query?.shape ?? {}).map(([name, field]) => {
    const { description, ...schema } = toSchema(field as z.ZodType, "input");
    const required = !(field as z.ZodType).safeParse(undefined).success;
    return { name, in: "query", required, ...(description ? { description } : {}), schema };
  });
  return [...path, ...query];
}

function operation(route: RouteDoc): Json {
  const errors = [...new Set([...route.errors, 401, 403, 500])].sort();
  const responses: Json = {
    200: {
      description: "OK",
      content: { "application/json": { schema: toSchema(route.response, "output") } },
    },
  };
  if (route.method === "get")
    responses[304] = { description: "Not modified (If-None-Match matched the ETag)" };
  for (const status of errors) {
    responses[status] = {
      description: STATUS_TEXT[status] ?? "Error",
      content: { "application/json": { schema: { $ref: `${REF}Error` } } },
    };
  }
  const body = route.body && {
    required: true,
    content: Object.fromEntries(
      Object.entries(route.body).map(([type, schema]) => [type, { schema: toSchema(schema, "input") }]),
    ),
  };
  return {
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    parameters: parameters(route),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

/** The whole document for the given routes. */
export function openApiDocument(routes: readonly RouteDoc[]): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) paths[route.path] = { ...paths[route.path], [route.method]: operation(route) };
  const named = z.toJSONSchema(components, { io: "output", ...refsToComponents }).schemas;
  const schemas: Record<string, Json> = { MarsadRecord: recordComponent() };
  for (const [id, schema] of Object.entries(named)) {
    const { $schema, $id, ...rest } = schema as Json;
    void $schema;
    void $id;
    schemas[id] = rest;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Marsad API",
      version: MARSAD_VERSION,
      description:
        "Arabic news analysed into entities, quotes, times, events and stories. Offsets are half-open [start, end) in UTF-16 code units of the article text. Errors are {error: {code, message}}.",
    },
    servers: [{ url: "/" }],
    security: [{}, { bearerAuth: [] }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: "Needed when the server was started with a token",
        },
      },
    },
  };
}
