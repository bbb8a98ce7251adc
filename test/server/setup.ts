/**
 * Shared set-up of the server tests: a few articles we wrote, analysed by the real pipeline, and
 * an app over the fake store whose log lines are captured.
 */
import { readFileSync } from "node:fs";
import type { Hono } from "hono";
import { toRecord, type MarsadRecord } from "../../src/doc/index.js";
import { analyzeText } from "../../src/pipeline/index.js";
import { createApp, type AppOptions } from "../../src/server/index.js";
import { testResources } from "../helpers/resources.js";
import { fakeStore, type FakeStore } from "./fake-store.js";

export const SHORT_ARTICLE =
  "بغداد – قال وزير الخارجية العراقي فؤاد حسين، الأحد، إن “الحوار مع دمشق مستمر”، مشيراً إلى أن وفداً من الأمم المتحدة سيزور بغداد الأسبوع المقبل.";

const SAMPLE_ARTICLE = readFileSync(new URL("../../examples/sample-article.txt", import.meta.url), "utf8");

let records: MarsadRecord[] | undefined;

/** The two example articles, analysed once per test process. */
export function sampleRecords(): MarsadRecord[] {
  records ??= [
    toRecord(
      analyzeText(SHORT_ARTICLE, testResources(), {
        meta: { published: "2024-03-10", title: "الحوار مع دمشق" },
      }),
    ),
    toRecord(
      analyzeText(SAMPLE_ARTICLE, testResources(), {
        meta: { published: "2024-03-13", title: "خطة المياه", outlet: "الحرة" },
      }),
    ),
  ];
  return records;
}

export interface TestApp {
  readonly app: Hono;
  readonly store: FakeStore;
  readonly logs: string[];
}

/** An app over the fake store holding the sample records. */
export function testApp(options: Partial<AppOptions> = {}): TestApp {
  const store = fakeStore(sampleRecords());
  const logs: string[] = [];
  const app = createApp({ store, resources: testResources(), log: (line) => logs.push(line), ...options });
  return { app, store, logs };
}

/** The error body of a response, checked for its shape. */
export async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  const body = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
  if (typeof body.error?.code !== "string" || typeof body.error.message !== "string")
    throw new Error(`not an error body: ${JSON.stringify(body)}`);
  return { code: body.error.code, message: body.error.message };
}
