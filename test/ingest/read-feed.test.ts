import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import fc from "fast-check";
import { MarsadError } from "../../src/doc/index.js";
import { readFeed, type IngestedDocument, type IngestResult } from "../../src/ingest/index.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url));
const encoder = new TextEncoder();

function split(results: readonly IngestResult[]): { docs: IngestedDocument[]; errors: MarsadError[] } {
  const docs: IngestedDocument[] = [];
  const errors: MarsadError[] = [];
  for (const result of results) {
    if (result instanceof MarsadError) errors.push(result);
    else docs.push(result);
  }
  return { docs, errors };
}

function read(bytes: Uint8Array, input: string) {
  return split(Array.from(readFeed(bytes, input)));
}

function failsWith(code: string, input: string, message: RegExp) {
  return (error: unknown) =>
    error instanceof MarsadError &&
    error.code === code &&
    error.input === input &&
    message.test(error.message);
}

describe("RSS 2.0", () => {
  const { docs, errors } = read(fixture("rss2.xml"), "rss2.xml");

  test("reads content:encoded (CDATA) as HTML, over the description, keeping its video", () => {
    const [first] = docs;
    assert.equal(
      first?.text,
      "أعلنت البلدية صباح اليوم عن خطة لتوسيع الحدائق العامة في الأحياء الشرقية.\n\nوقال رئيس البلدية إن العمل يبدأ الشهر المقبل & ينتهي في الصيف.",
    );
    assert.deepEqual(first?.media, [{ type: "video", url: "https://www.youtube.com/watch?v=lojwLWF_zt4" }]);
  });

  test("resolves a relative link against the channel link, and reads pubDate with its zone", () => {
    assert.deepEqual(docs[0]?.meta, {
      title: "البلدية توسع الحدائق العامة",
      author: "سلمى العلي",
      url: "https://news.example.com/ar/news/parks-2024",
      published: "2024-03-09T14:30:00+03:00",
    });
  });

  test("reads an escaped HTML description and title, dc:date and dc:creator", () => {
    assert.equal(docs[1]?.text, "افتتحت وزارة الثقافة مكتبة رقمية تضم عشرة آلاف كتاب.");
    assert.equal(docs[1]?.meta.title, "افتتاح مكتبة رقمية");
    assert.equal(docs[1]?.meta.published, "2024-03-08T09:15:00Z");
    assert.equal(docs[1]?.meta.author, "فريق التحرير");
  });

  test("reports an item without body text, naming it, and reads the next", () => {
    assert.deepEqual(
      errors.map((error) => [error.input, error.code, error.message]),
      [["rss2.xml#3", "input.empty", "the item has no body text (no description or content:encoded)"]],
    );
    assert.deepEqual(
      docs.map((doc) => doc.source),
      ["rss2.xml#1", "rss2.xml#2", "rss2.xml#4"],
    );
  });

  test("falls back to the feed's date, with a note", () => {
    assert.equal(docs[2]?.meta.published, "2024-03-09T18:00:00+03:00");
    assert.deepEqual(
      docs[2]?.notes.map((note) => note.code),
      ["feed.date"],
    );
  });
});

describe("Atom", () => {
  const { docs, errors } = read(fixture("atom.xml"), "atom.xml");

  test("reads every entry", () => {
    assert.deepEqual(errors, []);
    assert.equal(docs.length, 3);
  });

  test("reads html content and title, published over updated, author name", () => {
    assert.equal(
      docs[0]?.text,
      "ارتفعت أسعار القمح في الأسواق المحلية بنسبة عشرة في المئة.\n\nوأوضح التجار أن السبب هو الجفاف.",
    );
    assert.deepEqual(docs[0]?.meta, {
      title: "ارتفاع أسعار القمح",
      author: "خالد منصور",
      url: "https://atom.example.org/arabic/economy/wheat.html",
      published: "2024-03-10T07:45:00+03:00",
    });
  });

  test("resolves a link against an entry's xml:base, itself relative to the feed's", () => {
    assert.equal(docs[1]?.meta.url, "https://atom.example.org/sport/final.html");
    assert.equal(docs[1]?.text, "فاز المنتخب الوطني في المباراة النهائية.");
  });

  test("keeps a < in text content as text", () => {
    assert.equal(docs[2]?.text, "قال الوزير إن 3 < 5 في جدول الأولويات.");
  });
});

describe("RDF (RSS 1.0)", () => {
  const { docs, errors } = read(fixture("rdf.xml"), "rdf.xml");

  test("reads items beside the channel, with dc:date and a link resolved against the channel", () => {
    assert.deepEqual(errors, []);
    assert.deepEqual(docs[0]?.meta, {
      title: "أمسية شعرية في بيروت",
      author: "ليلى حداد",
      url: "https://rdf.example.net/ar/poetry",
      published: "2024-03-06T20:00:00+02:00",
    });
  });

  test("takes rdf:about when an item has no link", () => {
    assert.equal(docs[1]?.meta.url, "https://rdf.example.net/ar/theatre");
    assert.equal(docs[1]?.meta.published, "2024-03-07T12:00:00+02:00");
  });
});

