/**
 * The built web UI (web/dist, made by `npm run web:build`): files by path, index.html for client
 * routes (paths without an extension), a long cache for Vite's content-hashed assets. Without a
 * build, a small page says how to make one. Dotfiles and paths leaving the folder are never served.
 */
import { readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import type { Context, Handler } from "hono";
import { getMimeType } from "hono/utils/mime";
import { withPrerendered, type Prerender } from "./prerender.js";
import { shellHints, withHints } from "./shell.js";

/** Vite writes content-hashed bundles here, so their bytes never change under a name. */
const HASHED_PREFIX = "/assets/";

const NOT_BUILT = `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Marsad API</title></head>
<body><h1>Marsad</h1>
<p>The API is running (<a href="/openapi.json">/openapi.json</a>), but the web UI is not built.</p>
<p>Build it with <code>npm run web:build</code> (<code>vite build web</code>), then restart <code>marsad serve</code>.</p>
</body></html>
`;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path names inside `root`, or null when the path is unsafe. */
function locate(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const segments = path.split("/").filter((segment) => segment !== "");
  // ".." escapes the folder and dotfiles (.env, .git) are private; "\" and NUL confuse file systems.
  if (segments.some((segment) => segment.startsWith(".") || /[\\\0]/.test(segment))) return null;
  const file = resolve(root, ...segments);
  return file.startsWith(root + sep) ? file : null;
}

async function send(c: Context, file: string, cache: string): Promise<Response> {
  const type = getMimeType(file) ?? "application/octet-stream";
  return c.body(new Uint8Array(await readFile(file)), 200, { "Content-Type": type, "Cache-Control": cache });
}

/**
 * index.html for the view the request's URL names: with the article rendered into it when
 * `prerender` can (see ./prerender.ts), else with the hints that start its data request early
 * (see ./shell.ts).
 */
async function sendIndex(c: Context, index: string, prerender: Prerender | null): Promise<Response> {
  const url = new URL(c.req.url);
  const page = prerender ? await prerender(url) : null;
  const hints = page ? "" : shellHints(url.searchParams);
  if (!page && hints === "") return send(c, index, "no-cache");
  const shell = await readFile(index, "utf8");
  const html = page ? withPrerendered(shell, page) : withHints(shell, hints);
  return c.body(html, 200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" });
}

/**
 * GET handler for every path outside /api; `root` is the built UI folder, or null for none;
 * `prerender` renders article pages on the server (null: the browser renders every page).
 */
export function staticFiles(root: string | null, prerender: Prerender | null = null): Handler {
  const base = root === null ? null : resolve(root);
  return async (c) => {
    const index = base === null ? null : resolve(base, "index.html");
    if (base === null || index === null || !(await isFile(index))) return c.html(NOT_BUILT, 404);
    const path = new URL(c.req.url).pathname;
    const file = path.endsWith("/") ? index : locate(base, path);
    if (file === index) return sendIndex(c, index, prerender);
    if (file !== null && (await isFile(file))) {
      const immutable = path.startsWith(HASHED_PREFIX);
      return send(c, file, immutable ? "public, max-age=31536000, immutable" : "no-cache");
    }
    // Client-side routes (/entities/PER:…) are the UI's to resolve: a page load (Accept: text/html)
    // or a path without an extension gets index.html; a missing script or image stays a 404.
    const isPageLoad = (c.req.header("Accept") ?? "").includes("text/html");
    if (file !== null && (isPageLoad || extname(file) === "")) return sendIndex(c, index, prerender);
    return c.text("Not found", 404, { "Cache-Control": "no-store" });
  };
}
