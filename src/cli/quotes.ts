/**
 * `marsad quotes`: who said what, from the store: filtered by speaker, by an entity the quote is
 * about, by words of the quote and by date; each quote with its article and offsets.
 */
import { Command } from "commander";
import type { QuoteQuery } from "../store/types.js";
import { formatQuotesPretty } from "./format-results.js";
import type { CliIo } from "./io.js";
import { runListCommand } from "./list-command.js";
import {
  addDateOptions,
  addPageOptions,
  addStoreOptions,
  parseDates,
  parsePage,
  parseText,
  type DateFlags,
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
      setStatus(
        await runListCommand(io, flags, {
          parse: (): QuoteQuery => {
            const speaker = parseText("--speaker", flags.speaker);
            const about = parseText("--about", flags.about);
            const text = parseText("--text", flags.text);
            return {
              ...parsePage(flags),
              ...parseDates(flags),
              ...(speaker === undefined ? {} : { speaker }),
              ...(about === undefined ? {} : { about }),
              ...(text === undefined ? {} : { text }),
            };
          },
          run: (store, query) => store.quotes(query),
          items: (listing) => listing.items,
          pretty: (listing, query) => formatQuotesPretty(listing, query.offset ?? 0),
        }),
      );
    });
}
