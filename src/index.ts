/**
 * @module marsad
 * `import { analyze } from "marsad"` on Node: the core plus the committed data, loaded once.
 */
import type { Document, DocumentMeta, LayerName } from "./doc/index.js";
import { loadResources } from "./node/resources.js";
import { analyzeText } from "./pipeline/index.js";
import type { Resources } from "./resources/index.js";

export * from "./core.js";
export { loadResources } from "./node/resources.js";

export interface AnalyzeOptions {
  readonly meta?: Partial<DocumentMeta>;
  /** ISO date anchoring relative times; defaults to `meta.published`. */
  readonly reference?: string;
  /** Resources from `loadResources()`; loaded on the first call when absent. */
  readonly resources?: Resources;
}

let defaultResources: Resources | undefined;

/** Raw article text in, analysed document out (see `toRecord` for its JSON record). */
export function analyze(raw: string, options: AnalyzeOptions = {}): Document<LayerName> {
  const resources = options.resources ?? (defaultResources ??= loadResources());
  return analyzeText(raw, resources, { meta: options.meta ?? {}, reference: options.reference ?? null });
}
