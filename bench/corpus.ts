import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

export interface CorpusArticle {
  readonly line: number;
  readonly text: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

/** Streams a JSONL corpus one article at a time (never loads the file whole). */
export async function* readCorpus(path: string): AsyncGenerator<CorpusArticle> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let line = 0;
  for await (const raw of lines) {
    line++;
    if (raw.trim() === "") continue;
    const record: unknown = JSON.parse(raw);
    if (typeof record !== "object" || record === null) continue;
    const fields = record as Record<string, unknown>;
    const text = typeof fields.text === "string" ? fields.text : "";
    if (text.trim() === "") continue;
    yield {
      line,
      text,
      title: typeof fields.title === "string" ? fields.title : null,
      url: typeof fields.url === "string" ? fields.url : null,
      published: typeof fields.time === "string" ? fields.time : null,
    };
  }
}
