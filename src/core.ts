/**
 * @module marsad/core
 * Marsad's browser-safe core: the document model, the Arabic text core, cleaning and the pipeline.
 * No Node APIs: hand the data files' text to `buildResources` and pass the resources to `analyzeText`.
 */
export * from "./doc/index.js";
export { buildResources, resourceVersions, type Resources, type ResourceFiles } from "./resources/index.js";
export {
  matchKey,
  isFolded,
  splitSentences,
  tokenize,
  segmentWord,
  sentencesStage,
  tokensStage,
} from "./text/index.js";
export { cleanText } from "./ingest/clean-text.js";
export { decodeText } from "./ingest/decode.js";
export * from "./pipeline/index.js";
