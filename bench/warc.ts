/**
 * `npm run bench:warc -- [--records N] [--runs N]`: writes a WARC.gz of N records (default 10,000;
 * one gzip member per record, as Common Crawl writes them) of Arabic pages composed from a few
 * templates into a temporary folder, then streams it through readWarcRecords + readHtml and prints
 * pages/s (median of runs) with peak RSS and the heap retained after each quarter of the file.
 * Imports dist/, as bench.ts does (tsx's transform would distort the timing).
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { readHtml } from "../dist/ingest/read-html.js";
import { readWarcRecords } from "../dist/node/warc-stream.js";
import { median, mib } from "./stats.js";

const { values } = parseArgs({
  options: { records: { type: "string", default: "10000" }, runs: { type: "string", default: "3" } },
});
const recordCount = Math.max(20, Number(values.records) || 10_000);
const runs = Math.max(1, Number(values.runs) || 3);

const SENTENCES = [
  "أعلنت وزارة الصحة صباح اليوم عن افتتاح مستشفى جديد في مدينة {city} بسعة {n} سرير.",
  "وقال {person} في مؤتمر صحفي إن الحكومة ماضية في تنفيذ خطتها رغم الصعوبات الاقتصادية.",
  "وأوضح المتحدث باسم الوزارة أن العمل في المشروع بدأ قبل {n} شهرا وسينتهي مطلع العام المقبل.",
  "من جهته، أشار {person} إلى أن الاتفاق يشمل تبادل الخبرات وتدريب الكوادر المحلية.",
  "وشهدت {city} أمس مظاهرات شارك فيها الآلاف للمطالبة بتحسين الخدمات العامة.",
  "وذكرت وكالة الأنباء الرسمية أن الرئيس استقبل نظيره في قصر الضيافة يوم الثلاثاء.",
  "وأكد البيان الختامي للقمة ضرورة وقف إطلاق النار وفتح الممرات الإنسانية دون تأخير.",
  "وارتفع سعر صرف الدولار إلى {n} جنيها في السوق الموازية بحسب ما أفاد به تجار.",
  "ونقلت صحيفة محلية عن مصدر مطلع قوله: «لن نقبل بأي تسوية لا تضمن حقوق المتضررين».",
  "وفي سياق متصل، أعلن الاتحاد الرياضي تأجيل المباراة إلى الأسبوع المقبل لأسباب أمنية.",
];
const CITIES = ["القاهرة", "بيروت", "عمّان", "الرباط", "تونس", "الدوحة", "بغداد", "الخرطوم"];
const PEOPLE = ["أحمد الخطيب", "سارة المنصوري", "محمد بن سالم", "ليلى حداد", "يوسف العمري"];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

function paragraphs(n: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    pick(SENTENCES, n * 7 + i * 3)
      .replace("{city}", pick(CITIES, n + i))
      .replace("{person}", pick(PEOPLE, n * 3 + i))
      .replace("{n}", String(((n * 37 + i * 11) % 90) + 10)),
  );
}

/** Three layouts seen on Arabic news sites: a modern article, a portal with furniture, a legacy table. */
function composePage(n: number): string {
  const title = `${pick(CITIES, n)}: ${paragraphs(n, 1)[0]!.slice(0, 40)}`;
  const body = paragraphs(n, 6 + (n % 10));
  const head = `<meta charset="utf-8"><title>${title} | موقع الأخبار</title>`;
  switch (n % 3) {
    case 0:
      return (
        `<!DOCTYPE html><html lang="ar" dir="rtl"><head>${head}` +
        `<meta property="article:published_time" content="2024-05-${String((n % 28) + 1).padStart(2, "0")}T08:00:00+03:00">` +
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${title}","author":{"name":"${pick(PEOPLE, n)}"}}</script>` +
        `</head><body><header><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav></header>` +
        `<main><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join("")}` +
        `<figure><img src="/img/${n}.jpg"><figcaption>صورة من الأرشيف</figcaption></figure></article></main>` +
        `<footer>جميع الحقوق محفوظة</footer></body></html>`
      );
    case 1:
      return (
        `<html dir="rtl"><head>${head}</head><body><div class="menu"><ul>${CITIES.map((c) => `<li><a href="/c">${c}</a></li>`).join("")}</ul></div>` +
        `<div class="content"><h2>${title}</h2><div class="text">${body.join("<br><br>")}</div>` +
        `<div class="share">شارك على فيسبوك تويتر</div><div class="related"><h3>أخبار ذات صلة</h3>` +
        `${paragraphs(n + 1, 4)
          .map((p) => `<a href="/r">${p.slice(0, 50)}</a>`)
          .join("")}</div>` +
        `<div class="comments">التعليقات (0)</div></div><div class="sidebar">الأكثر قراءة</div></body></html>`
      );
    default:
      return (
        `<html><head>${head}</head><body><table width="100%"><tr><td class="nav">الصفحة الرئيسية</td></tr>` +
        `<tr><td><font size="4"><b>${title}</b></font><br>${body.map((p) => `<p align="justify">${p}</p>`).join("")}` +
        `</td></tr></table></body></html>`
      );
  }
}

