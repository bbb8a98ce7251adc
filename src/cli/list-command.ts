/**
 * The body shared by the store's list commands (`search`, `quotes`, `entities`): parse the flags
 * into a query (a usage error exits 2 before the store is opened), run it, print it as json, jsonl
 * or the command's pretty table.
 */
import type { Store } from "../store/types.js";
import { formatJson, formatJsonl } from "./format-results.js";
import type { CliIo } from "./io.js";
import { EXIT_OK, reportCommandError, withStore } from "./open-store.js";
import { parseListFormat, type StoreFlags } from "./store-options.js";

export interface ListCommand<Query, Result> {
  /** Builds the query from the command's arguments; throws a usage error for a bad one. */
  readonly parse: () => Query;
  readonly run: (store: Store, query: Query) => Promise<Result>;
  /** The lines of `--format jsonl`. */
  readonly items: (result: Result) => readonly unknown[];
  readonly pretty: (result: Result, query: Query) => string;
}

/** Runs a list command; resolves to its exit status. */
export async function runListCommand<Query, Result>(
  io: CliIo,
  flags: StoreFlags & { readonly format: string },
  command: ListCommand<Query, Result>,
): Promise<number> {
  const debug = flags.debug ?? false;
  let query: Query;
  let format: ReturnType<typeof parseListFormat>;
  try {
    query = command.parse();
    format = parseListFormat(flags.format);
  } catch (error) {
    return reportCommandError(error, io, debug);
  }
  return withStore(flags.db, io, { mustExist: true, debug }, async (store) => {
    const result = await command.run(store, query);
    if (format === "json") io.stdout(formatJson(result));
    else if (format === "jsonl") io.stdout(formatJsonl(command.items(result)));
    else io.stdout(command.pretty(result, query));
    return EXIT_OK;
  });
}
