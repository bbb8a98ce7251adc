/**
 * Puts the app on a socket. Refuses a non-loopback address without a token (security.ts), and
 * closes gracefully: no new connections, idle keep-alive ones dropped, busy ones given time to end.
 */
import { createServer } from "node:http";
import { getRequestListener } from "@hono/node-server";
import type { Hono } from "hono";
import { checkListen } from "./security.js";

export interface ListenOptions {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The token the app was built with; required when `host` is not loopback. */
  readonly token?: string | null;
  /** How long close() waits for busy connections before cutting them, in ms; default 10 000. */
  readonly graceMs?: number;
}

export interface RunningServer {
  /** Where it listens, e.g. http://127.0.0.1:8080. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Starts listening; throws MarsadError option.invalid (before binding) when the address needs a token. */
export async function listen(app: Hono, options: ListenOptions): Promise<RunningServer> {
  checkListen(options.host, options.token);
  const listener = getRequestListener(app.fetch, { hostname: options.host });
  const server = createServer((incoming, outgoing) => void listener(incoming, outgoing));
  // Slow clients must not hold sockets forever; headers within 20 s, a whole request within 60 s.
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Not unref'd: a connection stuck mid-request must be cut, or close() would never settle.
        const force = setTimeout(() => server.closeAllConnections(), options.graceMs ?? 10_000);
        server.close((error) => {
          clearTimeout(force);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
