import type { Document, DocumentMeta, Provenance } from "./document.js";
import type { Entity, LayerName, MediaItem, NewsEvent, Quote, TimeExpression, Token } from "./layers.js";
import type { Note } from "./note.js";
import type { Span } from "./span.js";

/** Version of the record's shape; `schema/record.schema.json` describes it. Fields may be added, never renamed. */
export const RECORD_VERSION = "1";

/** The JSON record `marsad analyze` prints for one document. */
export interface MarsadRecord {
  readonly version: string;
  readonly id: string;
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly media: readonly MediaItem[];
  readonly sentences: readonly Span[];
  readonly tokens?: readonly Token[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly times: readonly TimeExpression[];
  readonly events: readonly NewsEvent[];
  readonly notes: readonly Note[];
  readonly provenance: Provenance;
}

export interface RecordOptions {
  /** Include the token layer (large: one object per word). */
  readonly tokens?: boolean;
}

/** Flattens a document into its record. Layers not built yet are empty arrays, never invented. */
export function toRecord(doc: Document<LayerName>, options: RecordOptions = {}): MarsadRecord {
  const layers: Partial<Document["layers"]> = doc.layers;
  return {
    version: RECORD_VERSION,
    id: doc.id,
    text: doc.text,
    meta: doc.meta,
    media: layers.media ?? [],
    sentences: layers.sentences ?? [],
    ...(options.tokens ? { tokens: layers.tokens ?? [] } : {}),
    entities: layers.entities ?? [],
    quotes: layers.quotes ?? [],
    times: layers.times ?? [],
    events: layers.events ?? [],
    notes: doc.notes,
    provenance: doc.provenance,
  };
}
