import { MarsadError } from "../doc/index.js";
import type { Page } from "./types.js";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 200;

/** A page's limit and offset, checked: `query.invalid` for negatives or non-integers; limit capped at 200. */
export function pageOf(page: Page): { limit: number; offset: number } {
  const limit = page.limit ?? DEFAULT_LIMIT;
  const offset = page.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(offset) || offset < 0) {
    throw new MarsadError(
      "query.invalid",
      `limit=${limit} offset=${offset}`,
      "limit and offset must be whole numbers, 0 or more",
    );
  }
  return { limit: Math.min(limit, MAX_LIMIT), offset };
}
