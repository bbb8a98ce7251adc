import assert from "node:assert/strict";
import { test } from "node:test";
import { safeHttpUrl } from "../../web/src/safe-url.js";

test("only absolute http(s) URLs become links", () => {
  const cases: [string | null, string | null][] = [
    ["https://www.youtube.com/watch?v=lojwLWF_zt4", "https://www.youtube.com/watch?v=lojwLWF_zt4"],
    ["http://example.com/a b", "http://example.com/a%20b"],
    ["javascript:window.__xss=1", null],
    [" JaVaScRiPt:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["vbscript:msgbox(1)", null],
    ["//evil.example/x", null],
    ["/relative/path", null],
    ["not a url", null],
    ["", null],
    [null, null],
  ];
  for (const [input, expected] of cases) assert.equal(safeHttpUrl(input), expected, String(input));
});
