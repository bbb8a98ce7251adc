/**
 * Server-side rendering of an article opened by URL (`/?view=article&id=…`): the UI's own
 * components, built for Node by `npm run web:build` (web/src/ssr.tsx → web/dist-ssr/ssr.js), render
 * the article into the shell's `#app`, and its data is embedded beside it as JSON for the browser
 * to hydrate with (web/src/initial-data.ts). The text with its marks is then painted as soon as the
 * HTML and the stylesheet are in, instead of after the scripts, an API request and a first render
 * (issue #8: an article view in < 0.5 s). Without that build, or when anything fails, the shell is
 * served as before and the browser renders the article itself.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Store, StoredArticle } from "../store/types.js";
import { shellArticleId } from "./shell.js";

/** What web/src/ssr.tsx exports; checked at load, since it is built apart from this package. */
interface RenderedArticle {
  readonly html: string;
  readonly initial: { readonly key: string; readonly data: unknown };
}
interface Renderer {
  readonly renderArticle: (search: string, article: StoredArticle) => RenderedArticle | null;
  /** The id of the JSON script element the browser reads the data from */
  readonly INITIAL_DATA_ID: string;
}

/** The root element index.html gives the app, exactly as web/index.html writes it. */
const APP_ROOT = '<div id="app"></div>';

/** A page's rendered article, ready to go into the shell. */
export interface Prerendered {
  readonly html: string;
  readonly json: string;
  /** The id of the script element `json` goes in */
  readonly dataId: string;
}

/** Renders the article a page URL names, or null when there is none or no renderer. */
export type Prerender = (url: URL) => Promise<Prerendered | null>;

/**
 * JSON safe inside a `<script>` element: no `<` can close it or open a comment, and the two line
 * separators JSON allows but old parsers choke on are escaped too.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

async function loadRenderer(file: string, log: (line: string) => void): Promise<Renderer | null> {
  if (!existsSync(file)) return null;
  try {
    const loaded = (await import(pathToFileURL(file).href)) as Partial<Record<keyof Renderer, unknown>>;
    const { renderArticle, INITIAL_DATA_ID } = loaded;
    // An id must be safe in an attribute as it stands: it is written unescaped.
    if (
      typeof renderArticle === "function" &&
      typeof INITIAL_DATA_ID === "string" &&
      /^[\w-]+$/.test(INITIAL_DATA_ID)
    )
      return { renderArticle: renderArticle as Renderer["renderArticle"], INITIAL_DATA_ID };
    log(
      `marsad serve: ${file} has no renderArticle or INITIAL_DATA_ID; articles are rendered in the browser only`,
    );
  } catch (error) {
    log(`marsad serve: could not load ${file} (${String(error)}); articles are rendered in the browser only`);
  }
  return null;
}

/**
 * A Prerender over `store` with the renderer built beside the UI in `webRoot` (web/dist →
 * web/dist-ssr/ssr.js), loaded once on first use.
 */
export function articlePrerenderer(store: Store, webRoot: string, log: (line: string) => void): Prerender {
  let renderer: Promise<Renderer | null> | undefined;
  return async (url) => {
    const id = shellArticleId(url.searchParams);
    if (id === null) return null;
    renderer ??= loadRenderer(resolve(webRoot, "..", "dist-ssr", "ssr.js"), log);
    const loaded = await renderer;
    if (!loaded) return null;
    try {
      const article = await store.getArticle(id);
      const rendered = article && loaded.renderArticle(url.search, article);
      if (!rendered) return null;
      return { html: rendered.html, json: scriptSafeJson(rendered.initial), dataId: loaded.INITIAL_DATA_ID };
    } catch (error) {
      // The browser can still render the page from the API, which reports the error properly.
      log(`marsad serve: rendering article ${JSON.stringify(id)} failed: ${String(error)}`);
      return null;
    }
  };
}

/** index.html with the rendered article in its `#app` and the data after it; unchanged if it has no empty `#app`. */
export function withPrerendered(html: string, page: Prerendered): string {
  const at = html.indexOf(APP_ROOT);
  if (at < 0) return html;
  const app = `<div id="app">${page.html}</div><script type="application/json" id="${page.dataId}">${page.json}</script>`;
  return html.slice(0, at) + app + html.slice(at + APP_ROOT.length);
}
