import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { createDocument, documentId } from "./create-document.js";
import { MARSAD_VERSION } from "./version.js";

test("gives the same text the same id, and different texts different ids", () => {
  assert.equal(documentId("قال باركر"), documentId("قال باركر"));
  assert.notEqual(documentId("قال باركر"), documentId("قال باركر."));
  assert.match(documentId(""), /^[0-9a-f]{16}$/);
});

test("fills unknown metadata with null, never a guess", () => {
  const doc = createDocument({ text: "نص" }, "0");
  assert.deepEqual(doc.meta, { title: null, published: null, url: null, outlet: null });
  assert.deepEqual(doc.layers.media, []);
});

test("stamps the package version", () => {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  assert.equal(MARSAD_VERSION, pkg.version);
});
