/**
 * The Redis connection behind a queue. A wrong URL or a server that does not answer must give one
 * line naming the URL within a few seconds, never a hang: ioredis retries forever by default, so
 * the first connection is made by hand with a timeout and no retry, and only a connection that
 * once worked is allowed to reconnect (a long-running worker rides out a Redis restart).
 */
import { Redis } from "ioredis";
import { MarsadError } from "../doc/index.js";
import { redactUrl } from "../node/redact-url.js";

/** BullMQ queue of ingestion jobs, unless a caller names another (tests use one per run). */
export const DEFAULT_QUEUE_NAME = "marsad-ingest";

/** How long to wait for Redis to accept the first connection, in ms. */
export const CONNECT_TIMEOUT_MS = 5000;

export { redactUrl };

function checkRedisUrl(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new MarsadError("queue.connection", url, "not a queue URL; give redis://host:port");
  }
  if (protocol !== "redis:" && protocol !== "rediss:") {
    throw new MarsadError(
      "queue.connection",
      redactUrl(url),
      `the queue must be a redis:// or rediss:// URL, not ${protocol}//`,
    );
  }
}

/** Why a connection failed, in a few words the user can act on. */
function reason(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  if (code === "ECONNREFUSED") return "connection refused; is redis-server running there?";
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "unknown host";
  if (code === "ETIMEDOUT") return `no answer within ${CONNECT_TIMEOUT_MS / 1000} s`;
  const message = error instanceof Error ? error.message : String(error);
  if (/NOAUTH|WRONGPASS|invalid password|invalid username/i.test(message)) return "authentication failed";
  if (/Unknown RESP|Protocol error/i.test(message))
    return "the server there does not speak the Redis protocol";
  return message;
}

/**
 * Connects to Redis and checks it answers; throws MarsadError `queue.connection` naming the URL
 * (password hidden) otherwise. The client suits BullMQ (no per-command retry limit) and reconnects
 * with a capped backoff once connected.
 */
export async function connectRedis(url: string): Promise<Redis> {
  checkRedisUrl(url);
  let connected = false;
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: null,
    // Before the first success, give up at once so the caller hears about it; after, keep trying.
    retryStrategy: (times) => (connected ? Math.min(times * 200, 5000) : null),
  });
  // connect() only says "Connection is closed"; the socket's own error (ECONNREFUSED…) says why.
  // Without a listener, ioredis would also print every error itself.
  let lastError: unknown;
  client.on("error", (error: unknown) => {
    lastError = error;
  });
  try {
    await client.connect();
    await client.ping();
    connected = true;
    return client;
  } catch (error) {
    client.disconnect();
    const cause = lastError ?? error;
    throw new MarsadError("queue.connection", redactUrl(url), `cannot reach Redis: ${reason(cause)}`, {
      cause,
    });
  }
}
