import type { MediaItem, Note } from "../doc/index.js";
import { cleanText } from "./clean-text.js";
import { decodeText, type DecodeOptions } from "./decode.js";

/** Id of the decoder in notes. */
export const DECODE_ID = "decode@1";

/** A plain-text article ready for the pipeline: cleaned text, media and notes from ingest. */
export interface TextSource {
  readonly text: string;
  readonly media: readonly MediaItem[];
  readonly notes: readonly Note[];
  /** The encoding the bytes were read in. */
  readonly encoding: string;
}

/**
 * The plain-text reader: bytes of a scraped article in, cleaned text out. Throws MarsadError for
 * bad input (empty, binary, undecodable, nothing left after cleaning).
 */
export function readText(bytes: Uint8Array, input: string, options: DecodeOptions = {}): TextSource {
  const decoded = decodeText(bytes, input, options);
  const cleaned = cleanText(decoded.text, input);
  const guess: Note[] = decoded.guessed
    ? [
        {
          severity: "info",
          source: DECODE_ID,
          code: "decode.guessed",
          message: `not UTF-8 and no byte order mark: read as ${decoded.encoding}, guessed from the bytes (force it with --encoding)`,
        },
      ]
    : [];
  return {
    text: cleaned.text,
    media: cleaned.media,
    notes: [...guess, ...cleaned.notes],
    encoding: decoded.encoding,
  };
}
