import { test } from "node:test";
import assert from "node:assert/strict";
import { matchKey } from "../../text/index.js";
import type { NameKind } from "./kb.js";
import { romanizeName, romanizeWord } from "./romanize.js";

const NAMES: Record<string, { latin: string; kind: NameKind }> = {
  [matchKey("أبو")]: { latin: "Abu", kind: "PART" },
  [matchKey("بكر")]: { latin: "Bakr", kind: "GIVEN" },
  [matchKey("باركر")]: { latin: "Parker", kind: "FOREIGN" },
  [matchKey("براندون")]: { latin: "Brandon", kind: "FOREIGN" },
  [matchKey("ترامب")]: { latin: "Trump", kind: "FOREIGN" },
};
const kb = { nameWord: (key: string) => NAMES[key] };

const cases: [string, string][] = [
  ["أبو بكر البغدادي", "Abu Bakr al-Baghdadi"],
  ["البغدادي", "Al-Baghdadi"],
  ["براندون باركر", "Brandon Parker"],
  ["ترامب", "Trump"],
  ["بغداد", "Baghdad"],
];

for (const [arabic, latin] of cases) {
  test(`romanizes ${arabic} as ${latin}`, () => assert.equal(romanizeName(arabic, kb), latin));
}

test("writes word-final ي as i and ة as a", () => {
  assert.equal(romanizeWord("هاشمي").endsWith("i"), true);
  assert.equal(romanizeWord("حمزة").endsWith("a"), true);
});
