import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { loadAnalyzer } from "../src/cli/load-analyzer.js";
import { runCli } from "../src/cli/program.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const COMMAND = "npx marsad analyze examples/short-article.txt --published 2024-03-10 --format json";

/** The JSON block that follows the command in the README. */
function readmeRecord(): Record<string, unknown> {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const at = readme.indexOf(COMMAND);
  assert.ok(at >= 0, "the README shows the example command");
  const open = readme.indexOf("```json\n", at) + "```json\n".length;
  return JSON.parse(readme.slice(open, readme.indexOf("\n```", open))) as Record<string, unknown>;
}

// The README calls its example "the full record of a real run": every stage or data version bump
// that changes it must change the README too.
test("the README's example record is what marsad analyze prints for it today", async () => {
  let stdout = "";
  let stderr = "";
  const status = await runCli(
    ["analyze", join(ROOT, "examples/short-article.txt"), "--published", "2024-03-10", "--format", "json"],
    { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), loadAnalyzer },
  );
  assert.equal(status, 0, stderr);
  const record = JSON.parse(stdout) as { meta: Record<string, unknown> };
  // The README runs from the repository root; this test gives an absolute path.
  record.meta.source = "examples/short-article.txt";
  assert.deepEqual(record, readmeRecord());
});
