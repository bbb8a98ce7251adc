/**
 * The web UI in Debian's Chromium: search → article → entity → quote, facets and URL state, the
 * language toggle, timeline and stories, RTL and the self-hosted Arabic font. Screenshots of each
 * screen go to test-artifacts/screenshots (and the main ones to docs/screenshots for the README).
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { browserMissing, screenshot } from "./browser.js";
import { SEED_TITLE } from "./fixtures.js";
import { startUi, type UiHarness } from "./setup.js";

const ARABIC = /[\u0600-\u06FF]/;

describe("web UI", { skip: browserMissing() ?? false }, () => {
  let ui: UiHarness;
  before(async () => {
    ui = await startUi();
  });
  after(async () => {
    await ui?.close();
    assert.deepEqual(ui?.problems ?? [], [], "no page errors, dialogs or CSP violations");
  });

  test("search → article → entity → quote, each fact traced to its characters", async () => {
    const page = await ui.page();
    await page.goto(ui.url);
    await page.locator("#q").fill("داعش");
    await page.locator("#q").press("Enter");
    await page.locator(".hit").first().waitFor();
    assert.match(page.url(), /q=%D8%AF%D8%A7%D8%B9%D8%B4/, "the query is in the URL");
    assert.ok((await page.locator(".hit mark.hl").count()) > 0, "snippets highlight the match");
    // Facets and the histogram come in their own request, after the hits.
    await page.locator(".facets section").first().waitFor();
    assert.ok((await page.locator(".month-chart rect.bar").count()) >= 2, "a date histogram");
    assert.equal((await page.locator(".facets section").count()) >= 3, true, "facets");
    await screenshot(page, "search", true);

    await page.getByRole("link", { name: SEED_TITLE }).click();
    await page.locator(".article-text").waitFor();
    for (const kind of ["entity", "quote", "time", "event"]) {
      assert.ok((await page.locator(`.article-text mark.mk-${kind}`).count()) > 0, `${kind} marks`);
    }
    assert.ok(
      (await page.locator(".article-text mark.mk-cite").count()) > 0,
      "the matched passage is marked",
    );
    const speakers = await page
      .locator(".article-text mark.mk-quote[data-speaker]")
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute("data-speaker")));
    assert.ok(speakers.includes("براندون باركر"), "quotes show their speaker");
    const values = await page
      .locator(".article-text mark.mk-time[data-value]")
      .evaluateAll((marks) => marks.map((mark) => mark.getAttribute("data-value")));
    assert.ok(values.includes("2017"), "times show their value");
    const text = await page.locator(".article-text").textContent();
    assert.equal(text, ui.records[0]!.text, "the marked text is exactly the record's text");
    assert.ok(
      await page.locator('a[href="https://www.youtube.com/watch?v=lojwLWF_zt4"]').isVisible(),
      "the video link",
    );

    // Keyboard: a focused mark is described by a tooltip with type, canonical and Latin name, link.
    const parker = page.locator(".article-text mark.mk-per[tabindex='0']", { hasText: "باركر" }).first();
    await parker.focus();
    const tip = page.getByRole("tooltip");
    await tip.waitFor();
    assert.match((await tip.textContent()) ?? "", /Brandon Parker/);
    assert.equal(await parker.getAttribute("aria-describedby"), "mark-tip");
    await screenshot(page, "article", true);
    await page.locator(".article-text mark.mk-quote[tabindex='0']").first().hover();
    assert.match((await tip.textContent()) ?? "", /براندون باركر/, "hovering a quote names its speaker");
    await parker.press("Enter");

    await page.locator("#entity-title").waitFor();
    assert.equal(await page.locator("#entity-title").textContent(), "براندون باركر");
    assert.match((await page.locator(".entity-head .latin").textContent()) ?? "", /Brandon Parker/);
    assert.ok((await page.locator(".quote-card").count()) > 3, "quotes by him");
    assert.ok((await page.locator(".ranked li").count()) > 3, "co-occurring entities");
    assert.ok((await page.locator(".month-chart rect").count()) > 0, "mentions over time");
    await screenshot(page, "entity", true);

    await page.locator(".entity-head .meta-line a").last().click();
    await page.locator(".quote-card").first().waitFor();
    assert.match(page.url(), /view=quotes&speaker=per/);
    await screenshot(page, "quotes", true);
    await page.locator(".quote-card .meta-line a").first().click();
    await page.locator(".article-text mark.mk-cite").waitFor();
    const cited = await page.locator(".article-text mark.mk-cite").first().textContent();
    assert.ok(
      cited && ui.records[0]!.text.includes(cited),
      "the quote's characters are marked in the article",
    );
    await page.close();
  });

  test("facets and the brushed histogram filter, and the URL restores the view", async () => {
    const page = await ui.page();
    await page.goto(ui.url);
    await page.locator(".hit").first().waitFor();
    const all = await page.locator(".hit").count();
    await page.locator(".facets .facet", { hasText: "skynews" }).click();
    await page.waitForURL(/outlet=skynews/);
    await page.locator(".facets .chip.on").waitFor();
    const filtered = await page.locator(".hit").count();
    assert.ok(filtered > 0 && filtered < all, `outlet facet narrows ${all} to ${filtered}`);
    await page.reload();
    await page.locator(".facets .chip.on").waitFor();
    assert.equal(await page.locator(".hit").count(), filtered, "a reload shows the same view");

    await page.goto(ui.url);
    const bars = page.locator(".month-chart rect.bar");
    await bars.first().waitFor();
    const first = await bars.first().boundingBox();
    const second = await bars.nth(1).boundingBox();
    assert.ok(first && second);
    await page.mouse.move(first.x + first.width / 2, first.y + first.height - 2);
    await page.mouse.down();
    await page.mouse.move(second.x + second.width / 2, second.y + second.height - 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForURL(/from=\d{4}-\d{2}&to=\d{4}-\d{2}/);
    await page.locator(".hit").first().waitFor();
    assert.ok((await page.locator(".hit").count()) < all, "brushing two months narrows the results");
    await page.close();
  });

  test("Arabic-first RTL in the self-hosted Noto Naskh; the English toggle switches every label and persists", async () => {
    const page = await ui.page();
    await page.goto(ui.url);
    await page.locator(".hit").first().waitFor();
    // Page-side code is passed as strings: the root tsconfig is for Node and has no DOM lib.
    await page.evaluate<boolean>("document.fonts.ready.then(() => true)");
    assert.equal(await page.evaluate<string>("getComputedStyle(document.documentElement).direction"), "rtl");
    assert.equal(await page.getAttribute("html", "lang"), "ar");
    const naskh = await page.evaluate<boolean>(
      '[...document.fonts].some((face) => face.family.includes("Noto Naskh Arabic") && face.status === "loaded")',
    );
    assert.ok(naskh, "Noto Naskh Arabic is loaded from the bundle");

    await page.locator(".lang-toggle").click();
    assert.equal(await page.getAttribute("html", "dir"), "ltr");
    assert.equal(await page.getAttribute("html", "lang"), "en");
    // Labels only: the header, headings, buttons, form labels and facet titles hold no Arabic.
    const labels = await page
      .locator(
        ".app-header nav, .app-header .lang-toggle ~ *, h1, .facets h2, .search-form button, .count, .month-chart figcaption",
      )
      .allTextContents();
    for (const label of labels) assert.doesNotMatch(label, ARABIC, `English label: ${label}`);
    assert.equal(
      await page.locator(".app-header nav").textContent(),
      "SearchQuotesTimeline & storiesAnalyze text",
    );
    await page.reload();
    assert.equal(await page.getAttribute("html", "lang"), "en", "the choice persists");
    await screenshot(page, "search-en");
    await page.getByRole("link", { name: SEED_TITLE }).click();
    await page.locator(".article-text").waitFor();
    const articleLabels = await page.locator(".side-panel h2, .legend, .app-header nav").allTextContents();
    for (const label of articleLabels) assert.doesNotMatch(label, ARABIC, `English label: ${label}`);
    assert.equal(await page.locator(".article-text").getAttribute("dir"), "rtl", "Arabic text stays RTL");
    await screenshot(page, "article-en");
    await page.locator(".lang-toggle").click();
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    await page.close();
  });

  test("timeline shows events on a time axis, filters by type, and story clusters open", async () => {
    const page = await ui.page();
    await page.goto(`${ui.url}/?view=timeline`);
    await page.locator(".event-axis circle").first().waitFor();
    const events = await page.locator(".event-card").count();
    assert.ok(events > 3);
    assert.equal(await page.locator(".event-axis circle").count(), events, "every dated event on the axis");
    await page.locator(".story-title", { hasText: SEED_TITLE }).click();
    await page.locator(".members li").first().waitFor();
    await screenshot(page, "timeline", true);
    await page.locator(".filter-form select[name=type]").selectOption("KILL");
    await page.locator(".filter-form button[type=submit]").click();
    await page.waitForURL(/type=KILL/);
    await page.locator(".event-card").first().waitFor();
    const kills = await page.locator(".event-card").count();
    assert.ok(kills > 0 && kills < events, `type filter narrows ${events} to ${kills}`);
    await page.close();
  });
});
