/**
 * @module doc
 * The document model: cleaned text plus stand-off layers. Imports nothing from the rest of Marsad.
 */
export * from "./span.js";
export * from "./layers.js";
export * from "./note.js";
export * from "./errors.js";
export * from "./document.js";
export * from "./stage.js";
export * from "./standoff.js";
export * from "./record.js";
