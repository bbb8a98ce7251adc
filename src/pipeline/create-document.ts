import type { Document, DocumentMeta, MediaItem, Note } from "../doc/index.js";

/** Everything a reader hands to the pipeline: the cleaned text and what came with it. */
export interface CleanedSource {
  readonly text: string;
  readonly meta?: Partial<DocumentMeta>;
  readonly media?: readonly MediaItem[];
  readonly notes?: readonly Note[];
}

/** A stable id from the cleaned text: the same article gets the same id on every machine (FNV-1a, 64 bit). */
export function documentId(text: string): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    low ^= text.charCodeAt(i);
    // 64-bit multiply by the FNV prime 0x100000001b3, in two 32-bit halves; the carry out of the low
    // half comes from its 16-bit halves, in integers (a float division per character cost more).
    const lowProduct = Math.imul(low, 0x1b3) >>> 0;
    const carry = (((low >>> 16) * 0x1b3 + (((low & 0xffff) * 0x1b3) >>> 16)) >>> 16) >>> 0;
    high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
    low = lowProduct;
  }
  return high.toString(16).padStart(8, "0") + low.toString(16).padStart(8, "0");
}

/** The document every stage starts from: cleaned text, metadata, media found while cleaning. */
export function createDocument(source: CleanedSource, marsadVersion: string): Document<"media"> {
  const meta: DocumentMeta = {
    title: null,
    published: null,
    url: null,
    outlet: null,
    ...source.meta,
  };
  return {
    id: documentId(source.text),
    text: source.text,
    meta,
    layers: { media: source.media ?? [] },
    notes: source.notes ?? [],
    provenance: { marsad: marsadVersion, stages: [], data: {} },
  };
}
