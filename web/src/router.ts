/**
 * A tiny router over the History API. The whole view state lives in query parameters of `/`
 * (`?view=entity&id=…`), so every view can be shared and reloaded from any static file server
 * without a fallback route for deep paths.
 */
import { useEffect, useState } from "preact/hooks";

export type View = "search" | "article" | "entity" | "quotes" | "timeline" | "analyze";
const VIEWS: readonly View[] = ["search", "article", "entity", "quotes", "timeline", "analyze"];

export interface Route {
  readonly view: View;
  readonly params: URLSearchParams;
}

const listeners = new Set<() => void>();

/** The route the location holds now. */
export function currentRoute(): Route {
  return routeOf(window.location.search);
}

/** The route a URL's query names (`?view=article&id=…`); an unknown view falls back to search. */
export function routeOf(search: string): Route {
  const params = new URLSearchParams(search);
  const name = params.get("view") ?? "search";
  const view = VIEWS.find((v) => v === name) ?? "search";
  return { view, params };
}

/** A same-origin href for a view; empty values are left out so URLs stay short. */
export function hrefFor(
  view: View,
  params: Readonly<Record<string, string | number | undefined | null>> = {},
): string {
  const search = new URLSearchParams();
  if (view !== "search") search.set("view", view);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `/?${query}` : "/";
}

/** Moves to an href; `replace` keeps the history short for state tweaks such as a brushed range. */
export function navigate(href: string, replace = false): void {
  if (replace) window.history.replaceState(null, "", href);
  else window.history.pushState(null, "", href);
  for (const listener of listeners) listener();
  if (!replace) window.scrollTo(0, 0);
}

/** Re-renders the caller whenever the location changes (links, back/forward). */
export function useRoute(): Route {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const update = (): void => setRoute(currentRoute());
    listeners.add(update);
    window.addEventListener("popstate", update);
    return () => {
      listeners.delete(update);
      window.removeEventListener("popstate", update);
    };
  }, []);
  return route;
}

/** Intercepts a plain left click on an in-app link; modified clicks still open a new tab. */
export function onLinkClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.currentTarget;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.origin !== window.location.origin) return;
  event.preventDefault();
  navigate(anchor.pathname + anchor.search);
}
