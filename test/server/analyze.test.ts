import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { MarsadRecord } from "../../src/doc/index.js";
import { schemaErrors } from "../helpers/schema.js";
import { errorOf, SHORT_ARTICLE, testApp } from "./setup.js";

const { app, store } = testApp({ maxBody: 64 * 1024 });

type Body = NonNullable<RequestInit["body"]>;

async function post(body: Body, type: string | null, query = ""): Promise<Response> {
  const headers: Record<string, string> = type === null ? {} : { "Content-Type": type };
  return app.request(`/api/analyze${query}`, { method: "POST", headers, body });
}

async function recordOf(res: Response): Promise<MarsadRecord> {
  assert.equal(res.status, 200, await res.clone().text());
  const record = (await res.json()) as MarsadRecord;
  assert.deepEqual(schemaErrors(record), []);
  return record;
}

const HOSTILE = `<!doctype html><html><head><title>تصريح</title>
<script>fetch("/steal?c=" + document.cookie)</script></head>
<body><article><h1>تصريح</h1>
<p>${SHORT_ARTICLE}</p>
<img src="x" onerror="alert(1)"><p onclick="alert(2)">وأضاف الوزير أن الاجتماع المقبل سيعقد في بغداد.</p>
<iframe srcdoc="<script>alert(3)</script>"></iframe><style>body{background:url(javascript:alert(4))}</style>
</article></body></html>`;

