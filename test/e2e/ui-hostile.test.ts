/**
 * Safety and the analyze page: hostile article markup (script, onerror, javascript: URLs) in the
 * text, title, outlet, URL and media must show as inert characters and never run; pasting the
 * seed article on the analyze page shows its annotated record without storing it.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { parseHTML } from "linkedom";
import type { Page } from "playwright-core";
import { browserMissing, screenshot } from "./browser.js";
import { HOSTILE_TITLE } from "./fixtures.js";
import { startUi, type UiHarness } from "./setup.js";

const SEED = new URL("../../../shared/fixtures/seed-article.txt", import.meta.url);

/** Nothing the payloads would have done happened, and no live element carries them. */
async function assertInert(page: Page): Promise<void> {
  // Page-side code is passed as strings: the root tsconfig is for Node and has no DOM lib.
  assert.equal(await page.evaluate<boolean>('"__xss" in window'), false, "no payload ran");
  const live = await page.evaluate<{ scripts: number; images: number; jsLinks: number }>(`({
    scripts: document.querySelectorAll("#app script").length,
    images: document.querySelectorAll("#app img, #app iframe, #app svg [onload], #app [onerror], #app [onmouseover]").length,
    jsLinks: [...document.querySelectorAll("a")].filter((a) => !/^https?:$/.test(new URL(a.href, location.href).protocol)).length,
  })`);
  assert.deepEqual(live, { scripts: 0, images: 0, jsLinks: 0 });
}

