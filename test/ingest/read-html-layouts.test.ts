import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readHtml } from "../../src/ingest/index.js";
import { parseHtmlDocument } from "../../src/ingest/html-dom.js";
import { findEmbeddedBody } from "../../src/ingest/html-embedded.js";
import { dropLeadLines } from "../../src/ingest/html-lead.js";
import { findMainBlock } from "../../src/ingest/html-main-block.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

const P1 =
  "أعلنت البلدية صباح اليوم عن خطة لتوسيع الحدائق العامة في الأحياء الشرقية، وقالت إن العمل يبدأ الشهر المقبل ويستمر عاما كاملا.";
const P2 =
  "وأوضح رئيس البلدية أن الخطة تشمل زراعة ألفي شجرة وإنشاء ملاعب صغيرة للأطفال، مؤكدا أن الكلفة تأتي من موازنة البلدية نفسها.";
const P3 =
  "ورحب سكان الأحياء الشرقية بالخطة، لكنهم طالبوا بإشراكهم في اختيار المواقع وبصيانة الحدائق القائمة قبل إنشاء حدائق جديدة.";
const BODY = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;
const MENU = `<ul><li><a href="/a">الرئيسية</a></li><li><a href="/b">محليات</a></li><li><a href="/c">رياضة</a></li></ul>`;