describe("POST /api/analyze", () => {
  test("analyses JSON text into a record, the metadata applied, nothing stored", async () => {
    const before = store.calls.length;
    const body = JSON.stringify({
      text: SHORT_ARTICLE,
      published: "2024-03-10",
      title: "عنوان",
      url: "https://example.com/a",
    });
    const record = await recordOf(await post(body, "application/json; charset=utf-8"));
    assert.equal(record.text, SHORT_ARTICLE);
    assert.equal(record.meta.published, "2024-03-10");
    assert.equal(record.meta.url, "https://example.com/a");
    assert.ok(record.quotes.some((quote) => quote.text === "الحوار مع دمشق مستمر"));
    // Relative times are anchored on the given date: الأحد is 2024-03-10.
    assert.ok(record.times.some((time) => time.value === "2024-03-10"));
    assert.equal(store.calls.length, before);
  });

  test("reads hostile HTML into text: no script, handler or tag reaches the record", async () => {
    const record = await recordOf(await post(JSON.stringify({ html: HOSTILE }), "application/json"));
    const serialised = JSON.stringify(record);
    assert.doesNotMatch(
      serialised,
      /<script|onerror|onclick|alert\(|<img|<iframe|javascript:|document\.cookie/i,
    );
    assert.doesNotMatch(record.text, /[<>]/);
    assert.match(record.text, /الحوار مع دمشق مستمر/);
    assert.match(record.text, /الاجتماع المقبل/);
    for (const entity of record.entities)
      for (const mention of entity.mentions)
        assert.equal(record.text.slice(mention.start, mention.end), mention.text);
  });

  test("takes a raw text/plain body, metadata in the query string", async () => {
    const record = await recordOf(await post(SHORT_ARTICLE, "text/plain", "?published=2024-03-10&outlet=x"));
    assert.equal(record.text, SHORT_ARTICLE);
    assert.equal(record.meta.outlet, "x");
  });

  test("takes a raw text/html page; the page's own title is kept unless one is given", async () => {
    const page = await recordOf(await post(HOSTILE, "text/html; charset=utf-8"));
    assert.equal(page.meta.title, "تصريح");
    assert.doesNotMatch(JSON.stringify(page), /<script|onerror/);
    const titled = await recordOf(await post(HOSTILE, "text/html", `?title=${encodeURIComponent("آخر")}`));
    assert.equal(titled.meta.title, "آخر");
  });

  test("reads a text/plain body in the charset it declares", async () => {
    const windows1256 = new Uint8Array([
      0xc8, 0xdb, 0xcf, 0xc7, 0xcf, 0x20, 0xda, 0xc7, 0xd5, 0xe3, 0xc9, 0x20, 0xc7, 0xe1, 0xda, 0xd1, 0xc7,
      0xde,
    ]);
    const record = await recordOf(await post(windows1256, "text/plain; charset=windows-1256"));
    assert.equal(record.text, "بغداد عاصمة العراق");
  });
});

describe("POST /api/analyze rejects bad requests", () => {
  const cases: [string, Body, string | null, number, string, RegExp][] = [
    ["malformed JSON", '{"text": "غير مكتمل', "application/json", 400, "body.json", /not valid JSON/],
    ["JSON that is not an object", "[1,2]", "application/json", 400, "body.invalid", /must be a JSON object/],
    [
      "neither text nor html",
      '{"title":"x"}',
      "application/json",
      400,
      "body.invalid",
      /exactly one of text and html/,
    ],
    [
      "both text and html",
      '{"text":"a","html":"<p>a</p>"}',
      "application/json",
      400,
      "body.invalid",
      /exactly one/,
    ],
    [
      "text that is not a string",
      '{"text":42}',
      "application/json",
      400,
      "body.invalid",
      /field text must be a string/,
    ],
    [
      "an unknown field",
      '{"text":"a","lang":"ar"}',
      "application/json",
      400,
      "body.invalid",
      /unknown field\(s\) lang/,
    ],
    [
      "a bad date",
      '{"text":"a","published":"10/03/2024"}',
      "application/json",
      400,
      "body.invalid",
      /field published must be YYYY-MM-DD/,
    ],
    [
      "a javascript: URL",
      '{"text":"a","url":"javascript:alert(1)"}',
      "application/json",
      400,
      "body.invalid",
      /field url must be an http\(s\) URL/,
    ],
    ["an empty body", "", "application/json", 400, "body.empty", /empty/],
    [
      "no Content-Type",
      new TextEncoder().encode("نص"),
      null,
      415,
      "body.media-type",
      /no Content-Type is not accepted/,
    ],
    [
      "a form body",
      "text=x",
      "application/x-www-form-urlencoded",
      415,
      "body.media-type",
      /application\/json, text\/plain or text\/html/,
    ],
    [
      "text with nothing left after cleaning",
      "   \n\t  ",
      "text/plain",
      422,
      "input.empty",
      /the body holds only whitespace/,
    ],
    [
      "invalid UTF-8 in JSON",
      new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]),
      "application/json",
      400,
      "body.json",
      /UTF-8/,
    ],
  ];
  for (const [name, body, type, status, code, message] of cases) {
    test(name, async () => {
      const res = await post(body, type);
      assert.equal(res.status, status);
      const error = await errorOf(res);
      assert.equal(error.code, code);
      assert.match(error.message, message);
    });
  }

  test("a raw body rejects unknown and bad query parameters", async () => {
    const unknown = await post("نص", "text/plain", "?lang=ar");
    assert.equal(unknown.status, 400);
    assert.match((await errorOf(unknown)).message, /unknown parameter lang/);
    const date = await post("نص", "text/plain", "?published=soon");
    assert.equal(date.status, 400);
    assert.match((await errorOf(date)).message, /parameter published/);
  });
});

describe("request bodies over the limit are 413s", () => {
  const big = "ا".repeat(40 * 1024); // 80 KB in UTF-8, over the 64 KB test limit

  test("when Content-Length says so, before reading", async () => {
    const res = await post(JSON.stringify({ text: big }), "application/json");
    assert.equal(res.status, 413);
    assert.match((await errorOf(res)).message, /over the 65536-byte limit/);
  });

  test("when the body is streamed without a length (chunked)", async () => {
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Endless: the server must stop reading at the limit, not wait for the end.
        sent += 16 * 1024;
        controller.enqueue(new Uint8Array(16 * 1024).fill(0x61));
      },
    });
    const res = await app.request("/api/analyze", {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    assert.equal(res.status, 413);
    assert.ok(sent < 200 * 1024, `read ${sent} bytes`);
  });

  test("when Content-Length lies low", async () => {
    const res = await app.request("/api/analyze", {
      method: "POST",
      headers: { "Content-Type": "text/plain", "Content-Length": "10" },
      body: big,
    });
    assert.equal(res.status, 413);
  });
});
