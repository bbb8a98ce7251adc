/**
 * Hints added to the UI's index.html for the view its URL names, so the browser starts that view's
 * data request while it is still fetching and running the scripts. An article opened by URL
 * (`/?view=article&id=…`) gets a `<link rel="preload" as="fetch">` of `/api/articles/<id>`: the
 * UI's own request for it then reuses the preloaded answer instead of starting only once the app
 * has rendered (issue #8: ~150 ms later on a freshly opened tab).
 */

/** Longest id worth a hint; the API refuses longer ones anyway (src/server/params.ts). */
const MAX_ID = 300;

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&#39;",
  "<": "&lt;",
  ">": "&gt;",
};

function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (char) => HTML_ESCAPES[char]!);
}

/**
 * The API path the UI fetches for an article; must stay byte for byte what web/src/api.ts builds,
 * or the browser will not match the preload to the UI's request.
 */
export function articleApiPath(id: string): string {
  return `/api/articles/${encodeURIComponent(id)}`;
}

/**
 * The article id of an article view's URL query, or null for another view or an id the API would
 * refuse (the UI then shows the API's error, as it does without a hint or a server render).
 */
export function shellArticleId(search: URLSearchParams): string | null {
  if (search.get("view") !== "article") return null;
  const id = search.get("id") ?? "";
  return id === "" || id.length > MAX_ID || /\p{Cc}/u.test(id) ? null : id;
}

/** The `<link>` elements for the view `search` (a URL's query) names; "" for none. */
export function shellHints(search: URLSearchParams): string {
  const id = shellArticleId(search);
  if (id === null) return "";
  // encodeURIComponent leaves no quote or angle bracket; escaping again costs nothing and keeps
  // the attribute safe should the path rule ever change.
  const href = escapeAttribute(articleApiPath(id));
  // `crossorigin` makes the preload's credentials mode "same-origin", like the UI's fetch().
  return `<link rel="preload" href="${href}" as="fetch" crossorigin>`;
}

/** index.html with `hints` placed at the start of its head, so they are seen before the scripts. */
export function withHints(html: string, hints: string): string {
  if (hints === "") return html;
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) return hints + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + hints + html.slice(at);
}
