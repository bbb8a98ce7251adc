/**
 * The data a page was rendered with on the server (`marsad serve` renders an article opened by URL
 * into its HTML, src/server/prerender.ts), so the first render in the browser shows the same thing
 * without asking the API again, and hydrating it changes nothing on screen.
 */
import { createContext } from "preact";
import { useContext, useState } from "preact/hooks";

/** What the server embeds: the answer of one API call, named by the view key that asked for it. */
export interface InitialData {
  readonly key: string;
  readonly data: unknown;
}

/** The id of the `<script type="application/json">` the server writes the data into. */
export const INITIAL_DATA_ID = "marsad-initial";

export const InitialDataContext = createContext<InitialData | null>(null);

/** The key under which an article view's data is embedded. */
export function articleKey(id: string): string {
  return `article:${id}`;
}

/**
 * The embedded data when it is `key`'s, read at the component's first render only: a later view of
 * the same key asks the API as usual.
 */
export function useInitialData<T>(key: string): T | undefined {
  const initial = useContext(InitialDataContext);
  const [data] = useState(() => (initial?.key === key ? (initial.data as T) : undefined));
  return data;
}

/** Reads the data the server embedded in the page, or null (none, or not readable). */
export function readInitialData(doc: Document): InitialData | null {
  const text = doc.getElementById(INITIAL_DATA_ID)?.textContent;
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || !("key" in parsed) || !("data" in parsed))
      return null;
    return typeof parsed.key === "string" ? { key: parsed.key, data: parsed.data } : null;
  } catch {
    return null;
  }
}
