// Runs every *.test.ts under src/ and test/ with Node's own test runner (Node 20 has no --test globs).
import { spawnSync } from "node:child_process";
import { readdirSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const only = process.argv.slice(2);
// A folder argument means every test under it (Node 20's --test does not expand folders itself).
const expand = (arg) => (existsSync(arg) && statSync(arg).isDirectory() ? findTests(arg) : [arg]);
const files = (only.length > 0 ? only.flatMap(expand) : ["src", "test"].flatMap(findTests)).sort();
const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-reporter=spec", ...files], {
  stdio: "inherit",
});
process.exit(result.status ?? 1);
