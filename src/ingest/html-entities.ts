/**
 * HTML character references left in scraped text (`&amp;`, `&quot;`, `&nbsp;`, `&#1575;`,
 * `&#x627;`), decoded with the `entities` package against the full WHATWG table. Only references
 * closed by a semicolon count, so prose such as "AT&T" or a URL's "&copy=1" stays as written.
 */
import { DecodingMode, decodeHTML } from "entities/decode";

/** A named or numeric character reference, closed by ";" (WHATWG names are at most 31 letters long). */
const REFERENCE = /&(?:#\d{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

export interface DecodedEntities {
  readonly text: string;
  /** How many references were replaced (unknown names stay as written and are not counted). */
  readonly count: number;
}

/** Replaces character references by their characters, one pass (`&amp;quot;` becomes `&quot;`). */
export function decodeEntities(text: string): DecodedEntities {
  let count = 0;
  const decoded = text.replace(REFERENCE, (reference) => {
    const char = decodeHTML(reference, DecodingMode.Strict);
    if (char !== reference) count++;
    return char;
  });
  return { text: decoded, count };
}
