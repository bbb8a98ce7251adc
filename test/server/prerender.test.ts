/**
 * Articles opened by URL rendered into the shell by the server (src/server/prerender.ts): the
 * renderer's markup goes into `#app` and its data into a JSON script no article text can break out
 * of; a missing, broken or failing renderer, or an unknown id, leaves the plain shell with its hint.
 * The real renderer (web/dist-ssr) is driven end to end in test/e2e/ui-hostile.test.ts.
 */
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { scriptSafeJson, withPrerendered } from "../../src/server/prerender.js";
import { sampleRecords, testApp } from "./setup.js";

const SHELL =
  '<!doctype html><html><head><script type="module" src="/a.js"></script></head><body><div id="app"></div></body></html>';

/** A web root (…/dist) with a renderer beside it (…/dist-ssr/ssr.js) made of `source`. */
function webRootWith(source: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), "marsad-prerender-"));
  mkdirSync(join(dir, "dist"));
  writeFileSync(join(dir, "dist", "index.html"), SHELL);
  if (source !== null) {
    mkdirSync(join(dir, "dist-ssr"));
    writeFileSync(join(dir, "dist-ssr", "ssr.js"), source);
  }
  return join(dir, "dist");
}

/** Renders the article's title as text, escaped the way the real renderer escapes. */
const RENDERER = `
  const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  export const INITIAL_DATA_ID = "marsad-initial";
  export function renderArticle(search, article) {
    const id = new URLSearchParams(search).get("id");
    return { html: "<h1>" + escape(article.record.meta.title ?? "") + "</h1>", initial: { key: "article:" + id, data: article } };
  }`;

function articleUrl(id: string): string {
  return `/?${new URLSearchParams({ view: "article", id }).toString()}`;
}

describe("server-rendered article pages", () => {
  const roots: string[] = [];
  after(() => roots.forEach((root) => rmSync(join(root, ".."), { recursive: true, force: true })));
  const appWith = (source: string | null) => {
    const webRoot = webRootWith(source);
    roots.push(webRoot);
    return testApp({ webRoot });
  };
  const record = sampleRecords()[0]!;

  test("script-safe JSON parses back to the value and cannot close its element", () => {
    const value = { text: "</script><script>alert(1)</script><!-- & \u2028\u2029 >", n: [1, null] };
    const json = scriptSafeJson(value);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
    assert.deepEqual(JSON.parse(json), value);
  });

  test("the rendered markup goes into an empty #app, followed by its data; other shells are left alone", () => {
    const page = { html: "<p>x</p>", json: '{"key":"k"}', dataId: "marsad-initial" };
    assert.equal(
      withPrerendered(SHELL, page),
      SHELL.replace(
        '<div id="app"></div>',
        '<div id="app"><p>x</p></div><script type="application/json" id="marsad-initial">{"key":"k"}</script>',
      ),
    );
    const other = SHELL.replace('<div id="app"></div>', '<main id="root"></main>');
    assert.equal(withPrerendered(other, page), other);
  });

  test("a stored article's page comes rendered, with its data and no preload", async () => {
    const { app } = appWith(RENDERER);
    const res = await app.request(articleUrl(record.id), { headers: { Accept: "text/html" } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("Cache-Control"), "no-cache");
    const html = await res.text();
    const data = /<script type="application\/json" id="marsad-initial">([^<]*)<\/script>/.exec(html);
    assert.ok(data, "the data is embedded");
    const initial = JSON.parse(data[1]!) as { key: string; data: { record: { id: string; text: string } } };
    assert.equal(initial.key, `article:${record.id}`);
    assert.equal(initial.data.record.text, record.text);
    assert.ok(html.includes(`<div id="app"><h1>`), html);
    assert.doesNotMatch(html, /rel="preload"/);
  });

  test("unknown ids, other views, and no renderer give the plain shell", async () => {
    const { app } = appWith(RENDERER);
    for (const url of [articleUrl("no-such-article"), "/?view=search&q=x", "/"]) {
      const html = await (await app.request(url, { headers: { Accept: "text/html" } })).text();
      assert.ok(html.includes('<div id="app"></div>'), url);
    }
    const { app: without } = appWith(null);
    const html = await (
      await without.request(articleUrl(record.id), { headers: { Accept: "text/html" } })
    ).text();
    assert.ok(html.includes('<div id="app"></div>'));
    assert.match(html, /rel="preload"/, "the hint stands in for the render");
  });

  test("a renderer that throws, or a file that is not one, is logged and the shell served", async () => {
    const failing = appWith(
      `export const INITIAL_DATA_ID = "marsad-initial"; export function renderArticle() { throw new Error("boom"); }`,
    );
    const res = await failing.app.request(articleUrl(record.id), { headers: { Accept: "text/html" } });
    assert.equal(res.status, 200);
    const shell = await res.text();
    assert.ok(shell.includes('<div id="app"></div>') && shell.includes('rel="preload"'), shell);
    assert.ok(
      failing.logs.some((line) => /rendering article .* failed: Error: boom/.test(line)),
      failing.logs.join("\n"),
    );

    const broken = appWith("this is not javascript {");
    const html = await (
      await broken.app.request(articleUrl(record.id), { headers: { Accept: "text/html" } })
    ).text();
    assert.ok(html.includes('<div id="app"></div>'));
    assert.ok(
      broken.logs.some((line) => /could not load .*ssr\.js/.test(line)),
      broken.logs.join("\n"),
    );

    // The element id is written into an attribute as it stands, so one that is not a plain word is refused.
    const unsafe = appWith(RENDERER.replace('"marsad-initial"', '"x\\" onload=\\"alert(1)"'));
    const shellOnly = await (
      await unsafe.app.request(articleUrl(record.id), { headers: { Accept: "text/html" } })
    ).text();
    assert.ok(shellOnly.includes('<div id="app"></div>'), shellOnly);
    assert.ok(
      unsafe.logs.some((line) => /has no renderArticle or INITIAL_DATA_ID/.test(line)),
      unsafe.logs.join("\n"),
    );
  });
});
