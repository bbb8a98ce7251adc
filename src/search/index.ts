/**
 * @module search
 * Browser-safe search core shared by every store backend: index terms, query parsing, snippets,
 * date bounds, exact-duplicate keys and MinHash/LSH for near-duplicates and stories.
 */
export { indexTerms, termString, wordKey, nameKey, type IndexTerm, type TermResources } from "./terms.js";
export {
  parseQuery,
  MAX_CLAUSES,
  MAX_QUERY_LENGTH,
  MAX_VARIANTS,
  type ParsedQuery,
  type QueryClause,
} from "./parse-query.js";
export { contentHash, hashKey, normalizedContent, canonicalUrl } from "./content-hash.js";
export {
  minhashSignature,
  lshBandKeys,
  signatureSimilarity,
  signatureToBytes,
  signatureFromBytes,
  SHINGLE_WORDS,
  LSH_BANDS,
  LSH_ROWS,
  SIGNATURE_LENGTH,
  STORY_SIMILARITY,
} from "./minhash.js";
export { dayBounds, publishedDay, type DayBounds } from "./date-range.js";
export { makeSnippet, SNIPPET_LENGTH, type Snippet } from "./snippet.js";
export { murmur32, fmix32 } from "./hash32.js";
