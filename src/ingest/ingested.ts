/**
 * What a reader of many documents (a JSONL corpus, a feed) yields, one at a time: a cleaned
 * document ready for the pipeline, or the MarsadError of one bad record, so the caller reports it
 * and goes on with the next.
 */
import type { DocumentMeta, MarsadError, MediaItem, Note } from "../doc/index.js";

/** One document of a corpus or a feed, cleaned and named. */
export interface IngestedDocument {
  /** Where it came from: "corpus.jsonl:12" (line 12), "feed.xml#3" (item 3), or the input itself. */
  readonly source: string;
  readonly text: string;
  readonly media: readonly MediaItem[];
  readonly notes: readonly Note[];
  /** What the record says about itself; unknown fields are left out, never guessed. */
  readonly meta: Partial<Omit<DocumentMeta, "source">>;
}

/** A document, or the bad-input error of one record (its `input` names the record). */
export type IngestResult = IngestedDocument | MarsadError;
