/**
 * `marsad export`: the whole store, streamed in ingest order, as JSON Lines or CSV, one layer at a
 * time: articles (full records in JSONL, one summary row each in CSV), quotes, events (also as an
 * ACLED-style table) or entities (one row per entity per article). Offsets are UTF-16 code units
 * of each article's text, so every row can be checked against its record.
 */
import { Command } from "commander";
import { MarsadError } from "../doc/index.js";
import type { StoredArticle } from "../store/types.js";
import { ACLED_COLUMNS, acledRows } from "./export/acled.js";
import { csvRow } from "./export/csv.js";
import {
  ARTICLE_COLUMNS,
  articleRows,
  ENTITY_COLUMNS,
  entityRows,
  EVENT_COLUMNS,
  eventRows,
  QUOTE_COLUMNS,
  quoteRows,
  type Row,
} from "./export/export-rows.js";
import { openSink } from "./export/sink.js";
import type { CliIo } from "./io.js";
import { EXIT_OK, reportCommandError, withStore } from "./open-store.js";
import { addStoreOptions, type StoreFlags } from "./store-options.js";

const FORMATS = ["jsonl", "csv", "acled"] as const;
type ExportFormat = (typeof FORMATS)[number];
const LAYERS = ["articles", "quotes", "events", "entities"] as const;
type ExportLayer = (typeof LAYERS)[number];

interface Table {
  readonly columns: readonly string[];
  readonly rows: (article: StoredArticle) => Row[];
}

const TABLES: Record<ExportLayer, Table> = {
  articles: { columns: ARTICLE_COLUMNS, rows: articleRows },
  quotes: { columns: QUOTE_COLUMNS, rows: quoteRows },
  events: { columns: EVENT_COLUMNS, rows: eventRows },
  entities: { columns: ENTITY_COLUMNS, rows: entityRows },
};

interface ExportFlags extends StoreFlags {
  readonly format: string;
  readonly layer?: string;
  readonly out?: string;
  readonly bom?: boolean;
}

interface ExportRequest {
  readonly format: ExportFormat;
  readonly layer: ExportLayer;
  readonly out: string | undefined;
  readonly bom: boolean;
}

const NOTES = `
jsonl articles are the stored records (schema/record.schema.json); every other layer and the CSV
tables are flat rows with the same columns in both formats. acled is events only. Rows come in
ingest order. A summary line goes to standard error.

Examples:
  marsad export > records.jsonl
  marsad export --format csv --layer quotes --out quotes.csv
  marsad export --format acled --out events.csv --bom     (--bom: Excel then reads the Arabic)
`;

function toRequest(flags: ExportFlags): ExportRequest {
  const format = FORMATS.find((name) => name === flags.format);
  if (!format)
    throw new MarsadError(
      "option.invalid",
      "--format",
      `unknown format "${flags.format}"; use jsonl, csv or acled`,
    );
  const layer = LAYERS.find((name) => name === (flags.layer ?? (format === "acled" ? "events" : "articles")));
  if (!layer)
    throw new MarsadError(
      "option.invalid",
      "--layer",
      `unknown layer "${flags.layer}"; use articles, quotes, events or entities`,
    );
  if (format === "acled" && layer !== "events")
    throw new MarsadError(
      "option.invalid",
      "--layer",
      "the acled format holds events only; use --layer events",
    );
  const out = flags.out?.trim();
  if (out === "") throw new MarsadError("option.invalid", "--out", "give a file name");
  return { format, layer, out, bom: flags.bom ?? false };
}

async function runExport(request: ExportRequest, flags: ExportFlags, io: CliIo): Promise<number> {
  return withStore(flags.db, io, { mustExist: true, debug: flags.debug ?? false }, async (store) => {
    const sink = await openSink(request.out, io);
    const table =
      request.format === "acled" ? { columns: ACLED_COLUMNS, rows: acledRows } : TABLES[request.layer];
    const csv = request.format !== "jsonl";
    if (request.bom) await sink.write("\uFEFF");
    if (csv) await sink.write(csvRow(table.columns));
    let articles = 0;
    let rows = 0;
    for await (const article of store.records()) {
      articles++;
      if (!csv && request.layer === "articles") {
        rows++;
        await sink.write(`${JSON.stringify(article.record)}\n`);
        continue;
      }
      for (const row of table.rows(article)) {
        rows++;
        await sink.write(
          csv ? csvRow(table.columns.map((column) => row[column])) : `${JSON.stringify(row)}\n`,
        );
      }
    }
    await sink.close();
    const where = request.out === undefined ? "" : ` to ${request.out}`;
    io.stderr(
      `marsad: export: wrote ${rows} rows (${request.layer}) from ${articles} stored articles${where}\n`,
    );
    return EXIT_OK;
  });
}

/** The `export` command for the `marsad` program; `setStatus` receives its exit status. */
export function exportCommand(io: CliIo, setStatus: (status: number) => void): Command {
  const command = new Command("export")
    .description(
      "write the store out as JSON Lines or CSV (quotes, events, entities; events also ACLED-style)",
    )
    .option("-f, --format <format>", "jsonl, csv or acled", "jsonl")
    .option("--layer <layer>", "articles, quotes, events or entities (default articles; events for acled)")
    .option("-o, --out <file>", "write to this file instead of standard output")
    .option("--bom", "start with a UTF-8 byte order mark (for spreadsheet programs)");
  return addStoreOptions(command)
    .addHelpText("after", NOTES)
    .action(async (flags: ExportFlags) => {
      let request: ExportRequest;
      try {
        request = toRequest(flags);
      } catch (error) {
        setStatus(reportCommandError(error, io, flags.debug ?? false));
        return;
      }
      setStatus(await runExport(request, flags, io));
    });
}
