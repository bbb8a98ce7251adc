import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { testApp } from "./setup.js";

const { app } = testApp();

type Json = Record<string, unknown>;

interface OpenApi {
  readonly paths: Record<string, Record<string, Json>>;
  readonly components: { readonly schemas: Json };
}

async function openapi(): Promise<OpenApi> {
  return (await (await app.request("/openapi.json")).json()) as OpenApi;
}

/** The app's own routes (method, OpenAPI path), leaving out middleware, catch-alls and 405 answers. */
function appRoutes(): string[] {
  const routes = app.routes
    .filter((route) => route.method !== "ALL" && !route.path.includes("*"))
    .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, "{$1}")}`);
  return [...new Set(routes)].sort();
}

describe("/openapi.json", () => {
  test("documents exactly the routes the app has", async () => {
    const doc = await openapi();
    const documented = Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`))
      .sort();
    assert.deepEqual(documented, appRoutes());
    assert.ok(documented.includes("get /api/entities/{id}"));
    assert.ok(documented.includes("post /api/analyze"));
  });

  test("every query parameter a route accepts is documented with a schema, and no other", async () => {
    const doc = await openapi();
    const search = doc.paths["/api/search"]!.get!;
    const names = (search.parameters as { name: string; in: string; schema: Json }[]).map((p) => p.name);
    assert.deepEqual(names, [
      "q",
      "entity",
      "speaker",
      "type",
      "outlet",
      "from",
      "to",
      "limit",
      "offset",
      "facets",
    ]);
    const limit = (search.parameters as { name: string; schema: Json; description?: string }[]).find(
      (p) => p.name === "limit",
    )!;
    assert.deepEqual(
      {
        type: limit.schema.type,
        minimum: limit.schema.minimum,
        maximum: limit.schema.maximum,
        default: limit.schema.default,
      },
      { type: "integer", minimum: 1, maximum: 200, default: 20 },
    );
    assert.ok(limit.description);
    // A documented parameter is accepted; an undocumented one is refused.
    for (const name of names) {
      const value =
        name === "limit"
          ? "5"
          : name === "offset"
            ? "0"
            : name === "facets"
              ? "1"
              : name === "from" || name === "to"
                ? "2024"
                : "x";
      assert.equal((await app.request(`/api/search?${name}=${value}`)).status, 200, name);
    }
  });

  test("every $ref points at a schema in the document", async () => {
    const doc = await openapi();
    const text = JSON.stringify(doc);
    const refs = [...text.matchAll(/"\$ref":"#\/([^"]+)"/g)].map((match) => match[1]!);
    assert.ok(refs.length > 20);
    for (const ref of new Set(refs)) {
      let node: unknown = doc;
      for (const part of ref.split("/")) node = (node as Json | undefined)?.[part];
      assert.ok(node && typeof node === "object", `unresolved #/${ref}`);
    }
  });

  test("responses name their schemas; the record is schema/record.schema.json", async () => {
    const doc = await openapi();
    const content = (path: string, method: string) =>
      (
        (doc.paths[path]![method]!.responses as Json)["200"] as {
          content: { "application/json": { schema: Json } };
        }
      ).content["application/json"].schema;
    assert.deepEqual(content("/api/search", "get"), { $ref: "#/components/schemas/SearchResult" });
    assert.deepEqual(content("/api/analyze", "post"), { $ref: "#/components/schemas/MarsadRecord" });
    const record = doc.components.schemas.MarsadRecord as { required: string[] };
    assert.ok(record.required.includes("entities"));
    const stored = doc.components.schemas.StoredArticle as { properties: { record: Json } };
    assert.deepEqual(stored.properties.record, { $ref: "#/components/schemas/MarsadRecord" });
    const errors = doc.paths["/api/analyze"]!.post!.responses as Json;
    for (const status of ["400", "413", "415", "422", "500"]) assert.ok(errors[status], status);
  });
});
