import { test } from "node:test";
import assert from "node:assert/strict";
import { loadResources } from "../../node/resources.js";
import { tokenize } from "../../text/index.js";
import { cueWordOf, hasClass } from "../quotes/speech-cues.js";
import { mentionOfTokens, withoutTrailingVerbs } from "./mentions.js";

const resources = loadResources();
const isVerb = (token: Parameters<typeof cueWordOf>[0]) =>
  hasClass(cueWordOf(token, resources.speechCues), "verb");

/** The mention over the words from `from` to `to` (inclusive) of the text, as the tagger would give it. */
function mention(text: string, from: string, to: string, type: "PER" | "ORG" | "LOC") {
  const tokens = tokenize(text, resources.clitics);
  const first = tokens.findIndex((token) => token.text === from);
  const last = tokens.findIndex((token) => token.text === to) + 1;
  const found = mentionOfTokens(tokens, first, last, type);
  assert.ok(found !== null);
  return { tokens, found };
}

test("a person's mention drops the reporting verb the tagger took in", () => {
  const text = "رئيس الوزراء السابق حمد بن جاسم حذّر من أزمة طويلة.";
  const { tokens, found } = mention(text, "حمد", "حذّر", "PER");
  const trimmed = withoutTrailingVerbs(tokens, found, isVerb);
  assert.equal(text.slice(trimmed.start, trimmed.end), "حمد بن جاسم");
  assert.deepEqual(trimmed.words.length, 3);
});

test("an organisation's mention drops a feminine perfect verb too", () => {
  const text = "لكن الأمم المتحدة أكدت أن المساعدات وصلت.";
  const { tokens, found } = mention(text, "الأمم", "أكدت", "ORG");
  const trimmed = withoutTrailingVerbs(tokens, found, isVerb);
  assert.equal(text.slice(trimmed.start, trimmed.end), "الأمم المتحدة");
});

test("places, one-word mentions and names without a verb are kept", () => {
  const text = "زار سامي قال المدينة ثم غادر دمشق أكد.";
  const place = mention(text, "دمشق", "أكد", "LOC");
  assert.equal(withoutTrailingVerbs(place.tokens, place.found, isVerb), place.found);
  const lone = mention(text, "قال", "قال", "PER");
  assert.equal(withoutTrailingVerbs(lone.tokens, lone.found, isVerb), lone.found);
  const plain = mention(text, "سامي", "سامي", "PER");
  assert.equal(withoutTrailingVerbs(plain.tokens, plain.found, isVerb), plain.found);
});
