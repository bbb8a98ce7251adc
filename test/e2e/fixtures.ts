/**
 * The e2e store's articles, made by really analysing texts: the seed article, four news articles
 * from the ANT corpus (two outlets, several months) and a hostile article whose text, title, URL
 * and media carry script, onerror and javascript: payloads that must stay inert in the UI.
 */
import { readFileSync } from "node:fs";
import { toRecord, type MarsadRecord } from "../../src/doc/index.js";
import { analyzeSource, analyzeText } from "../../src/pipeline/index.js";
import { testResources } from "../helpers/resources.js";

const SEED = new URL("../../../shared/fixtures/seed-article.txt", import.meta.url);
const ANT = new URL(
  "../../../shared/data/news/ant-multisource/ant_multisource_v2.1_middleEast_internationalNews_sample.jsonl",
  import.meta.url,
);
/** Lines of the ANT sample: Iraq-related articles from alarabia and skynews, March–May 2018. */
const ANT_LINES = [13, 395, 3178, 3309];

export const SEED_TITLE = "باركر: هزيمة داعش تبقى أولوية للتحالف الدولي";
export const SEED_PUBLISHED = "2022-05-14";
export const HOSTILE_TITLE = '<img src=x onerror="window.__xss=1">تقرير عن بغداد';
/** Payloads in the hostile text; each would set window.__xss if it ever ran. */
export const HOSTILE_TEXT = [
  "قال وزير الخارجية العراقي فؤاد حسين في بغداد إن “الحوار مع دمشق مستمر” <script>window.__xss=1</script>.",
  'وأضاف <img src=x onerror="window.__xss=1"> أن <a href="javascript:window.__xss=1">الرابط</a> لا يعمل.',
  '<svg onload=window.__xss=1></svg> <iframe src="javascript:window.__xss=1"></iframe>',
].join("\n");

interface AntArticle {
  readonly id: string;
  readonly source: string;
  readonly url: string;
  readonly time: string;
  readonly title: string;
  readonly text: string;
}

function antArticles(): AntArticle[] {
  const lines = readFileSync(ANT, "utf8").split("\n");
  return ANT_LINES.map((n) => JSON.parse(lines[n] ?? "{}") as AntArticle);
}

export function fixtureRecords(): MarsadRecord[] {
  const resources = testResources();
  const seed = toRecord(
    analyzeText(readFileSync(SEED, "utf8"), resources, {
      reference: SEED_PUBLISHED,
      meta: {
        title: SEED_TITLE,
        published: SEED_PUBLISHED,
        url: "https://www.alhurra.com/iraq/2022/05/14/parker",
        outlet: "alhurra",
      },
    }),
  );
  const news = antArticles().map((article) => {
    const published = new Date(article.time).toISOString().slice(0, 10);
    return toRecord(
      analyzeText(article.text, resources, {
        reference: published,
        meta: { title: article.title, published, url: article.url, outlet: article.source },
      }),
    );
  });
  // Cleaning would strip the tags; the UI must be safe even when a store holds them raw, so the
  // hostile text skips cleaning, and its media holds what cleaning would never let through.
  const hostile = toRecord(
    analyzeSource(
      {
        text: HOSTILE_TEXT,
        media: [{ type: "video", url: "javascript:window.__xss=1" }],
        notes: [],
        meta: {
          title: HOSTILE_TITLE,
          published: "2024-03-10",
          url: "javascript:window.__xss=1",
          outlet: "<b onmouseover=window.__xss=1>evil</b>",
        },
      },
      resources,
    ),
  );
  return [seed, ...news, hostile];
}
