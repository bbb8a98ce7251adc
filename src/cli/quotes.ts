/**
 * `marsad quotes`: who said what, from the store: filtered by speaker, by an entity the quote is
 * about, by words of the quote and by date; each quote with its article and offsets.
 */
import { Command } from "commander";
import type { QuoteQuery } from "../store/types.js";
import { formatJson, formatJsonl, formatQuotesPretty } from "./format-results.js";
import type { CliIo } from "./io.js";
import { EXIT_OK, reportCommandError, withStore } from "./open-store.js";
import {
  addDateOptions,
  addPageOptions,
  addStoreOptions,
  parseDates,
  parseListFormat,
  parsePage,
  parseText,
  type DateFlags,
  type ListFormat,
  type PageFlags,
  type StoreFlags,
} from "./store-options.js";

interface QuotesFlags extends StoreFlags, PageFlags, DateFlags {
  readonly speaker?: string;
  readonly about?: string;
  readonly text?: string;
  readonly format: string;
}

const NOTES = `
Examples:
  marsad quotes --speaker "باركر"
  marsad quotes --about "الأمم المتحدة" --from 2018-05-01 --to 2018-05-31
  marsad quotes --speaker per:فؤاد_حسين --format jsonl
`;

/** The `quotes` command for the `marsad` program; `setStatus` receives its exit status. */
export function quotesCommand(io: CliIo, setStatus: (status: number) => void): Command {
  const command = new Command("quotes")
    .description("list quotes (direct and reported speech) with their speakers")
    .option("--speaker <name|id>", "quotes by this speaker")
    .option("--about <name|id>", "quotes mentioning this entity")
    .option("--text <words>", "quotes containing these words")
    .option("-f, --format <format>", "pretty, json or jsonl", "pretty");
  addPageOptions(command);
  addDateOptions(command);
  return addStoreOptions(command)
    .addHelpText("after", NOTES)
    .action(async (flags: QuotesFlags) => {
      const debug = flags.debug ?? false;
      let query: QuoteQuery;
      let format: ListFormat;
      try {
        const speaker = parseText("--speaker", flags.speaker);
        const about = parseText("--about", flags.about);
        const text = parseText("--text", flags.text);
        query = {
          ...parsePage(flags),
          ...parseDates(flags),
          ...(speaker === undefined ? {} : { speaker }),
          ...(about === undefined ? {} : { about }),
          ...(text === undefined ? {} : { text }),
        };
        format = parseListFormat(flags.format);
      } catch (error) {
        setStatus(reportCommandError(error, io, debug));
        return;
      }
      const status = await withStore(flags.db, io, { mustExist: true, debug }, async (store) => {
        const listing = await store.quotes(query);
        if (format === "json") io.stdout(formatJson(listing));
        else if (format === "jsonl") io.stdout(formatJsonl(listing.items));
        else io.stdout(formatQuotesPretty(listing, query.offset ?? 0));
        return EXIT_OK;
      });
      setStatus(status);
    });
}
