/**
 * The server the e2e tests drive: the real app (createApp, as `marsad serve` builds it) over a real
 * SQLite store in a temporary file, seeded with the fixture articles, serving the built UI.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { MarsadRecord } from "../../src/doc/index.js";
import { createApp, listen } from "../../src/server/index.js";
import { openSqliteStore } from "../../src/store/index.js";
import { testResources } from "../helpers/resources.js";

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

const ROOT = new URL("../../", import.meta.url).pathname;
const WEB_DIST = new URL("../../web/dist", import.meta.url).pathname;

/**
 * Builds web/dist and the server's renderer web/dist-ssr from the current sources, as
 * `npm run web:build` does (a fresh clone has neither; ~2 s).
 */
export function buildUi(): void {
  const vite = new URL("../../node_modules/vite/bin/vite.js", import.meta.url).pathname;
  for (const extra of [[], ["--ssr", "src/ssr.tsx"]]) {
    const result = spawnSync(process.execPath, [vite, "build", "web", ...extra, "--logLevel", "warn"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`vite build ${extra.join(" ")} failed: ${result.stderr}`);
  }
}

/** Stores the records and serves them with web/dist on a free loopback port. */
export async function startServer(records: readonly MarsadRecord[]): Promise<RunningServer> {
  const folder = mkdtempSync(join(tmpdir(), "marsad-e2e-"));
  const store = await openSqliteStore({ path: join(folder, "store.db"), resources: testResources() });
  await store.put(records);
  const app = createApp({ store, resources: testResources(), webRoot: WEB_DIST, log: () => undefined });
  const server = await listen(app, { host: "127.0.0.1", port: 0, graceMs: 1000 });
  return {
    url: server.url,
    async close() {
      await server.close();
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
