/**
 * Database failures in the user's terms. A lost or refused connection and a put that kept losing
 * to other writers are MarsadErrors naming the store (password hidden), so the CLI prints one line
 * and the queue retries the job; anything else is a bug and is passed on unchanged.
 */
import { MarsadError } from "../../doc/index.js";
import { connectionError } from "./connect.js";
import { redactUrl } from "../../node/redact-url.js";

function codeOf(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : "";
}

/** True when the connection, not the statement, failed: the server went away or refused us. */
export function isConnectionFailure(error: unknown): boolean {
  const code = codeOf(error);
  // Class 08 is connection trouble, except 08P01, a protocol violation: that one is a bug.
  if ((code.startsWith("08") && code !== "08P01") || code.startsWith("57P") || code === "53300") return true;
  if (["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH"].includes(code))
    return true;
  return (
    error instanceof Error &&
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(error.message)
  );
}

/** The error to throw for a failure talking to the store at `url`. */
export function storeError(url: string, error: unknown): unknown {
  if (error instanceof MarsadError) return error;
  if (isConnectionFailure(error)) return connectionError(url, error);
  const code = codeOf(error);
  if (
    code === "40P01" ||
    code === "40001" ||
    code === "23505" ||
    (error instanceof Error && error.message.includes("concurrent put"))
  ) {
    return new MarsadError(
      "store.busy",
      redactUrl(url),
      "other writers kept storing the same articles at the same time; try again",
      {
        cause: error,
      },
    );
  }
  if (code === "42501") {
    return new MarsadError(
      "store.open",
      redactUrl(url),
      "the database user may not read or write the store's tables",
      {
        cause: error,
      },
    );
  }
  if (code === "25006") {
    return new MarsadError(
      "store.open",
      redactUrl(url),
      "the database is read-only; it cannot add articles",
      { cause: error },
    );
  }
  return error;
}
