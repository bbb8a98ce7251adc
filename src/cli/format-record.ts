/**
 * How `marsad analyze` prints a record:
 * - json: each record as a JSON document, 2-space indent, followed by a newline. One input gives
 *   one plain JSON document; several give a stream of documents (what `jq` reads), never an array,
 *   so the output's shape does not depend on how many inputs there were;
 * - jsonl: one compact line per record (JSON Lines);
 * - pretty: a short summary for people. Labels are Latin and come first, the Arabic values last on
 *   their line, so a terminal that applies the bidi algorithm keeps each line in reading order;
 *   snippets are cut at whole characters and whole words.
 */
import type { MarsadRecord } from "../doc/index.js";
import type { OutputFormat } from "./options.js";

const LABEL_WIDTH = 11;
const SNIPPET_LENGTH = 90;

/** Cuts `text` to about `max` characters at a space, never inside a surrogate pair; adds "…". */
function snippet(text: string, max = SNIPPET_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max).join("");
  const space = head.lastIndexOf(" ");
  return `${space > max / 2 ? head.slice(0, space) : head}…`;
}

function line(label: string, value: string): string {
  return `${label.padEnd(LABEL_WIDTH)}${value}`;
}

/** A labelled list: the first item beside the label, the others under it; "(none)" when empty. */
function list(label: string, items: readonly string[]): string[] {
  if (items.length === 0) return [line(label, "(none)")];
  return items.map((item, i) => line(i === 0 ? label : "", item));
}

function formatPretty(record: MarsadRecord): string {
  const { meta } = record;
  const sentences = record.sentences;
  const first = sentences[0];
  const orNone = (value: string | null | undefined) =>
    value === null || value === undefined || value === "" ? "—" : value;
  const counts = [
    `${Array.from(record.text).length} characters`,
    `${sentences.length} sentence${sentences.length === 1 ? "" : "s"}`,
    ...(record.tokens ? [`${record.tokens.length} tokens`] : []),
  ].join(", ");
  const out = [
    `== ${orNone(meta.source)}`,
    line("id", record.id),
    line("title", orNone(meta.title)),
    line("published", orNone(meta.published)),
    line("outlet", orNone(meta.outlet)),
    line("url", orNone(meta.url)),
    line("text", counts),
    line("lead", first ? snippet(record.text.slice(first.start, first.end)) : "—"),
    ...list(
      "media",
      record.media.map((item) => `${item.type.padEnd(6)} ${item.url}`),
    ),
    ...list(
      "entities",
      record.entities.map((entity) => {
        const latin = entity.latin ? ` (${entity.latin})` : "";
        return `${entity.type.padEnd(4)} ×${entity.mentions.length} ${entity.name}${latin}`;
      }),
    ),
    ...list(
      "quotes",
      record.quotes.map(
        (quote) =>
          `${quote.kind ?? (quote.direct ? "direct" : "indirect")}: ${quote.speaker?.text ?? "?"}: «${snippet(quote.text, 70)}»`,
      ),
    ),
    ...list(
      "times",
      record.times.map((time) => `${time.type.padEnd(9)}${time.value.padEnd(12)} ${time.text}`),
    ),
    ...list(
      "events",
      record.events.map((event) => `${event.type}: ${event.trigger.text}`),
    ),
    ...list(
      "notes",
      record.notes.map((note) => `${note.severity} ${note.code}: ${snippet(note.message, 100)}`),
    ),
  ];
  return `${out.join("\n")}\n\n`;
}

/** The text printed on standard output for one record, newline-terminated. */
export function formatRecord(record: MarsadRecord, format: OutputFormat): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(record, null, 2)}\n`;
    case "jsonl":
      return `${JSON.stringify(record)}\n`;
    case "pretty":
      return formatPretty(record);
  }
}
