/** Shared setup of the UI tests: fixture articles, the built UI behind a server, one Chromium. */
import type { Browser, Page } from "playwright-core";
import type { MarsadRecord } from "../../src/doc/index.js";
import { launchChromium } from "./browser.js";
import { fixtureRecords } from "./fixtures.js";
import { buildUi, startServer, type RunningServer } from "./server.js";

export interface UiHarness {
  readonly url: string;
  readonly records: readonly MarsadRecord[];
  /** A new page at 1280×900 that fails the test on any page error or dialog. */
  page(): Promise<Page>;
  readonly problems: string[];
  close(): Promise<void>;
}

export async function startUi(): Promise<UiHarness> {
  buildUi();
  const records = fixtureRecords();
  const server: RunningServer = await startServer(records);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  const problems: string[] = [];
  const opened = browser;
  return {
    url: server.url,
    records,
    problems,
    async page() {
      const context = await opened.newContext({ viewport: { width: 1280, height: 900 }, locale: "ar" });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      page.on("dialog", (dialog) => {
        problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on("console", (message) => {
        // A CSP violation shows up here: the UI must not need inline scripts or styles.
        if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
          problems.push(message.text());
      });
      return page;
    },
    async close() {
      await opened.close();
      await server.close();
    },
  };
}