const encoder = new TextEncoder();
/** Windows-1256 bytes of a string, from the decoder's own table (code points it lacks become "?"). */
const CP1256 = new Map<string, number>();
{
  const decoded = new TextDecoder("windows-1256").decode(Uint8Array.from({ length: 128 }, (_, i) => 128 + i));
  [...decoded].forEach((char, i) => CP1256.set(char, 128 + i));
}
function windows1256(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) =>
    char.charCodeAt(0) < 128 ? char.charCodeAt(0) : (CP1256.get(char) ?? 63),
  );
}

function concat(parts: readonly (Uint8Array | string)[]): Uint8Array {
  const arrays = parts.map((p) => (typeof p === "string" ? encoder.encode(p) : p));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.length;
  }
  return out;
}

function warcRecord(
  type: string,
  uri: string,
  n: number,
  block: Uint8Array,
  contentType: string,
): Uint8Array {
  const header =
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n` +
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, "0")}>\r\n` +
    `WARC-Target-URI: ${uri}\r\nContent-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`;
  return concat([header, block, "\r\n\r\n"]);
}

/** Record n: mostly HTML responses (some Windows-1256, gzip-encoded or chunked), some requests and redirects. */
function composeRecord(n: number): { bytes: Uint8Array; isPage: boolean } {
  const uri = `https://news.example/${pick(["politics", "economy", "sport"], n)}/${n}`;
  const http = "application/http; msgtype=response";
  if (n === 0) {
    const info = encoder.encode("software: marsad bench\r\nformat: WARC File Format 1.0\r\n");
    return { bytes: warcRecord("warcinfo", "", n, info, "application/warc-fields"), isPage: false };
  }
  if (n % 20 === 5)
    return {
      bytes: warcRecord(
        "request",
        uri,
        n,
        encoder.encode(`GET /${n} HTTP/1.1\r\nHost: news.example\r\n\r\n`),
        "application/http; msgtype=request",
      ),
      isPage: false,
    };
  if (n % 20 === 15)
    return {
      bytes: warcRecord(
        "response",
        uri,
        n,
        encoder.encode(`HTTP/1.1 301 Moved\r\nLocation: ${uri}/\r\n\r\n`),
        http,
      ),
      isPage: false,
    };
  const html = composePage(n);
  let headers = "Content-Type: text/html; charset=utf-8\r\n";
  let payload: Uint8Array = encoder.encode(html);
  if (n % 10 === 3) {
    headers = "Content-Type: text/html; charset=windows-1256\r\n";
    payload = windows1256(html.replace('<meta charset="utf-8">', ""));
  } else if (n % 10 === 7) {
    headers += "Content-Encoding: gzip\r\n";
    payload = gzipSync(payload);
  } else if (n % 10 === 9) {
    headers += "Transfer-Encoding: chunked\r\n";
    const half = payload.length >> 1;
    payload = concat([
      `${half.toString(16)}\r\n`,
      payload.subarray(0, half),
      `\r\n${(payload.length - half).toString(16)}\r\n`,
      payload.subarray(half),
      "\r\n0\r\n\r\n",
    ]);
  }
  const block = concat([`HTTP/1.1 200 OK\r\n${headers}\r\n`, payload]);
  return { bytes: warcRecord("response", uri, n, block, http), isPage: true };
}