describe("bad feeds", () => {
  test("names an HTML error page served as a feed, with its title", () => {
    assert.throws(
      () => read(fixture("error-page.xml"), "error-page.xml"),
      failsWith(
        "input.format",
        "error-page.xml",
        /^the file is an HTML page, not an RSS, Atom or RDF feed \("404 الصفحة غير موجودة"\)/,
      ),
    );
  });

  test("reads the items before a truncation, then reports it", () => {
    const results = Array.from(readFeed(fixture("truncated.xml"), "truncated.xml"));
    assert.equal(results.length, 2);
    const [first, last] = results;
    assert.ok(first && !(first instanceof MarsadError));
    assert.equal(first.text, "انطلقت اليوم أعمال المؤتمر الاقتصادي في الرياض.");
    assert.equal(first.meta.url, "https://cut.example.com/a");
    assert.ok(last instanceof MarsadError);
    assert.equal(last.code, "input.truncated");
    assert.match(
      last.message,
      /ends before its XML is complete \(unclosed <rss>, <channel>, <item>, <description>\): it looks truncated/,
    );
  });

  test("reports malformed XML with its line and still reads the items before it", () => {
    const xml = `<rss><channel><link>https://m.example.com/</link>
<item><title>أ</title><description>خبر أول عن الاقتصاد.</description></item>
<item><title>ب</title><description>خبر <b>ثان</description></item>
</channel></rss>`;
    const { docs, errors } = read(encoder.encode(xml), "bad.xml");
    assert.equal(docs[0]?.text, "خبر أول عن الاقتصاد.");
    assert.equal(errors.length, 1);
    assert.match(
      errors[0]?.message ?? "",
      /^the file is not well-formed XML at line 3, column \d+ \(.+\); only the complete items/,
    );
  });

  test("refuses XML that is not a feed, and text that is not XML", () => {
    assert.throws(
      () => read(encoder.encode('<?xml version="1.0"?><urlset><url/></urlset>'), "sitemap.xml"),
      failsWith(
        "input.format",
        "sitemap.xml",
        /is XML with root element <urlset>, not an RSS, Atom or RDF feed/,
      ),
    );
    assert.throws(
      () => read(encoder.encode("قال الوزير"), "-"),
      failsWith("input.format", "-", /^standard input is not XML/),
    );
  });

  test("reports a feed without items", () => {
    const { errors } = read(encoder.encode("<rss><channel><title>t</title></channel></rss>"), "none.xml");
    assert.deepEqual(
      errors.map((error) => error.message),
      ["the feed has no items"],
    );
  });

  test("reads a feed in the single-byte encoding its declaration names", () => {
    const text = "أعلن الوزير خطة جديدة.";
    const table = new Map<string, number>();
    const decoder = new TextDecoder("windows-1256");
    for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
    const body = Uint8Array.from(Array.from(text), (char) => table.get(char) ?? 0x3f);
    const head = encoder.encode(
      '<?xml version="1.0" encoding="windows-1256"?><rss><channel><item><description>',
    );
    const tail = encoder.encode("</description></item></channel></rss>");
    const { docs } = read(Uint8Array.from([...head, ...body, ...tail]), "old.xml");
    assert.equal(docs[0]?.text, text);
  });

  test("does not expand nested entities without bound", () => {
    const levels = ['<!ENTITY a "aaaaaaaaaa">'];
    for (let i = 1; i < 8; i++) {
      const previous = String.fromCharCode(96 + i);
      levels.push(`<!ENTITY ${String.fromCharCode(97 + i)} "${`&${previous};`.repeat(10)}">`);
    }
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [${levels.join("")}]><rss><channel><item><description>خبر &h;</description></item></channel></rss>`;
    const started = Date.now();
    const results = (() => {
      try {
        return Array.from(readFeed(encoder.encode(xml), "bomb.xml"));
      } catch (error) {
        return [error];
      }
    })();
    assert.ok(Date.now() - started < 2000);
    for (const result of results) {
      if (result instanceof MarsadError) continue;
      assert.ok(result && typeof result === "object" && "text" in result);
      assert.ok(String(result.text).length < 2_000_000);
    }
  });

  test("refuses a feed over the size cap", () => {
    assert.throws(
      () => Array.from(readFeed(new Uint8Array(2048).fill(0x20), "big.xml", { maxBytes: 1024 })),
      failsWith("input.too-large", "big.xml", /over the 0\.0 MB limit/),
    );
  });
});

describe("any input", () => {
  const piece = fc.oneof(
    fc.string({ unit: "binary", maxLength: 30 }),
    fc.constantFrom(
      '<?xml version="1.0" encoding="utf-8"?>',
      "<rss>",
      "</rss>",
      "<channel>",
      "<item>",
      "</item>",
      "<entry>",
      "<feed xmlns='http://www.w3.org/2005/Atom'>",
      "<rdf:RDF>",
      "<description>",
      "</description>",
      "<![CDATA[<p>قال الوزير</p>",
      "]]>",
      "<link>/a</link>",
      '<link href="b"/>',
      "&amp;",
      "&bogus;",
      "<!DOCTYPE x [<!ENTITY e 'قال'>]>",
      "<title>",
      "خبر عاجل",
    ),
  );
  test("gives documents or MarsadErrors, never a crash or a hang", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.boolean(), (pieces, asBytes) => {
        const bytes = asBytes
          ? Uint8Array.from(pieces.join(""), (c) => c.charCodeAt(0) & 0xff)
          : encoder.encode(pieces.join(""));
        try {
          for (const result of readFeed(bytes, "x.xml")) {
            if (result instanceof MarsadError) assert.match(result.input, /^x\.xml(?:#\d+)?$/);
            else assert.ok(result.text.length > 0);
          }
        } catch (error) {
          if (!(error instanceof MarsadError)) throw error;
        }
      }),
      { numRuns: 400 },
    );
  });
});
