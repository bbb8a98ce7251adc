import type { Document, DocumentMeta, LayerName } from "../doc/index.js";
import { cleanText } from "../ingest/clean-text.js";
import type { Resources } from "../resources/index.js";
import { analyzeSource, type AnalyzeOptions } from "./analyze.js";

export interface AnalyzeTextOptions extends AnalyzeOptions {
  readonly meta?: Partial<DocumentMeta>;
  /** Names the input in notes and errors: a path, a URL, "-". */
  readonly input?: string;
}

/** Raw scraped text in, analysed document out: cleaning (residue, entities, whitespace), then every stage. */
export function analyzeText(
  raw: string,
  resources: Resources,
  options: AnalyzeTextOptions = {},
): Document<LayerName> {
  const cleaned = cleanText(raw, options.input ?? options.meta?.source ?? "text");
  return analyzeSource({ ...cleaned, meta: options.meta ?? {} }, resources, options);
}
