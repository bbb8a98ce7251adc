/**
 * Opens the store a command names with `--db` (a SQLite file, default ./marsad.db, or a
 * postgres:// URL) and runs the command against it, closing it whatever happens. Bad usage and
 * bad queries are exit status 2, a store that cannot be opened or read 1, each with one line on
 * standard error.
 */
import { existsSync } from "node:fs";
import { isMarsadError, MarsadError } from "../doc/index.js";
import { loadResources } from "../node/resources.js";
import type { Resources } from "../resources/index.js";
import type { Store } from "../store/types.js";
import type { CliIo } from "./io.js";
import { formatError, formatFatal } from "./report-error.js";

/** The store used when `--db` is not given: a SQLite file in the working folder. */
export const DEFAULT_DB = "marsad.db";

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

export function isPostgresTarget(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target);
}

/** Raised when the lexicons cannot be loaded: nothing can be folded or analysed. */
export class ResourcesUnavailable extends Error {
  override readonly name = "ResourcesUnavailable";
}

export interface OpenOptions {
  /** Reading commands refuse a SQLite file that does not exist rather than create an empty one. */
  readonly mustExist: boolean;
}

/** Opens `target`; throws MarsadError `store.open` for a missing database, ResourcesUnavailable without lexicons. */
export async function openCliStore(target: string, io: CliIo, options: OpenOptions): Promise<Store> {
  if (options.mustExist && !isPostgresTarget(target) && !existsSync(target)) {
    throw new MarsadError(
      "store.open",
      target,
      `no such database; fill it first with marsad ingest --db ${target} <inputs>`,
    );
  }
  let resources: Resources;
  try {
    resources = (io.loadResources ?? loadResources)();
  } catch (error) {
    throw new ResourcesUnavailable("the lexicons could not be loaded", { cause: error });
  }
  // Loaded only here: `analyze` and `--help` never load the database drivers.
  const open = io.openStore ?? (await import("../store/index.js")).openStore;
  return open(target, resources);
}

/** What a usage problem is: the option was bad, or the query could not be read. */
function isUsageError(error: MarsadError): boolean {
  return error.code === "option.invalid" || error.code === "query.invalid";
}

/** Prints `error` the way every store command does; returns the exit status, or rethrows a bug. */
export function reportCommandError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof ResourcesUnavailable) {
    io.stderr(
      formatFatal("cannot load the lexicons in data/; the installation looks incomplete", error.cause, debug),
    );
    return EXIT_FAILED;
  }
  if (!isMarsadError(error)) throw error;
  io.stderr(formatError(error.input, error, debug));
  return isUsageError(error) ? EXIT_USAGE : EXIT_FAILED;
}

/**
 * Opens the store, runs `body`, closes the store; returns the status `body` returns, or the status
 * of the error it threw (see reportCommandError).
 */
export async function withStore(
  target: string,
  io: CliIo,
  options: OpenOptions & { readonly debug: boolean },
  body: (store: Store) => Promise<number>,
): Promise<number> {
  let store: Store | undefined;
  try {
    store = await openCliStore(target, io, options);
    return await body(store);
  } catch (error) {
    return reportCommandError(error, io, options.debug);
  } finally {
    await store?.close();
  }
}
