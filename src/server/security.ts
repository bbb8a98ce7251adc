/**
 * Who may talk to the server. On loopback without a token, only requests naming a loopback host
 * are answered, which stops a web page from reaching the API through DNS rebinding. With a token,
 * every route (API, OpenAPI document, health check, UI files) needs it, compared in constant time.
 * CORS stays off unless origins are named.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { MarsadError } from "../doc/index.js";
import { ApiError } from "./errors.js";

/** Shortest token accepted for listening beyond loopback: 16 characters, e.g. `openssl rand -hex 16`. */
export const MIN_TOKEN_LENGTH = 16;

/** True for names and addresses that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  if (bare === "localhost" || bare.endsWith(".localhost")) return true;
  if (isIP(bare) === 4) return bare.startsWith("127.");
  if (bare.startsWith("::ffff:")) return isLoopbackHost(bare.slice(7));
  return bare === "::1";
}

/** Refuses to listen on a reachable address without a token; throws MarsadError option.invalid. */
export function checkListen(host: string, token: string | null | undefined): void {
  if (isLoopbackHost(host)) return;
  if (!token) {
    throw new MarsadError(
      "option.invalid",
      "--host",
      `listening on ${host} lets other machines reach the API: give an access token with --token or MARSAD_TOKEN (e.g. $(openssl rand -hex 32))`,
    );
  }
  if (token.length < MIN_TOKEN_LENGTH) {
    throw new MarsadError(
      "option.invalid",
      "--token",
      `the access token is ${token.length} characters; use at least ${MIN_TOKEN_LENGTH} (e.g. $(openssl rand -hex 32))`,
    );
  }
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}

/**
 * Whether `given` equals the token. Both sides are hashed first, so the comparison takes the same
 * time whatever the length or content of the guess.
 */
export function tokenMatches(given: string, expected: Buffer): boolean {
  return timingSafeEqual(digest(given), expected);
}

/** The credential in an Authorization header: a Bearer token, or the password of Basic auth. */
function credential(header: string | undefined): string | null {
  const match = /^(Bearer|Basic)\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match) return null;
  if (match[1]!.toLowerCase() === "bearer") return match[2]!;
  // Browsers can send Basic credentials on every request to the UI, which Bearer cannot do on a
  // page load: the token is then the password, whatever the user name.
  const decoded = Buffer.from(match[2]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : decoded.slice(colon + 1);
}

/** Requires the token on every request; 401 with a challenge when it is missing or wrong. */
export function requireToken(token: string): MiddlewareHandler {
  const expected = digest(token);
  return async (c, next) => {
    const given = credential(c.req.header("Authorization"));
    if (given === null || !tokenMatches(given, expected)) {
      // The UI gets the Basic challenge, so a browser asks for the token; API clients get Bearer.
      const scheme = c.req.path.startsWith("/api/") ? "Bearer" : "Basic";
      const challenge = { "WWW-Authenticate": `${scheme} realm="marsad", charset="UTF-8"` };
      if (given === null)
        throw new ApiError(
          401,
          "auth.missing",
          "this server needs an access token: send Authorization: Bearer <token>",
          challenge,
        );
      throw new ApiError(401, "auth.invalid", "the access token is wrong", challenge);
    }
    await next();
  };
}

/** Without a token, answers only requests addressed to a loopback name (DNS-rebinding defence). */
export function requireLoopbackHost(): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header("Host") ?? new URL(c.req.url).host;
    const name = host.replace(/:\d+$/, "");
    if (!isLoopbackHost(name)) {
      throw new ApiError(
        403,
        "auth.host",
        `requests for host ${name} are refused: without an access token the server answers only on localhost`,
      );
    }
    await next();
  };
}

/** Security headers on every response; the CSP fits the built UI: its own files, no inline script. */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    referrerPolicy: "no-referrer",
    xContentTypeOptions: "nosniff",
    xFrameOptions: "DENY",
    // Plain HTTP on loopback: HSTS would be ignored at best; a TLS proxy in front sets its own.
    strictTransportSecurity: false,
    // No Cross-Origin-Opener-Policy. A page with one, opened in a new tab (a shared link), makes
    // Chromium swap browsing-context groups and start a new renderer process: `npm run bench:ui`
    // on the 100k store showed an article opened by URL at 510 ms with it, 318 ms without (issue #8
    // asks < 500 ms; medians of 7, same build otherwise). What it would add
    // here is little: Marsad's links out carry rel="noopener", so no page it opens gets a handle
    // on it; a page that opens Marsad gets a handle through which the same-origin policy shows
    // nothing (no frames, no message listener); framing is refused by frame-ancestors and XFO.
    crossOriginOpenerPolicy: false,
  });
}

/** CORS for the named origins only (scheme://host[:port]); none named, no CORS headers at all. */
export function corsFor(origins: readonly string[]): MiddlewareHandler {
  return cors({
    origin: [...origins],
    allowMethods: ["GET", "HEAD", "POST", "OPTIONS"],
    allowHeaders: ["Authorization", "Content-Type", "If-None-Match"],
    exposeHeaders: ["ETag"],
    maxAge: 600,
  });
}

/** Checks a --cors value: a comma-separated list of origins; throws MarsadError option.invalid. */
export function parseOrigins(value: string): string[] {
  const origins = value
    .split(",")
    .map((origin) => origin.trim())
    .filter((origin) => origin !== "");
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, "")) {
      throw new MarsadError(
        "option.invalid",
        "--cors",
        `${origin} is not an origin; give scheme://host[:port], e.g. http://localhost:5173`,
      );
    }
  }
  if (origins.length === 0) throw new MarsadError("option.invalid", "--cors", "give at least one origin");
  return origins.map((origin) => origin.replace(/\/$/, ""));
}
