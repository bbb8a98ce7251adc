import assert from "node:assert/strict";
import { test } from "node:test";
import { testResources } from "../../test/helpers/resources.js";
import { indexTerms } from "./terms.js";
import { makeSnippet } from "./snippet.js";

test("centres the window on the matches and highlights them relative to it", () => {
  const text = `${"كلام تمهيدي طويل ".repeat(30)}وصل الوفد إلى سوريا ثم غادر ${"ختام ".repeat(40)}`;
  const terms = indexTerms(text, testResources());
  const snippet = makeSnippet(text, terms, new Set(["سوريا"]));
  assert.ok(snippet.start > 0);
  assert.equal(text.slice(snippet.start, snippet.start + snippet.text.length), snippet.text);
  assert.deepEqual(
    snippet.highlights.map((span) => snippet.text.slice(span.start, span.end)),
    ["سوريا"],
  );
});

test("opens the text when nothing matches", () => {
  const text = "خبر قصير عن الطقس";
  const snippet = makeSnippet(text, indexTerms(text, testResources()), new Set(["سوريا"]));
  assert.deepEqual(snippet, { text, start: 0, highlights: [] });
});
