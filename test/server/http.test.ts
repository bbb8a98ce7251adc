import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { errorOf, testApp } from "./setup.js";

const { app } = testApp();

describe("ETags", () => {
  test("a GET answer carries a strong ETag; If-None-Match gives a 304 without a body", async () => {
    const first = await app.request("/api/search?q=x");
    const etag = first.headers.get("ETag");
    assert.match(etag ?? "", /^"[A-Za-z0-9_-]{27}"$/);
    const again = await app.request("/api/search?q=x", { headers: { "If-None-Match": etag! } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), "");
    assert.equal(again.headers.get("ETag"), etag);
  });

  test("a different answer has a different ETag, and a stale one gets the full body", async () => {
    const a = (await app.request("/api/search?limit=1")).headers.get("ETag");
    const b = (await app.request("/api/search?limit=2")).headers.get("ETag");
    assert.notEqual(a, b);
    const stale = await app.request("/api/search?limit=2", { headers: { "If-None-Match": a! } });
    assert.equal(stale.status, 200);
  });

  test("the ETag of a compressed body names its coding and still revalidates", async () => {
    const res = await app.request("/openapi.json", { headers: { "Accept-Encoding": "gzip" } });
    const etag = res.headers.get("ETag")!;
    assert.match(etag, /-gzip"$/);
    const again = await app.request("/openapi.json", {
      headers: { "Accept-Encoding": "gzip", "If-None-Match": etag },
    });
    assert.equal(again.status, 304);
  });

  test("errors carry no ETag and are not cached", async () => {
    const res = await app.request("/api/search?limit=0");
    assert.equal(res.headers.get("ETag"), null);
    assert.equal(res.headers.get("Cache-Control"), "no-store");
  });
});

describe("compression", () => {
  test("gzip when accepted, for bodies over 1 KB", async () => {
    const plain = await app.request("/openapi.json");
    const bytes = new Uint8Array(await plain.arrayBuffer());
    assert.ok(bytes.byteLength > 1024);
    const res = await app.request("/openapi.json", { headers: { "Accept-Encoding": "gzip, deflate" } });
    assert.equal(res.headers.get("Content-Encoding"), "gzip");
    assert.match(res.headers.get("Vary") ?? "", /Accept-Encoding/);
    const packed = new Uint8Array(await res.arrayBuffer());
    assert.ok(packed.byteLength < bytes.byteLength / 3);
    assert.deepEqual(new Uint8Array(gunzipSync(packed)), bytes);
  });

  test("Brotli when preferred; none when refused or not asked", async () => {
    const br = await app.request("/openapi.json", { headers: { "Accept-Encoding": "gzip;q=0.5, br" } });
    assert.equal(br.headers.get("Content-Encoding"), "br");
    JSON.parse(brotliDecompressSync(new Uint8Array(await br.arrayBuffer())).toString("utf8"));
    const refused = await app.request("/openapi.json", {
      headers: { "Accept-Encoding": "br;q=0, gzip;q=0" },
    });
    assert.equal(refused.headers.get("Content-Encoding"), null);
    assert.equal((await app.request("/openapi.json")).headers.get("Content-Encoding"), null);
  });

  test("small bodies are sent as they are", async () => {
    const res = await app.request("/healthz", { headers: { "Accept-Encoding": "gzip" } });
    assert.equal(res.headers.get("Content-Encoding"), null);
    assert.deepEqual(await res.json(), { status: "ok" });
  });
});

describe("security headers and CORS", () => {
  test("every answer, errors included, has a CSP without inline script, nosniff and a referrer policy", async () => {
    for (const path of ["/api/stats", "/api/nothing", "/"]) {
      const res = await app.request(path);
      const csp = res.headers.get("Content-Security-Policy") ?? "";
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.equal(res.headers.get("X-Content-Type-Options"), "nosniff");
      assert.equal(res.headers.get("Referrer-Policy"), "no-referrer");
      // Framing is refused both ways; no opener policy (see src/server/security.ts for why).
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(res.headers.get("X-Frame-Options"), "DENY");
      assert.equal(res.headers.get("Cross-Origin-Opener-Policy"), null);
    }
  });

  test("CORS is off by default", async () => {
    const res = await app.request("/api/stats", { headers: { Origin: "https://evil.example" } });
    assert.equal(res.headers.get("Access-Control-Allow-Origin"), null);
  });

  test("CORS answers the named origins only, preflight included", async () => {
    const { app: open } = testApp({ cors: ["http://localhost:5173"] });
    const ok = await open.request("/api/stats", { headers: { Origin: "http://localhost:5173" } });
    assert.equal(ok.headers.get("Access-Control-Allow-Origin"), "http://localhost:5173");
    const other = await open.request("/api/stats", { headers: { Origin: "https://evil.example" } });
    assert.equal(other.headers.get("Access-Control-Allow-Origin"), null);
    const preflight = await open.request("/api/analyze", {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "POST" },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers.get("Access-Control-Allow-Methods") ?? "", /POST/);
  });
});

describe("access", () => {
  const token = "s3cret-token-0123456789";
  const { app: guarded } = testApp({ token });

  test("with a token, every route needs it: missing and wrong are 401, right is 200", async () => {
    for (const path of ["/api/stats", "/healthz", "/openapi.json", "/", "/api/nothing"]) {
      const missing = await guarded.request(path);
      assert.equal(missing.status, 401, path);
      assert.equal((await errorOf(missing)).code, "auth.missing");
      assert.ok(missing.headers.get("WWW-Authenticate"));
      const wrong = await guarded.request(path, { headers: { Authorization: `Bearer ${token}x` } });
      assert.equal(wrong.status, 401, path);
      assert.equal((await errorOf(wrong)).code, "auth.invalid");
    }
    const right = await guarded.request("/api/stats", { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(right.status, 200);
  });

  test("a browser can give the token as the Basic password, prompted by the UI's challenge", async () => {
    const page = await guarded.request("/");
    assert.match(page.headers.get("WWW-Authenticate") ?? "", /^Basic /);
    const basic = Buffer.from(`anyone:${token}`).toString("base64");
    const res = await guarded.request("/api/stats", { headers: { Authorization: `Basic ${basic}` } });
    assert.equal(res.status, 200);
  });

  test("a wrong token of any length, empty or huge, is refused the same way", async () => {
    for (const guess of ["", "s", token.slice(0, -1), token + token, "x".repeat(10_000)]) {
      const res = await guarded.request("/api/stats", { headers: { Authorization: `Bearer ${guess}` } });
      assert.equal(res.status, 401);
    }
  });

  test("with a token, the store is not reached without it", async () => {
    const { app: strict, store } = testApp({ token });
    await strict.request("/api/search?q=x");
    assert.equal(store.calls.length, 0);
  });

  test("without a token, only loopback host names are answered (DNS rebinding)", async () => {
    assert.equal((await app.request("http://127.0.0.1:8080/api/stats")).status, 200);
    assert.equal((await app.request("http://[::1]:8080/api/stats")).status, 200);
    const rebound = await app.request("http://attacker.example:8080/api/stats");
    assert.equal(rebound.status, 403);
    assert.equal((await errorOf(rebound)).code, "auth.host");
  });
});

describe("the web UI", () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-web-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "assets"));
  writeFileSync(
    join(dir, "index.html"),
    '<!doctype html><script type="module" src="/assets/app-1a2b3c.js"></script>',
  );
  writeFileSync(join(dir, "assets", "app-1a2b3c.js"), `console.log(${JSON.stringify("x".repeat(4000))});`);
  writeFileSync(join(dir, ".env"), "SECRET=1");
  writeFileSync(join(tmpdir(), "marsad-outside.txt"), "outside");
  const { app: ui } = testApp({ webRoot: dir });

  test("serves index.html at / and for client routes, revalidated", async () => {
    for (const path of ["/", "/entities/PER%3A%D8%A8%D8%A7%D8%B1%D9%83%D8%B1", "/search"]) {
      const res = await ui.request(path, { headers: { Accept: "text/html" } });
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get("Content-Type") ?? "", /^text\/html/);
      assert.equal(res.headers.get("Cache-Control"), "no-cache");
      assert.match(await res.text(), /app-1a2b3c\.js/);
    }
  });

  test("serves hashed assets with their type, a long cache and compression", async () => {
    const res = await ui.request("/assets/app-1a2b3c.js", { headers: { "Accept-Encoding": "gzip" } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("Content-Type") ?? "", /javascript/);
    assert.equal(res.headers.get("Cache-Control"), "public, max-age=31536000, immutable");
    assert.equal(res.headers.get("Content-Encoding"), "gzip");
  });

  test("a missing asset is a 404, not index.html", async () => {
    assert.equal((await ui.request("/assets/missing-123.js")).status, 404);
  });

  test("never serves dotfiles or files outside the folder", async () => {
    for (const path of [
      "/.env",
      "/%2e%2e/marsad-outside.txt",
      "/assets/..%2f..%2fmarsad-outside.txt",
      "/..%5c.env",
    ]) {
      const res = await ui.request(path);
      assert.doesNotMatch(await res.text(), /SECRET|outside/, path);
    }
  });

  test("without a build, a page says how to make one", async () => {
    const res = await app.request("/");
    assert.equal(res.status, 404);
    assert.match(await res.text(), /npm run web:build/);
  });

  test("POST outside the API is not served", async () => {
    const res = await ui.request("/", { method: "POST" });
    assert.equal(res.status, 404);
  });
});
