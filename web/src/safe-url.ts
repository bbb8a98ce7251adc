/**
 * Article metadata comes from scraped pages, so a URL may be `javascript:`, `data:` or garbage.
 * Only absolute http(s) URLs ever become an href; everything else is shown as text.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}
