/**
 * `marsad search [query]`: full-text search of the store with filters (entity, speaker, event
 * type, dates, outlet), printed for people (pretty), as one JSON document (json) or one hit per
 * line (jsonl). Every hit names its article and the offsets of its snippet and matches.
 */
import { Command } from "commander";
import type { SearchQuery } from "../store/types.js";
import { formatSearchPretty } from "./format-results.js";
import type { CliIo } from "./io.js";
import { runListCommand } from "./list-command.js";
import {
  addDateOptions,
  addPageOptions,
  addStoreOptions,
  parseDates,
  parseEventType,
  parsePage,
  parseText,
  type DateFlags,
  type PageFlags,
  type StoreFlags,
} from "./store-options.js";

interface SearchFlags extends StoreFlags, PageFlags, DateFlags {
  readonly entity?: string;
  readonly speaker?: string;
  readonly type?: string;
  readonly outlet?: string;
  readonly format: string;
  readonly facets?: boolean;
}

const NOTES = `
Words match whatever their clitics (سوريا finds وسوريا and لسوريا); "quoted phrases" match
consecutive words; Latin words also match entities' Latin names. Offsets are [start,end) in
UTF-16 code units of the article's text. Exit status: 0 (even with no hits), 1 the store cannot be
read, 2 bad usage.

Examples:
  marsad search "وقف إطلاق النار"
  marsad search '"مجلس الأمن"' --from 2018-05 --to 2018-06
  marsad search --entity "الأمم المتحدة" --type PROTEST --format jsonl
  marsad search دمشق --speaker "فؤاد حسين" --outlet alarabiya --limit 50
`;

function toQuery(text: string | undefined, flags: SearchFlags): SearchQuery {
  const words = parseText("query", text);
  const entity = parseText("--entity", flags.entity);
  const speaker = parseText("--speaker", flags.speaker);
  const outlet = parseText("--outlet", flags.outlet);
  return {
    ...parsePage(flags),
    ...parseDates(flags),
    ...(words === undefined ? {} : { text: words }),
    ...(entity === undefined ? {} : { entity }),
    ...(speaker === undefined ? {} : { speaker }),
    ...(flags.type === undefined ? {} : { type: parseEventType(flags.type) }),
    ...(outlet === undefined ? {} : { outlet }),
    ...(flags.facets ? { facets: true } : {}),
  };
}

/** The `search` command for the `marsad` program; `setStatus` receives its exit status. */
export function searchCommand(io: CliIo, setStatus: (status: number) => void): Command {
  const command = new Command("search")
    .description("search the stored articles: words, phrases, entities, speakers, event types, dates")
    .argument("[query]", 'words to find; "quoted phrases" match consecutive words')
    .option("--entity <name|id>", "articles mentioning this entity")
    .option("--speaker <name|id>", "articles quoting this speaker")
    .option("--type <type>", "articles with an event of this PLOVER type (KILL, PROTEST, …)")
    .option("--outlet <name>", "articles of this outlet")
    .option("--facets", "also count entities, speakers, event types, outlets and months (json only)")
    .option("-f, --format <format>", "pretty, json or jsonl", "pretty");
  addPageOptions(command);
  addDateOptions(command);
  return addStoreOptions(command)
    .addHelpText("after", NOTES)
    .action(async (text: string | undefined, flags: SearchFlags) => {
      setStatus(
        await runListCommand(io, flags, {
          parse: () => toQuery(text, flags),
          run: (store, query) => store.search(query),
          items: (result) => result.hits,
          pretty: (result, query) =>
            formatSearchPretty(result, query.offset ?? 0, io.stdoutStream?.isTTY === true),
        }),
      );
    });
}
