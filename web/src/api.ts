/**
 * Typed client of the Marsad HTTP API. Types are imported type-only from the Node side, so nothing
 * of it is bundled; the API is the UI's only way into Marsad.
 */
import type { MarsadRecord } from "../../src/doc/index.js";
import type {
  EntityDetail,
  EntitySummary,
  EventRow,
  Listing,
  QuoteRow,
  SearchResult,
  StoreStats,
  StoredArticle,
  StoryDetail,
  StorySummary,
} from "../../src/store/types.js";

/** An error the API answered with (`{error:{code,message}}`), or a network failure (`network`). */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Query = Readonly<Record<string, string | number | boolean | null | undefined>>;

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function isErrorBody(body: unknown): body is { error: { code: string; message: string } } {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = body.error;
  return typeof error === "object" && error !== null && "code" in error && "message" in error;
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: "application/json", ...init.headers } });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError("network", 0, "the server could not be reached");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(body.error.code, response.status, body.error.message);
    throw new ApiError("http", response.status, `HTTP ${response.status}`);
  }
  // The server is typed against the same interfaces; the UI trusts its shape, never its strings.
  return body as T;
}

export const api = {
  search: (query: Query, signal?: AbortSignal) =>
    request<SearchResult>(withQuery("/api/search", query), { signal }),
  article: (id: string, signal?: AbortSignal) =>
    request<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`, { signal }),
  entities: (query: Query, signal?: AbortSignal) =>
    request<Listing<EntitySummary>>(withQuery("/api/entities", query), { signal }),
  entity: (id: string, signal?: AbortSignal) =>
    request<EntityDetail>(`/api/entities/${encodeURIComponent(id)}`, { signal }),
  quotes: (query: Query, signal?: AbortSignal) =>
    request<Listing<QuoteRow>>(withQuery("/api/quotes", query), { signal }),
  events: (query: Query, signal?: AbortSignal) =>
    request<Listing<EventRow>>(withQuery("/api/events", query), { signal }),
  stories: (query: Query, signal?: AbortSignal) =>
    request<Listing<StorySummary>>(withQuery("/api/stories", query), { signal }),
  story: (id: string, signal?: AbortSignal) =>
    request<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`, { signal }),
  stats: (signal?: AbortSignal) => request<StoreStats>("/api/stats", { signal }),
  analyze: (input: { text?: string; html?: string; published?: string }, signal?: AbortSignal) =>
    request<MarsadRecord>("/api/analyze", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
      signal,
    }),
};
