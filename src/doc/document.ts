import type { LayerMap, LayerName } from "./layers.js";
import type { Note } from "./note.js";

/** What is known about the article besides its text. Unknown fields are null, never guessed. */
export interface DocumentMeta {
  readonly title: string | null;
  /** ISO 8601 date or date-time, with its time zone when known. */
  readonly published: string | null;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly author?: string | null;
  /** BCP 47 code of the main language, when checked. */
  readonly language?: string | null;
  /** Where the document came from: a path, a URL, "-" or "corpus.jsonl:12". */
  readonly source?: string | null;
}

/** Which stages and data versions produced a document, so every fact can be traced. */
export interface Provenance {
  readonly marsad: string;
  readonly stages: readonly string[];
  readonly data: Readonly<Record<string, string>>;
}

/**
 * A document is its cleaned text plus stand-off layers that point into it. `text` is cleaned once
 * on ingest and never rewritten; layers are sorted by start, then end.
 */
export interface Document<Has extends LayerName = LayerName> {
  readonly id: string;
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly layers: Pick<LayerMap, Has>;
  readonly notes: readonly Note[];
  readonly provenance: Provenance;
}

/** Returns a new document with one more layer, sharing the others (documents are immutable). */
export function withLayer<Has extends LayerName, Name extends LayerName>(
  doc: Document<Has>,
  name: Name,
  value: LayerMap[Name],
  stageId: string,
): Document<Has | Name> {
  const layers = { ...doc.layers, [name]: value } as Pick<LayerMap, Has | Name>;
  return {
    ...doc,
    layers,
    provenance: { ...doc.provenance, stages: [...doc.provenance.stages, stageId] },
  };
}

/** Returns a new document with more notes. */
export function withNotes<Has extends LayerName>(doc: Document<Has>, notes: readonly Note[]): Document<Has> {
  return notes.length === 0 ? doc : { ...doc, notes: [...doc.notes, ...notes] };
}
