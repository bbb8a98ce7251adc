import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { runCli } from "../../src/cli/program.js";
import type { Analyzer, CliIo } from "../../src/cli/io.js";
import { bytesInput } from "../../src/node/read-input.js";
import type { CleanedSource } from "../../src/pipeline/create-document.js";

const PAGE = `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>خطة الحدائق | المدينة</title>
<meta property="og:site_name" content="المدينة"><meta property="article:published_time" content="2024-03-09T14:30:00+03:00"></head>
<body><nav><a href="/">الرئيسية</a></nav><article><p>أعلنت البلدية صباح اليوم عن خطة لتوسيع الحدائق العامة في الأحياء الشرقية، وقالت إن العمل يبدأ الشهر المقبل.</p></article></body></html>`;

function run(args: string[], bytes: Uint8Array) {
  const seen: CleanedSource[] = [];
  const stub: Analyzer = (source) => {
    seen.push(source);
    throw new Error("stop after reading");
  };
  const io: CliIo = {
    stdout: () => {},
    stderr: () => {},
    openInput: async (name) => bytesInput(name, bytes),
    loadAnalyzer: () => stub,
  };
  return runCli(args, io).then(() => seen);
}

describe("analyze on HTML", () => {
  it("takes the HTML path for a page named .txt, with the page's metadata", async () => {
    const [source] = await run(["analyze", "page.txt"], new TextEncoder().encode(PAGE));
    assert.ok(source);
    assert.equal(source.meta?.title, "خطة الحدائق");
    assert.equal(source.meta?.published, "2024-03-09T14:30:00+03:00");
    assert.ok(!source.text.includes("الرئيسية"));
  });
  it("lets command-line options win over the page", async () => {
    const [source] = await run(["analyze", "--title", "عنوان آخر", "-"], new TextEncoder().encode(PAGE));
    assert.equal(source?.meta?.title, "عنوان آخر");
    assert.equal(source?.meta?.outlet, "المدينة");
  });
});
