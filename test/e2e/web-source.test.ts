/**
 * A guard beside the browser tests: the UI's sources never parse strings as HTML or code, so
 * article text can reach the DOM only as text nodes and attribute values.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const WEB_SRC = new URL("../../web/src/", import.meta.url).pathname;
const FORBIDDEN = [
  "dangerouslySetInnerHTML",
  "innerHTML",
  "outerHTML",
  "insertAdjacentHTML",
  "document.write",
  "eval(",
  "new Function",
  "createContextualFragment",
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

test("web/src never injects HTML or evaluates strings", () => {
  const files = sources(WEB_SRC);
  assert.ok(files.length > 10);
  const found = files.flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return FORBIDDEN.filter((word) => text.includes(word)).map((word) => `${file}: ${word}`);
  });
  assert.deepEqual(found, []);
});

test("the UI's only href to outside Marsad goes through safeHttpUrl", () => {
  const files = sources(WEB_SRC).filter((file) => readFileSync(file, "utf8").includes("<ExternalLink"));
  for (const file of files) {
    assert.match(
      readFileSync(file, "utf8"),
      /safeHttpUrl\(/,
      `${file} builds external links from checked URLs`,
    );
  }
});