describe("web UI safety and analyze", { skip: browserMissing() ?? false }, () => {
  let ui: UiHarness;
  before(async () => {
    ui = await startUi();
  });
  after(async () => {
    await ui?.close();
    assert.deepEqual(ui?.problems ?? [], [], "no page errors, dialogs or CSP violations");
  });

  test("a hostile article's markup shows as text and never executes", async () => {
    const page = await ui.page();
    const hostile = ui.records.find((record) => record.meta.title === HOSTILE_TITLE)!;
    await page.goto(`${ui.url}/?q=${encodeURIComponent("بغداد")}`);
    await page.locator(".hit", { hasText: "onerror" }).waitFor();
    await assertInert(page);

    await page.locator(".hit a", { hasText: "onerror" }).click();
    await page.locator(".article-text").waitFor();
    assert.equal(
      await page.locator(".article-text").textContent(),
      hostile.text,
      "markup shown as characters",
    );
    assert.match((await page.locator("#article-title").textContent()) ?? "", /<img src=x onerror=/);
    assert.equal(
      await page
        .locator(".side-panel .unsafe-url")
        .first()
        .textContent()
        .then((t) => t?.includes("javascript:")),
      true,
    );
    // Hover and focus every mark and click every link-like control in the side panel.
    for (const mark of await page.locator(".article-text mark[tabindex='0']").all()) {
      await mark.hover();
      await mark.focus();
    }
    for (const button of await page.locator(".side-panel button").all()) await button.click();
    await page.waitForTimeout(300);
    await assertInert(page);
    await screenshot(page, "hostile-article");

    await page.goto(`${ui.url}/?view=timeline`);
    await page.locator(".story-title", { hasText: "onerror" }).click();
    await page.locator(".members li").first().waitFor();
    await assertInert(page);
    await page.close();
  });

  test("an article opened by URL comes rendered by the server, inert, and hydrates without asking again", async () => {
    const hostile = ui.records.find((record) => record.meta.title === HOSTILE_TITLE)!;
    const path = `/?view=article&id=${encodeURIComponent(hostile.id)}`;
    // What the server sends, before any script: the text with its marks, every payload escaped.
    const html = await (await fetch(`${ui.url}${path}`)).text();
    assert.match(html, /<div id="app"><a class="skip-link"/);
    assert.match(html, /<div class="article-text"[^>]*>[^]*<mark class="mk /);
    assert.match(html, /<script type="application\/json" id="marsad-initial">\{/);
    // The Arabic font is asked for with the page, not once a layout has found text needing it.
    const font = /<link rel="preload" href="([^"]+arabic-400[^"]+\.woff2)" as="font"/.exec(html);
    assert.ok(font, "the regular Arabic font is preloaded");
    assert.equal((await fetch(`${ui.url}${font[1]}`)).status, 200);
    const { document } = parseHTML(html);
    const app = document.getElementById("app")!;
    assert.equal(app.querySelector(".article-text")?.textContent, hostile.text);
    assert.equal(app.querySelectorAll("script, img, iframe, svg, object, embed").length, 0);
    const live = [...app.querySelectorAll("*")].flatMap((element) =>
      [...element.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)),
    );
    assert.deepEqual(
      live.map((a) => a.name),
      [],
      "no handler or javascript: URL in the server's markup",
    );

    const page = await ui.page();
    const requests: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/")) requests.push(request.url());
    });
    await page.goto(`${ui.url}${path}`);
    await page.locator(".article-text mark").first().waitFor();
    assert.equal(await page.locator(".article-text").textContent(), hostile.text);
    assert.equal(await page.locator("#marsad-initial + *").count(), 0, "the data is the page's last element");
    // Hydrated: a focused mark gets its tooltip, and the page never asked the API for the article.
    const mark = page.locator(".article-text mark[tabindex='0']").first();
    await mark.focus();
    await page.getByRole("tooltip").waitFor();
    assert.equal(await page.locator(".article-text").count(), 1, "hydration kept one copy of the text");
    assert.deepEqual(requests, []);
    await assertInert(page);

    // Ids with no article are not rendered: the shell keeps the preload hint and the UI says why.
    for (const id of ['"><script>window.__xss=1</script>', "no-such-article"]) {
      await page.goto(`${ui.url}/?view=article&id=${encodeURIComponent(id)}`);
      await page.locator(".status.error").waitFor();
      assert.equal(await page.locator('head link[rel=preload][as="fetch"]').count(), 1, id);
      assert.equal(await page.locator("#marsad-initial").count(), 0, id);
      await assertInert(page);
    }
    await page.close();
  });

  test("an article opened by URL in English is rendered again in English, not hydrated in Arabic", async () => {
    const page = await ui.page();
    const article = ui.records.find((record) => record.quotes.length > 0)!;
    await page.goto(`${ui.url}/?view=timeline`);
    await page.evaluate('localStorage.setItem("marsad.lang", "en")');
    await page.goto(`${ui.url}/?view=article&id=${encodeURIComponent(article.id)}`);
    await page.locator(".article-text mark").first().waitFor();
    await page.waitForFunction('document.documentElement.lang === "en"');
    assert.equal(await page.locator(".lang-toggle").textContent(), "العربية");
    assert.equal(await page.locator(".article-text").textContent(), article.text);
    assert.equal(await page.locator(".article-text").count(), 1);
    await page.close();
  });

  test("hostile HTML pasted on the analyze page never executes", async () => {
    const page = await ui.page();
    await page.goto(`${ui.url}/?view=analyze`);
    await page.locator("input[name=kind][value=html]").check();
    await page
      .locator("#analyze-input")
      .fill(
        '<p>قال الرئيس في بغداد إن "الوضع مستقر"</p><script>window.__xss=1</script><img src=x onerror="window.__xss=1"><a href="javascript:window.__xss=1">رابط</a>',
      );
    await page.locator(".analyze-form button[type=submit]").click();
    await page.locator(".article-text").waitFor();
    await page.waitForTimeout(300);
    await assertInert(page);
    await page.close();
  });

  test("the analyze page shows the seed article annotated, without storing it", async () => {
    const page = await ui.page();
    await page.goto(ui.url);
    const before = await page.evaluate(() =>
      fetch("/api/stats").then((r) => r.json() as Promise<{ articles: number }>),
    );
    await page.goto(`${ui.url}/?view=analyze`);
    await page.locator("#analyze-input").fill(readFileSync(SEED, "utf8"));
    await page.locator("input[name=published]").fill("2022-05-14");
    await page.locator(".analyze-form button[type=submit]").click();
    await page.locator(".article-text").waitFor();
    assert.ok((await page.locator(".article-text mark.mk-quote").count()) >= 10, "the seed's quotes");
    assert.ok((await page.locator(".article-text mark.mk-per", { hasText: "باركر" }).count()) >= 3);
    assert.ok((await page.locator(".article-text mark.mk-event").count()) >= 3, "event triggers");
    assert.ok(
      await page.locator('a[href="https://www.youtube.com/watch?v=lojwLWF_zt4"]').isVisible(),
      "the video",
    );
    assert.ok(await page.locator(".notice").isVisible(), "says it is not stored");
    const text = (await page.locator(".article-text").textContent()) ?? "";
    assert.ok(!text.includes("%22"), "cleaned text, without the iframe residue");
    await page.locator(".analyzed .article-layout").scrollIntoViewIfNeeded();
    await screenshot(page, "analyze", true);
    const afterStats = await page.evaluate(() =>
      fetch("/api/stats").then((r) => r.json() as Promise<{ articles: number }>),
    );
    assert.equal(afterStats.articles, before.articles, "nothing stored");
    await page.close();
  });
});
