/**
 * How tests start `marsad` as its own process: the compiled dist/cli/main.js when it is newer than
 * every source file (as users run it), else src/cli/main.ts through tsx, so a test never runs stale
 * code.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The node arguments that run `marsad`; append the command's own. */
export function marsadArgs(): string[] {
  const dist = join(ROOT, "dist/cli/main.js");
  try {
    if (statSync(dist).mtimeMs >= newestSource(join(ROOT, "src"))) return [dist];
  } catch {
    // No build: run the sources.
  }
  return ["--import", "tsx", join(ROOT, "src/cli/main.ts")];
}
