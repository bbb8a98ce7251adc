/**
 * `marsad entities [name]`: the entities of the store, most mentioned first, with how many
 * articles and mentions each has; filtered by type and by a name, alias or Latin name.
 */
import { Command } from "commander";
import type { EntityQuery } from "../store/types.js";
import { formatEntitiesPretty } from "./format-results.js";
import type { CliIo } from "./io.js";
import { runListCommand } from "./list-command.js";
import {
  addPageOptions,
  addStoreOptions,
  parseEntityType,
  parsePage,
  parseText,
  type PageFlags,
  type StoreFlags,
} from "./store-options.js";

interface EntitiesFlags extends StoreFlags, PageFlags {
  readonly type?: string;
  readonly format: string;
}

const NOTES = `
Examples:
  marsad entities --type PER --limit 50
  marsad entities باركر
  marsad entities Hussein --format jsonl
`;

/** The `entities` command for the `marsad` program; `setStatus` receives its exit status. */
export function entitiesCommand(io: CliIo, setStatus: (status: number) => void): Command {
  const command = new Command("entities")
    .description("list the people, organisations, places and other entities of the store")
    .argument("[name]", "only entities whose name, alias or Latin name contains this")
    .option("--type <type>", "PER, ORG, LOC or MISC")
    .option("-f, --format <format>", "pretty, json or jsonl", "pretty");
  addPageOptions(command);
  return addStoreOptions(command)
    .addHelpText("after", NOTES)
    .action(async (name: string | undefined, flags: EntitiesFlags) => {
      setStatus(
        await runListCommand(io, flags, {
          parse: (): EntityQuery => {
            const text = parseText("name", name);
            return {
              ...parsePage(flags),
              ...(text === undefined ? {} : { text }),
              ...(flags.type === undefined ? {} : { type: parseEntityType(flags.type) }),
            };
          },
          run: (store, query) => store.entities(query),
          items: (listing) => listing.items,
          pretty: (listing, query) => formatEntitiesPretty(listing, query.offset ?? 0),
        }),
      );
    });
}
