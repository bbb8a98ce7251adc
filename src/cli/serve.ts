/**
 * `marsad serve`: the HTTP API and web UI over a store. Options are checked before anything is
 * opened; a reachable address without a token is refused; SIGINT or SIGTERM close the server
 * (busy requests finish) and then the store.
 */
import { Command } from "commander";
import { fileURLToPath } from "node:url";
import { isMarsadError, MarsadError } from "../doc/index.js";
import { loadResources } from "../node/resources.js";
import type { Resources } from "../resources/index.js";
import {
  checkListen,
  createApp,
  DEFAULT_MAX_BODY,
  listen,
  parseOrigins,
  type RunningServer,
} from "../server/index.js";
import { DEFAULT_STORE, openStore } from "../store/index.js";
import type { Store } from "../store/types.js";
import { EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE } from "./analyze.js";
import type { CliIo } from "./io.js";
import { formatError, formatFatal } from "./report-error.js";

/** The built UI beside the package: web/dist, two levels above src/cli and dist/cli. */
const WEB_ROOT = fileURLToPath(new URL("../../web/dist/", import.meta.url));

/** Largest --max-body accepted: 64 MiB; a bigger article is not a news article. */
const MAX_BODY_LIMIT = 64 * 1024 * 1024;

const SERVE_NOTES = `
The API is under /api (JSON), described at /openapi.json; the web UI (web/dist, built by
npm run web:build) is at /. On loopback no token is needed and only localhost names are answered;
any other --host needs a token of 16+ characters, sent as "Authorization: Bearer <token>" (a
browser asks for it as the password). SIGINT or SIGTERM stop the server gracefully.

Examples:
  marsad serve --db news.db
  MARSAD_TOKEN=$(openssl rand -hex 32) marsad serve --host 0.0.0.0 --port 8080
  marsad serve --cors http://localhost:5173 --max-body 512k
`;

/** What `serve` reaches outside itself; tests swap the store and the stop signal. */
export interface ServeDeps {
  readonly openStore: (target: string, resources: Resources) => Promise<Store>;
  readonly loadResources: () => Resources;
  /** Resolves when the server should stop; default the first SIGINT or SIGTERM. */
  readonly stopSignal: () => Promise<string>;
  /** Told where the server listens, once it does (tests read the port). */
  readonly onListening?: (server: RunningServer) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly webRoot: string;
}

interface ServeFlags {
  readonly db?: string;
  readonly host: string;
  readonly port: string;
  readonly token?: string;
  readonly cors?: string;
  readonly maxBody?: string;
  readonly debug?: boolean;
}

interface ServeSettings {
  readonly db: string;
  readonly host: string;
  readonly port: number;
  readonly token: string | null;
  readonly cors: readonly string[];
  readonly maxBody: number;
}

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve(signal);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}

/** "2MB", "512k", "1048576" → bytes (powers of 1024). */
export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(k|kb|kib|m|mb|mib)?$/i.exec(value.trim());
  const unit = match?.[2]?.[0]?.toLowerCase();
  const bytes = match
    ? Math.floor(Number(match[1]) * (unit === "m" ? 1024 * 1024 : unit === "k" ? 1024 : 1))
    : NaN;
  if (!Number.isFinite(bytes) || bytes < 1024 || bytes > MAX_BODY_LIMIT) {
    throw new MarsadError(
      "option.invalid",
      "--max-body",
      `"${value}" is not a size from 1k to 64MB (e.g. 2MB, 512k)`,
    );
  }
  return bytes;
}

function parsePort(value: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535)
    throw new MarsadError("option.invalid", "--port", `"${value}" is not a port number (0–65535)`);
  return Number(value);
}

function settingsOf(flags: ServeFlags, env: ServeDeps["env"]): ServeSettings {
  const token = flags.token ?? env.MARSAD_TOKEN ?? null;
  const settings: ServeSettings = {
    db: flags.db ?? DEFAULT_STORE,
    host: flags.host,
    port: parsePort(flags.port),
    token: token === "" ? null : token,
    cors: flags.cors === undefined ? [] : parseOrigins(flags.cors),
    maxBody: flags.maxBody === undefined ? DEFAULT_MAX_BODY : parseSize(flags.maxBody),
  };
  checkListen(settings.host, settings.token);
  return settings;
}

async function run(settings: ServeSettings, deps: ServeDeps, io: CliIo, debug: boolean): Promise<number> {
  const resources = deps.loadResources();
  let store: Store;
  try {
    store = await deps.openStore(settings.db, resources);
  } catch (error) {
    io.stderr(formatError(settings.db, error, debug));
    return EXIT_INPUT_FAILED;
  }
  try {
    const app = createApp({
      store,
      resources,
      token: settings.token,
      cors: settings.cors,
      maxBody: settings.maxBody,
      webRoot: deps.webRoot,
      log: (line) => io.stderr(`${line}\n`),
    });
    let server: RunningServer;
    try {
      server = await listen(app, { host: settings.host, port: settings.port, token: settings.token });
    } catch (error) {
      const code = error instanceof Error && "code" in error ? error.code : null;
      const why =
        code === "EADDRINUSE"
          ? "the port is in use; pick another with --port"
          : code === "EACCES"
            ? "not allowed to use this port"
            : null;
      if (why === null) throw error;
      io.stderr(`marsad: ${settings.host}:${settings.port}: ${why}\n`);
      return EXIT_INPUT_FAILED;
    }
    const access = settings.token ? "access token required" : "loopback only, no token";
    io.stderr(`marsad: serving ${server.url} (${access}; store ${settings.db}); Ctrl-C stops\n`);
    deps.onListening?.(server);
    const signal = await deps.stopSignal();
    io.stderr(`marsad: ${signal}: closing\n`);
    await server.close();
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

/** The `serve` command; register with `program.addCommand(serveCommand(io, setStatus))`. */
export function serveCommand(
  io: CliIo,
  setStatus: (status: number) => void,
  deps: Partial<ServeDeps> = {},
): Command {
  const full: ServeDeps = {
    openStore,
    loadResources,
    stopSignal: waitForSignal,
    env: process.env,
    webRoot: WEB_ROOT,
    ...deps,
  };
  return new Command("serve")
    .description("serve the HTTP API (JSON, OpenAPI at /openapi.json) and the web UI over a store")
    .option("--db <target>", `SQLite file or postgres:// URL (default ${DEFAULT_STORE})`)
    .option("--host <host>", "address to listen on; beyond loopback a token is required", "127.0.0.1")
    .option("--port <port>", "port to listen on (0 picks a free one)", "8080")
    .option(
      "--token <token>",
      "access token for every request (prefer $MARSAD_TOKEN: argv is visible to other users)",
    )
    .option("--cors <origins>", "allow these origins (comma-separated scheme://host[:port]); default no CORS")
    .option("--max-body <size>", "largest request body, e.g. 2MB, 512k", "2MB")
    .option("--debug", "print stack traces and causes of errors")
    .addHelpText("after", SERVE_NOTES)
    .action(async (flags: ServeFlags) => {
      let settings: ServeSettings;
      try {
        settings = settingsOf(flags, full.env);
      } catch (error) {
        if (!isMarsadError(error)) throw error;
        io.stderr(formatError(error.input, error, flags.debug ?? false));
        setStatus(EXIT_USAGE);
        return;
      }
      try {
        setStatus(await run(settings, full, io, flags.debug ?? false));
      } catch (error) {
        io.stderr(formatFatal("the server failed", error, flags.debug ?? false));
        setStatus(EXIT_INPUT_FAILED);
      }
    });
}