function page(head: string, body: string): Uint8Array {
  return utf8(
    `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
  );
}

const read = (head: string, body: string) => readHtml(page(head, body), "p.html");
const hasAll = (text: string) => [P1, P2, P3].every((paragraph) => text.includes(paragraph));

describe("wrappers named like furniture", () => {
  const cases: [string, string][] = [
    [
      "an ASP.NET page inside one <form>",
      `<form id="form1" method="post"><div id="menu">${MENU}</div><div id="content">${BODY}</div></form>`,
    ],
    [
      "Drupal's dialog-off-canvas-main-canvas",
      `<div class="dialog-off-canvas-main-canvas"><div class="region">${BODY}</div></div>`,
    ],
    [
      "Blogger's widget Blog",
      `<div class="widget Blog" id="Blog1"><div class="post-body">${BODY}</div></div><div class="widget BlogArchive">${MENU}</div>`,
    ],
  ];
  for (const [name, body] of cases) {
    it(`keeps the article in ${name}`, () =>
      assert.ok(hasAll(read("<title>خطة الحدائق</title>", body).text)));
  }
});

describe("article text sent as data", () => {
  const shell = `<div id="app"><h1>خطة الحدائق</h1><div class="spinner"></div></div>`;
  it("reads JSON-LD articleBody when the markup is a shell", () => {
    const ld = JSON.stringify({
      "@type": "NewsArticle",
      headline: "خطة الحدائق",
      articleBody: `${P1}\n${P2}\n${P3}`,
    });
    const source = read(`<script type="application/ld+json">${ld}</script>`, shell);
    assert.ok(hasAll(source.text));
    assert.ok(source.notes.some((note) => note.code === "html.embedded-body"));
  });
  it("reads an HTML body from __NEXT_DATA__", () => {
    const data = JSON.stringify({ props: { pageProps: { article: { content: BODY } } } });
    const source = read("", `${shell}<script id="__NEXT_DATA__" type="application/json">${data}</script>`);
    assert.equal(source.text, [P1, P2, P3].join("\n\n"));
  });
  it("reads window.__INITIAL_STATE__ assigned in a plain script", () => {
    const state = JSON.stringify({ article: { body: BODY } });
    assert.ok(hasAll(read("", `${shell}<script>window.__INITIAL_STATE__=${state};</script>`).text));
  });
  it("keeps the markup's text when it holds the article", () => {
    const ld = JSON.stringify({ "@type": "NewsArticle", articleBody: `${P1} ${P2} ${P3}` });
    const source = read(`<script type="application/ld+json">${ld}</script>`, `<article>${BODY}</article>`);
    assert.ok(!source.notes.some((note) => note.code === "html.embedded-body"));
    assert.equal(source.text, [P1, P2, P3].join("\n\n"));
  });
  it("finds no body in short strings, URLs or teasers", () => {
    const data = JSON.stringify({ title: "خطة الحدائق", url: "https://example.com/a", excerpt: P1 });
    const doc = parseHtmlDocument(`<script type="application/json">${data}</script>`);
    assert.equal(findEmbeddedBody(doc), null);
  });
});

describe("collapsed and hidden blocks", () => {
  it("reads the rest of an article behind a read-more button", () => {
    const body = `<article><p>${P1}</p><div style="display:none" aria-hidden="true"><p>${P2}</p><p>${P3}</p></div><button>اقرأ المزيد</button></article>`;
    assert.ok(hasAll(read("", body).text));
  });
  it("keeps a hidden menu hidden", () => {
    const body = `<div hidden>${MENU}${MENU}</div><article>${BODY}</article>`;
    assert.ok(!read("", body).text.includes("رياضة"));
  });
});

describe("captions, lead lines and tool links", () => {
  it("keeps the line beside a picture out of the text", () => {
    const body = `<article><div class="ArticleImg"><img src="/a.jpg"><span>حديقة عامة - أرشيفية</span></div>${BODY}</article>`;
    const source = read("", body);
    assert.ok(!source.text.includes("أرشيفية"));
    assert.ok(source.captions.includes("حديقة عامة - أرشيفية"));
  });
  it("drops print, send-to-a-friend and ad labels", () => {
    const body = `<article>${BODY}<span class="stream-title">إعلان</span> <a href="#">طباعة</a> | <a href="#">أرسل لصديق</a></article>`;
    assert.equal(read("", body).text, [P1, P2, P3].join("\n\n"));
  });
  it("drops the kicker and headline, the author's byline and a colon dateline", () => {
    const text = ["محليات", "خطة الحدائق", "كتب سامر الخطيب 12 مارس 2023", "بيروت:", P1].join("\n\n");
    assert.equal(dropLeadLines(text, "خطة الحدائق", "سامر الخطيب").trim(), P1);
  });
  it("keeps a short opening line that is not a byline or the headline", () => {
    const text = ["الحدائق أولا", P1].join("\n\n");
    assert.equal(dropLeadLines(text, "خطة الحدائق", null), text);
  });
});

describe("metadata a page only shows", () => {
  it("takes the headline from large type when <title> is only the site's name", () => {
    const body = `<table><tr><td><font size="5"><b>خطة لتوسيع الحدائق العامة</b></font></td></tr><tr><td>${BODY}</td></tr></table>`;
    assert.equal(read("<title>جريدة الوادي</title>", body).meta.title, "خطة لتوسيع الحدائق العامة");
  });
  it("reads a date that a block opens with نُشر في", () => {
    const body = `<div><div class="x1">نُشر في 14 نوفمبر 2023</div><div>${BODY}</div></div>`;
    assert.equal(read("<title>خطة الحدائق</title>", body).meta.published, "2023-11-14");
  });
  it("reads the hAtom date in the title of abbr.published", () => {
    const body = `<div class="post">${BODY}<abbr class="published" title="2023-04-09T10:12:00+03:00">10:12 ص</abbr></div>`;
    assert.equal(read("", body).meta.published, "2023-04-09T10:12:00+03:00");
  });
});

describe("findMainBlock", () => {
  it("picks the container of the paragraphs over a longer run of separate comments", () => {
    const comments = Array.from({ length: 6 }, () => `<li><div class="c">${P1}</div></li>`).join("");
    const doc = parseHtmlDocument(`<div id="story">${BODY}</div><ol id="comments">${comments}</ol>`);
    assert.equal(findMainBlock(doc)?.getAttribute("id"), "story");
  });
  it("adds up paragraphs wrapped one to a div, over a comment longer than each", () => {
    const comment = `<div class="c"><p>${P1} ${P2}</p></div>`;
    const doc = parseHtmlDocument(
      `<main id="story">${[P1, P2, P3, P1, P2, P3].map((p) => `<div><p>${p}</p></div>`).join("")}</main><section>${comment}${comment}</section>`,
    );
    assert.equal(findMainBlock(doc)?.getAttribute("id"), "story");
  });
});
