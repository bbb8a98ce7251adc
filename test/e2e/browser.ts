/** Debian's Chromium driven by playwright-core: no browser download, a fresh profile per launch. */
import { existsSync, mkdirSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (apt-get install chromium)`;
}

/** Launches headless Chromium; Playwright gives each launch a new temporary user-data dir. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const SCREENSHOTS = new URL("../../test-artifacts/screenshots/", import.meta.url);
const DOCS = new URL("../../docs/screenshots/", import.meta.url);

/** Saves a full-page screenshot as a test artifact, and for the README when `forDocs`. */
export async function screenshot(page: Page, name: string, forDocs = false): Promise<void> {
  // Page-side code is passed as strings: the root tsconfig is for Node and has no DOM lib.
  await page.evaluate<boolean>("document.fonts.ready.then(() => true)");
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = new URL(`${name}.png`, SCREENSHOTS).pathname;
  await page.screenshot({ path, fullPage: true });
  if (forDocs) {
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: new URL(`${name}.png`, DOCS).pathname, fullPage: false });
  }
}
