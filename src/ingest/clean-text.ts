/**
 * Cleaning of plain scraped text, once, before analysis: the result is `Document.text`, which every
 * later offset points into. Steps, in order (each in its own file):
 * 1. line breaks to LF; HTML character references decoded (html-entities.ts);
 * 2. bidi controls and C0/C1 controls removed (whitespace.ts) — ZWNJ/ZWJ stay;
 * 3. leftover markup removed, embeds kept as media (markup.ts);
 * 4. scraping residue removed, media URLs kept (scraping-residue.ts);
 * 5. lines emptied by steps 3–4 dropped; spaces, blank lines and line ends tidied.
 * Everything removed is reported as an info Note from "clean@1" (without a span: the text it
 * would point at is gone).
 */
import { MarsadError, type MediaItem, type Note } from "../doc/index.js";
import { decodeEntities } from "./html-entities.js";
import { stripMarkup } from "./markup.js";
import { dropEmptiedLines, type Removal } from "./removal.js";
import { removeScrapingResidue } from "./scraping-residue.js";
import { normalizeLineBreaks, normalizeSpaces, removeBidiControls, removeControls } from "./whitespace.js";

/** Id of this cleaner in notes; bumped when the cleaned text changes for the same input. */
export const CLEAN_ID = "clean@1";

export interface CleanedText {
  /** The document text. */
  readonly text: string;
  /** Media found in the text (embeds, residue, media links): canonical URLs, each once. */
  readonly media: MediaItem[];
  readonly notes: Note[];
}

/** Removed text quoted in a note, shortened to this many characters. */
const QUOTE_LENGTH = 80;

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(oneLine.length > QUOTE_LENGTH ? `${oneLine.slice(0, QUOTE_LENGTH - 1)}…` : oneLine);
}

function info(code: string, message: string): Note {
  return { severity: "info", source: CLEAN_ID, code, message };
}

function noteOf(removal: Removal): Note {
  const kept = removal.media ? `; kept ${removal.media.type} ${removal.media.url} as media` : "";
  switch (removal.code) {
    case "clean.script":
      return info(removal.code, `removed a ${removal.text}`);
    case "clean.media":
      return info(
        removal.code,
        `moved a ${removal.media?.type ?? "media"} URL standing alone on its line to the media list${kept}`,
      );
    case "clean.markup":
      return info(removal.code, `removed an embed tag ${quote(removal.text)}${kept}`);
    case "clean.residue":
      return info(removal.code, `removed scraping residue ${quote(removal.text)}${kept}`);
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Cleans raw scraped text (see the module comment). `input` names the source in errors. Throws
 * only `input.empty` (a MarsadError), when nothing but whitespace and residue is left.
 */
export function cleanText(raw: string, input: string): CleanedText {
  const notes: Note[] = [];
  const entities = decodeEntities(normalizeLineBreaks(raw));
  if (entities.count > 0)
    notes.push(
      info(
        "clean.entities",
        `decoded ${plural(entities.count, "HTML character reference", "HTML character references")}`,
      ),
    );
  const bidi = removeBidiControls(entities.text);
  if (bidi.count > 0)
    notes.push(
      info(
        "clean.bidi",
        `removed ${plural(bidi.count, "bidi control character", "bidi control characters")} (LRM, RLM, ALM, embeddings, isolates)`,
      ),
    );
  const controls = removeControls(bidi.text);
  if (controls.count > 0)
    notes.push(
      info("clean.control", `removed ${plural(controls.count, "control character", "control characters")}`),
    );

  const markup = stripMarkup(controls.text);
  if (markup.tags > 0)
    notes.push(
      info("clean.markup", `removed ${plural(markup.tags, "HTML tag or comment", "HTML tags or comments")}`),
    );
  const residue = removeScrapingResidue(markup.text);
  const removals = [...markup.removals, ...residue.removals];
  notes.push(...removals.map(noteOf));

  const seen = new Set<string>();
  const media: MediaItem[] = [];
  for (const item of [...removals.map((removal) => removal.media), ...residue.media]) {
    if (item === null || seen.has(item.url)) continue;
    seen.add(item.url);
    media.push(item);
  }
  const text = normalizeSpaces(dropEmptiedLines(residue.text));
  if (text === "") {
    const why = raw.trim() === "" ? "holds only whitespace" : "holds nothing but markup and scraping residue";
    throw new MarsadError("input.empty", input, `the text ${why}`);
  }
  return { text, media, notes };
}