async function writeWarc(path: string): Promise<number> {
  const out = createWriteStream(path);
  let pages = 0;
  for (let n = 0; n < recordCount; n++) {
    const record = composeRecord(n);
    if (record.isPage) pages++;
    if (!out.write(gzipSync(record.bytes)))
      await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return pages;
}

interface RunFigures {
  readonly pages: number;
  readonly errors: number;
  readonly characters: number;
  readonly seconds: number;
  readonly peakRss: number;
  readonly heapByQuarter: readonly number[];
}

const gc = (globalThis as { gc?: () => void }).gc;

async function run(path: string, expectedPages: number, extract: boolean): Promise<RunFigures> {
  gc?.();
  let pages = 0;
  let errors = 0;
  let characters = 0;
  let peakRss = process.memoryUsage.rss();
  const heapByQuarter: number[] = [];
  const quarter = Math.ceil(expectedPages / 4);
  const started = performance.now();
  for await (const item of readWarcRecords(path)) {
    if (item instanceof Error) {
      errors++;
      continue;
    }
    if (extract) {
      try {
        characters += readHtml(item.body, item.input, { contentType: item.contentType }).text.length;
      } catch {
        errors++;
      }
    } else characters += item.body.length;
    pages++;
    if (pages % 64 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
    if (pages % quarter === 0) {
      gc?.();
      heapByQuarter.push(process.memoryUsage().heapUsed);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    pages,
    errors,
    characters,
    seconds,
    peakRss: Math.max(peakRss, process.memoryUsage.rss()),
    heapByQuarter,
  };
}

const dir = mkdtempSync(join(tmpdir(), "marsad-bench-warc-"));
try {
  const path = join(dir, "news.warc.gz");
  const writeStarted = performance.now();
  const expectedPages = await writeWarc(path);
  console.log(
    `wrote ${recordCount} records (${expectedPages} HTML pages), ${mib(statSync(path).size)} MiB gzipped, ` +
      `in ${((performance.now() - writeStarted) / 1000).toFixed(1)} s`,
  );

  const streamOnly = await run(path, expectedPages, false);
  console.log(
    `WARC stream only (gunzip + records + HTTP): ${Math.round(streamOnly.pages / streamOnly.seconds)} pages/s, ` +
      `${streamOnly.pages} pages, ${streamOnly.errors} errors`,
  );

  const figures: RunFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const figure = await run(path, expectedPages, true);
    figures.push(figure);
    console.log(
      `  run ${i + 1}: ${(figure.pages / figure.seconds).toFixed(0)} pages/s, ${figure.pages} pages, ` +
        `${figure.errors} errors, ${figure.seconds.toFixed(1)} s`,
    );
  }
  const last = figures.at(-1)!;
  console.log(
    `WARC.gz + readHtml: ${median(figures.map((f) => f.pages / f.seconds)).toFixed(0)} pages/s median of ${runs} runs ` +
      `over ${last.pages} pages (${(last.characters / last.pages).toFixed(0)} characters of text a page)`,
  );
  console.log(
    `memory: peak RSS ${mib(Math.max(...figures.map((f) => f.peakRss)))} MiB; heap retained after each quarter ` +
      `${last.heapByQuarter.map(mib).join(" / ")} MiB`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
