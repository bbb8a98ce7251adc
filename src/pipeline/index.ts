/**
 * @module pipeline
 * The ordered stage list and `analyzeSource`: cleaned source in, document with every layer out.
 */
export * from "./analyze.js";
export * from "./create-document.js";
export * from "./version.js";
export * from "./analyze-text.js";
