import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { errorOf, testApp } from "./setup.js";

const { app, store, logs } = testApp();

async function rejects(path: string, status: number, code: string, mentions: RegExp, init?: RequestInit) {
  const res = await app.request(path, init);
  assert.equal(res.status, status, `${path}: ${res.status}`);
  assert.match(res.headers.get("Content-Type") ?? "", /^application\/json/);
  const error = await errorOf(res);
  assert.equal(error.code, code);
  assert.match(error.message, mentions);
  return res;
}

describe("bad parameters are 400s naming the parameter", () => {
  const cases: [string, RegExp][] = [
    ["/api/search?limit=500", /parameter limit must be at most 200/],
    ["/api/search?limit=0", /parameter limit must be at least 1/],
    ["/api/search?limit=ten", /parameter limit must be a whole number/],
    ["/api/search?limit=2.5", /parameter limit must be a whole number/],
    ["/api/quotes?offset=-1", /parameter offset must be 0 or more/],
    ["/api/search?from=2024-13", /parameter from must be a date/],
    ["/api/events?to=yesterday", /parameter to must be a date/],
    ["/api/stories?from=2024-05&to=2024-04-30", /parameter from \(2024-05\) is after to \(2024-04-30\)/],
    ["/api/entities?type=PERSON", /parameter type must be one of PER, ORG, LOC, MISC/],
    ["/api/search?facets=yes", /parameter facets must be 1 or 0/],
    ["/api/search?q=a&q=b", /parameter q is given more than once/],
    [`/api/search?q=${"و".repeat(501)}`, /parameter q must be at most 500 characters/],
    ["/api/search?entity=a%00b", /parameter entity must not contain control characters/],
  ];
  for (const [path, message] of cases) {
    test(path.length > 60 ? `${path.slice(0, 60)}…` : path, async () => {
      await rejects(path, 400, "param.invalid", message);
    });
  }

  test("an unknown parameter is named, with the ones the route takes", async () => {
    await rejects(
      "/api/search?qq=x",
      400,
      "param.unknown",
      /unknown parameter qq; this route takes q, entity/,
    );
    await rejects(
      "/api/stats?verbose=1",
      400,
      "param.unknown",
      /unknown parameter verbose; this route takes none/,
    );
  });

  test("the store is not asked when a parameter is bad", async () => {
    const before = store.calls.length;
    await app.request("/api/search?limit=201");
    assert.equal(store.calls.length, before);
  });
});

describe("unknown routes, methods and ids", () => {
  test("an unknown API route is a JSON 404", async () => {
    await rejects("/api/nothing", 404, "route.not-found", /no route for GET \/api\/nothing/);
    await rejects("/api", 404, "route.not-found", /no route/);
    await rejects("/api/search/extra", 404, "route.not-found", /no route/);
    await rejects("/api/nothing", 404, "route.not-found", /no route for DELETE/, { method: "DELETE" });
  });

  test("a wrong method on a known route is a 405 with Allow", async () => {
    const res = await rejects("/api/search", 405, "method.not-allowed", /POST is not allowed/, {
      method: "POST",
    });
    assert.equal(res.headers.get("Allow"), "GET, HEAD");
    const analyze = await rejects("/api/analyze", 405, "method.not-allowed", /GET is not allowed/);
    assert.equal(analyze.headers.get("Allow"), "POST");
    await rejects("/api/entities/kb:un", 405, "method.not-allowed", /DELETE/, { method: "DELETE" });
  });

  test("unknown article, entity and story ids are 404s", async () => {
    await rejects(
      "/api/articles/0000000000000000",
      404,
      "article.not-found",
      /no article with id 0000000000000000/,
    );
    await rejects("/api/entities/PER%3Anobody", 404, "entity.not-found", /no entity with id PER:nobody/);
    await rejects("/api/stories/none", 404, "story.not-found", /no story with id none/);
  });
});

describe("store failures", () => {
  test("are a 500 with a request id, logged once, with no stack or message for the client", async () => {
    store.failWith = new Error("SQLITE_CORRUPT: database disk image is malformed at /var/db/secret.db");
    try {
      const res = await app.request("/api/search?q=x");
      assert.equal(res.status, 500);
      const text = await res.text();
      assert.doesNotMatch(text, /SQLITE|secret|at .*\.ts|stack/i);
      const { error } = JSON.parse(text) as { error: { code: string; message: string } };
      assert.equal(error.code, "server.internal");
      const id = /request id ([0-9a-f]{8})/.exec(error.message)?.[1];
      assert.ok(id, error.message);
      const lines = logs.filter((line) => line.includes(id));
      assert.equal(lines.length, 1);
      assert.match(lines[0]!, /SQLITE_CORRUPT/);
    } finally {
      store.failWith = null;
    }
  });
});
