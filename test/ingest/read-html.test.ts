import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { MarsadError } from "../../src/doc/index.js";
import {
  detectInputKind,
  normalizeDate,
  parseArabicDate,
  readHtml,
  sniffHtmlCharset,
  stripSiteName,
} from "../../src/ingest/index.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url));

const PROSE =
  "أعلنت البلدية صباح اليوم عن خطة لتوسيع الحدائق العامة في الأحياء الشرقية، وقالت إن العمل يبدأ الشهر المقبل ويستمر عاما كاملا.";
const PROSE2 =
  "وأوضح رئيس البلدية أن الخطة تشمل زراعة ألفي شجرة وإنشاء ملاعب صغيرة للأطفال، مؤكدا أن الكلفة تأتي من موازنة البلدية نفسها.";

function page(head: string, body: string): Uint8Array {
  return utf8(
    `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
  );
}

function rejects(run: () => unknown, code: string): void {
  assert.throws(
    run,
    (error: unknown) => error instanceof MarsadError && error.code === code && error.input === "p.html",
  );
}

describe("metadata", () => {
  it("reads headline, date and author from JSON-LD NewsArticle inside @graph", () => {
    const ld = JSON.stringify({
      "@graph": [
        { "@type": "WebSite", name: "موقع" },
        {
          "@type": "NewsArticle",
          headline: "خطة الحدائق",
          datePublished: "2024-03-09T14:30:00+0300",
          author: [{ name: "ريم" }, { name: "سعيد" }],
        },
      ],
    });
    const source = readHtml(
      page(
        `<script type="application/ld+json">${ld}</script>`,
        `<article><p>${PROSE}</p><p>${PROSE2}</p></article>`,
      ),
      "p.html",
    );
    assert.equal(source.meta.title, "خطة الحدائق");
    assert.equal(source.meta.published, "2024-03-09T14:30:00+03:00");
    assert.equal(source.meta.author, "ريم، سعيد");
    assert.equal(source.meta.language, "ar");
  });

  it("falls back to OpenGraph and strips the site name from the title", () => {
    const head = `<title>خطة الحدائق | صحيفة المدينة</title><meta property="og:site_name" content="صحيفة المدينة"><meta property="article:published_time" content="2024-01-02T08:00:00Z">`;
    const source = readHtml(page(head, `<p>${PROSE}</p><p>${PROSE2}</p>`), "p.html");
    assert.equal(source.meta.title, "خطة الحدائق");
    assert.equal(source.meta.outlet, "صحيفة المدينة");
    assert.equal(source.meta.published, "2024-01-02T08:00:00Z");
  });

  it("warns about broken JSON-LD and goes on", () => {
    const source = readHtml(
      page(
        `<script type="application/ld+json">{"headline": </script><title>عنوان</title>`,
        `<p>${PROSE}</p>`,
      ),
      "p.html",
    );
    assert.ok(source.notes.some((note) => note.code === "html.json-ld"));
    assert.equal(source.meta.title, "عنوان");
  });

  it("reads an Arabic dateline when no machine date exists", () => {
    const source = readHtml(
      page(
        "",
        `<div class="info"><span class="newsdate">الأحد 10 مارس 2024 - 02:30 مساءً بتوقيت مكة</span></div><div id="story"><p>${PROSE}</p><p>${PROSE2}</p></div>`,
      ),
      "p.html",
    );
    assert.equal(source.meta.published, "2024-03-10T14:30:00+03:00");
    assert.ok(!source.text.includes("مارس"));
  });

  for (const [raw, iso] of [
    ["2024-03-09T14:30:00+0300", "2024-03-09T14:30:00+03:00"],
    ["2024-03-09 14:30", "2024-03-09T14:30:00"],
    ["Sun, 10 Mar 2024 18:00:00 +0300", "2024-03-10T18:00:00+03:00"],
    ["2024-02-30", null],
  ] as const) {
    it(`normalizes ${raw}`, () => assert.equal(normalizeDate(raw), iso));
  }
  for (const [raw, iso] of [
    ["١٠ آذار (مارس) ٢٠٢٤", "2024-03-10"],
    ["نشر في 5 تشرين الثاني 2023", "2023-11-05"],
    ["3 جانفي 2024 على 09:15 ص", "2024-01-03T09:15:00"],
    ["لا تاريخ هنا", null],
  ] as const) {
    it(`parses the dateline ${raw}`, () => assert.equal(parseArabicDate(raw), iso));
  }

  it("keeps the headline when the site name comes first", () => {
    assert.equal(
      stripSiteName("موقع الخبر :: عودة القطع الأثرية إلى المتحف", null, null),
      "عودة القطع الأثرية إلى المتحف",
    );
  });
});

describe("boilerplate", () => {
  const body = `<nav><a href="/">الرئيسية</a></nav>
    <div class="cookie-consent">نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع</div>
    <article><h1>خطة الحدائق</h1>
    <figure><img src="a.jpg"><figcaption>رئيس البلدية خلال الجولة (تصوير: سامي)</figcaption></figure>
    <p>${PROSE}</p>
    <p><strong>اقرأ أيضاً:</strong> <a href="/x">حدائق المدينة القديمة</a></p>
    <div class="box"><h3>مواضيع ذات صلة</h3><ul><li><a href="/1">خبر أول عن البلدية</a></li><li><a href="/2">خبر ثان</a></li></ul></div>
    <p><strong>شارك</strong> رئيس البلدية في افتتاح الحديقة الأولى، ${PROSE2}</p>
    <div class="tools"><span>تابعونا</span> <a href="https://t.me/x">تلغرام</a></div></article>
    <section id="comments"><h3>التعليقات</h3><p>تعليق طويل من قارئ يقول إن الخطة جيدة لكنها متأخرة كثيرا عن موعدها.</p></section>
    <footer>جميع الحقوق محفوظة</footer>`;
  const source = readHtml(page("<title>خطة الحدائق</title>", body), "p.html");

  it("keeps the prose, including a paragraph that opens with a label word", () => {
    assert.ok(source.text.includes(PROSE));
    assert.ok(source.text.includes("شارك رئيس البلدية في افتتاح"));
  });
  for (const gone of [
    "الرئيسية",
    "ملفات تعريف",
    "حدائق المدينة القديمة",
    "خبر أول",
    "تلغرام",
    "تعليق طويل",
    "الحقوق",
    "تصوير",
    "اقرأ",
  ]) {
    it(`removes ${gone}`, () => assert.ok(!source.text.includes(gone), source.text));
  }
  it("keeps captions apart", () =>
    assert.deepEqual(source.captions, ["رئيس البلدية خلال الجولة (تصوير: سامي)"]));
  it("does not repeat the title in the text", () => assert.ok(!source.text.startsWith("خطة الحدائق")));
});

describe("media", () => {
  it("keeps embeds inside the article as media items, in order", () => {
    const body = `<article><p>${PROSE}</p><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>
      <blockquote class="twitter-tweet"><p>نص التغريدة</p><a href="https://twitter.com/user/status/123456789">March</a></blockquote>
      <p>${PROSE2}</p><iframe src="https://ads.example/banner"></iframe></article>`;
    const source = readHtml(page("", body), "p.html");
    assert.deepEqual(source.media, [
      { type: "video", url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" },
      { type: "embed", url: "https://x.com/user/status/123456789" },
    ]);
    assert.ok(!source.text.includes("نص التغريدة"));
  });
});

describe("encodings", () => {
  it("sniffs <meta charset> and http-equiv", () => {
    assert.equal(sniffHtmlCharset(utf8('<html><head><meta charset="windows-1256">')), "windows-1256");
    assert.equal(
      sniffHtmlCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">')),
      "iso-8859-6",
    );
    assert.equal(sniffHtmlCharset(utf8('<!-- <meta charset="koi8-r"> --><p>')), null);
  });
  for (const name of [
    "legacy-cp1256-startup-visa",
    "legacy-iso8859-6-rail-freight",
    "legacy-cp1256-as-latin1-drought-wheat",
    "legacy-cp1256-undeclared-hospital-wing",
    "mislabeled-poetry-night",
  ]) {
    it(`reads ${name} right`, () => {
      const source = readHtml(fixture(`${name}.html`), `${name}.html`);
      const firstLine = readFileSync(new URL(`../fixtures/html/${name}.txt`, import.meta.url), "utf8").split(
        "\n",
      )[0]!;
      assert.ok(source.text.includes(firstLine), source.text.slice(0, 200));
    });
  }
  it("notes a declaration the bytes contradict", () => {
    const source = readHtml(fixture("mislabeled-poetry-night.html"), "m.html");
    assert.ok(source.notes.some((note) => note.code === "decode.declared-wrong"));
    assert.equal(source.encoding, "utf-8");
  });
});

describe("bad input", () => {
  it("repairs a truncated page", () => {
    const source = readHtml(utf8(`<html><body><article><p>${PROSE}</p><p>${PROSE2.slice(0, 40)}`), "p.html");
    assert.ok(source.text.includes(PROSE2.slice(0, 30)));
  });
  it("reads unclosed tags and a page with no <body>", () => {
    const source = readHtml(utf8(`<title>عنوان</title><div><p>${PROSE}<p>${PROSE2}<b>نهاية`), "p.html");
    assert.ok(source.text.includes(PROSE) && source.text.includes(PROSE2));
  });
  it("fails with input.empty on a page without text", () =>
    rejects(
      () => readHtml(utf8("<html><body><nav><a href='/'>x</a></nav></body></html>"), "p.html"),
      "input.empty",
    ));
  it("fails with input.empty on no bytes", () =>
    rejects(() => readHtml(new Uint8Array(0), "p.html"), "input.empty"));
  it("refuses a page over the size cap without reading it", () => {
    rejects(() => readHtml(new Uint8Array(17 * 1024 * 1024).fill(0x20), "p.html"), "input.too-large");
  });
  it("refuses a page with too many tags before parsing", () => {
    const started = Date.now();
    rejects(
      () => readHtml(utf8(`<html><body>${"<div>".repeat(300_000)}</body></html>`), "p.html"),
      "input.too-large",
    );
    assert.ok(Date.now() - started < 5000);
  });
  it("rejects binary data", () =>
    rejects(
      () => readHtml(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "p.html"),
      "input.binary",
    ));
});

describe("input kind", () => {
  for (const [text, kind] of [
    ["<!DOCTYPE html><html>", "html"],
    ["\ufeff  <html dir='rtl'>", "html"],
    ["<?xml version='1.0'?>\n<html>", "html"],
    ["<meta charset='utf-8'><title>x</title>", "html"],
    ["نص عادي فيه <b>وسم</b> واحد", "text"],
    ["خبر عادي بلا وسوم", "text"],
  ] as const) {
    it(`${JSON.stringify(text.slice(0, 20))} is ${kind}`, () =>
      assert.equal(detectInputKind(utf8(text)), kind));
  }
});
