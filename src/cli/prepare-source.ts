/**
 * One ingested document to what the pipeline takes: the run's metadata merged with what the page,
 * item or line says about itself (options given on the command line win), the language checked,
 * and the reference date for relative times. Shared by `analyze`, `ingest` and the analysis workers
 * so every command stores exactly what `analyze` prints.
 */
import type { DocumentMeta } from "../doc/index.js";
import { detectLanguage, languageNote, type IngestedDocument } from "../ingest/index.js";
import type { CleanedSource } from "../pipeline/index.js";

/** Metadata applied to every document of a run; null where the option was not given. */
export type RunMeta = Pick<DocumentMeta, "title" | "published" | "url" | "outlet">;

export const NO_RUN_META: RunMeta = { title: null, published: null, url: null, outlet: null };

export interface PreparedSource {
  readonly source: CleanedSource;
  /** ISO date anchoring relative times, or null. */
  readonly reference: string | null;
}

export function prepareSource(document: IngestedDocument, runMeta: RunMeta): PreparedSource {
  const { source, ...cleaned } = document;
  const given = Object.fromEntries(Object.entries(runMeta).filter(([, value]) => value !== null));
  // The language a page declares stands; otherwise the script of the text decides.
  const detected = detectLanguage(cleaned.text);
  const language = cleaned.meta.language ?? detected.language;
  const meta = { ...runMeta, ...cleaned.meta, ...given, language, source };
  const languageWarning = languageNote(language, detected.arabicShare);
  const notes = languageWarning ? [...cleaned.notes, languageWarning] : cleaned.notes;
  return { source: { ...cleaned, notes, meta }, reference: meta.published?.slice(0, 10) ?? null };
}
