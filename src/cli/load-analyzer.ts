import { loadResources } from "../node/resources.js";
import { analyzeSource } from "../pipeline/index.js";
import type { Analyzer } from "./io.js";

/** The real analyser: the committed lexicons loaded once, then every default stage per input. */
export function loadAnalyzer(): Analyzer {
  const resources = loadResources();
  return (source, options) => analyzeSource(source, resources, { reference: options.reference });
}
