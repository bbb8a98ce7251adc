/**
 * The UI's index.html as the server sends it: an article route gets a preload of its API answer
 * (src/server/shell.ts), and no id, however hostile, can add markup or break the page.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { sampleRecords, testApp } from "./setup.js";

const SHELL =
  '<!doctype html>\n<html lang="ar" dir="rtl">\n  <head>\n    <meta charset="utf-8" />\n' +
  '    <script type="module" crossorigin src="/assets/app-1a2b3c.js"></script>\n  </head>\n' +
  '  <body><div id="app"></div></body>\n</html>\n';

const PRELOAD = /<link rel="preload" href="([^"]*)" as="fetch" crossorigin>/g;

function unescapeAttribute(value: string): string {
  const named: Record<string, string> = { amp: "&", quot: '"', lt: "<", gt: ">" };
  return value.replace(/&(amp|quot|lt|gt|#39);/g, (_, name: string) => (name === "#39" ? "'" : named[name]!));
}

function articleUrl(id: string): string {
  return `/?${new URLSearchParams({ view: "article", id }).toString()}`;
}

describe("the UI shell", () => {
  const dir = mkdtempSync(join(tmpdir(), "marsad-shell-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), SHELL);
  writeFileSync(join(dir, "assets", "app-1a2b3c.js"), "export {};");
  const { app } = testApp({ webRoot: dir });
  const ids = sampleRecords().map((record) => record.id);

  test("an article route preloads the article's API answer before the scripts", async () => {
    const id = ids[0]!;
    const res = await app.request(articleUrl(id), { headers: { Accept: "text/html" } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("Content-Type") ?? "", /^text\/html/);
    assert.equal(res.headers.get("Cache-Control"), "no-cache");
    const html = await res.text();
    const links = [...html.matchAll(PRELOAD)];
    assert.equal(links.length, 1);
    assert.equal(links[0]![1], `/api/articles/${id}`);
    assert.ok(links[0]!.index < html.indexOf("<script"), "the preload comes before the script");
    assert.equal(html.replace(links[0]![0], ""), SHELL, "nothing else changes");
    // The preloaded URL answers with the article, so the UI's request can reuse it.
    const api = await app.request(links[0]![1]!);
    assert.equal(api.status, 200);
  });

  test("hostile ids are percent-encoded in the hint and never become markup", async () => {
    for (const id of [
      '"><script>alert(1)</script>',
      "x' onload='alert(1)",
      "</head><img src=x onerror=alert(1)>",
      "&quot;&#34;",
      "a/b?c#d e",
      "../../healthz",
      "بغداد",
    ]) {
      const res = await app.request(articleUrl(id), { headers: { Accept: "text/html" } });
      assert.equal(res.status, 200, id);
      const html = await res.text();
      const links = [...html.matchAll(PRELOAD)];
      assert.equal(links.length, 1, id);
      const href = links[0]![1]!;
      assert.doesNotMatch(href, /[<>"' ]/, id);
      assert.equal(unescapeAttribute(href), `/api/articles/${encodeURIComponent(id)}`, id);
      assert.equal(
        new URL(href, "http://127.0.0.1").pathname.split("/").length,
        4,
        `one path segment: ${id}`,
      );
      assert.equal(html.replace(links[0]![0], ""), SHELL, `nothing else changes: ${id}`);
    }
  });

  test("an unknown id still gets the shell; the API answers it with a 404 the UI shows", async () => {
    const res = await app.request(articleUrl("no-such-article"), { headers: { Accept: "text/html" } });
    assert.equal(res.status, 200);
    const href = [...(await res.text()).matchAll(PRELOAD)][0]![1]!;
    assert.equal((await app.request(href)).status, 404);
  });

  test("ids the API refuses, empty ids and other views get the shell unchanged", async () => {
    for (const url of [
      articleUrl(""),
      articleUrl("x".repeat(301)),
      articleUrl("a\u0000b"),
      articleUrl("a\nb"),
      "/?view=article",
      `/?view=entity&id=${ids[0]!}`,
      "/?q=%D8%A8%D8%BA%D8%AF%D8%A7%D8%AF",
      "/",
    ]) {
      const res = await app.request(url, { headers: { Accept: "text/html" } });
      assert.equal(res.status, 200, url);
      assert.equal(await res.text(), SHELL, url);
    }
  });

  test("a client route under another path gets the hint too (the router reads only the query)", async () => {
    const id = ids[1]!;
    const res = await app.request(`/search${articleUrl(id).slice(1)}`, { headers: { Accept: "text/html" } });
    assert.equal([...(await res.text()).matchAll(PRELOAD)][0]?.[1], `/api/articles/${id}`);
  });

  test("a repeated article shell revalidates with its ETag", async () => {
    const url = articleUrl(ids[0]!);
    const first = await app.request(url, { headers: { Accept: "text/html" } });
    const etag = first.headers.get("ETag");
    assert.ok(etag);
    const again = await app.request(url, { headers: { Accept: "text/html", "If-None-Match": etag } });
    assert.equal(again.status, 304);
    const other = await app.request(articleUrl(ids[1]!), {
      headers: { Accept: "text/html", "If-None-Match": etag },
    });
    assert.equal(other.status, 200, "another article's shell is another representation");
  });
});
