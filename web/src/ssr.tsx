/**
 * Server-side rendering of an article opened by URL (built by `npm run web:build` into
 * web/dist-ssr/ssr.js, loaded by src/server/prerender.ts): the same components the browser runs,
 * rendered to a string in Arabic, so the article's text and marks are painted before the scripts
 * have run, and the browser then hydrates that markup with the data embedded beside it.
 * preact-render-to-string escapes every text and attribute; links pass the same safeUrl checks.
 */
import { renderToString } from "preact-render-to-string";
import type { StoredArticle } from "../../src/store/types.js";
import { AppView } from "./components/app.js";
import { articleKey, InitialDataContext, type InitialData } from "./initial-data.js";

/** The id of the element the server embeds `initial` in, for the browser to find it by. */
export { INITIAL_DATA_ID } from "./initial-data.js";
import { routeOf } from "./router.js";

export interface RenderedArticle {
  /** The markup of the app's root element (`#app`) */
  readonly html: string;
  /** What to embed for hydration (see web/src/initial-data.ts) */
  readonly initial: InitialData;
}

/** Renders the page `search` (a URL's query) names when it is the article view of `article`, else null. */
export function renderArticle(search: string, article: StoredArticle): RenderedArticle | null {
  const route = routeOf(search);
  const id = route.params.get("id");
  if (route.view !== "article" || id === null) return null;
  const initial: InitialData = { key: articleKey(id), data: article };
  const html = renderToString(
    <InitialDataContext.Provider value={initial}>
      <AppView route={route} />
    </InitialDataContext.Provider>,
  );
  return { html, initial };
}
