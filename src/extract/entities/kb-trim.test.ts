import { test } from "node:test";
import assert from "node:assert/strict";
import { loadResources } from "../../node/resources.js";
import { splitSentences, tokenize } from "../../text/index.js";
import { findEntities } from "./index.js";
import { trimToKbNames } from "./kb-trim.js";
import { mentionOfTokens } from "./mentions.js";

const resources = loadResources();
const { kb } = resources.entities;

/**
 * What trimToKbNames makes of a person mention over the words `from` to `to` (inclusive) of `text`,
 * as the tagger would give it: the trimmed mention's text.
 */
function trimmed(text: string, from: string, to: string): string {
  const tokens = tokenize(text, resources.clitics);
  const first = tokens.findIndex((token) => token.text === from);
  const last = tokens.findIndex((token) => token.text === to) + 1;
  const mention = mentionOfTokens(tokens, first, last, "PER");
  assert.ok(mention && first >= 0 && last > first);
  const [result] = trimToKbNames(tokens, [mention], kb);
  return text.slice(result!.start, result!.end);
}

test("a listed person's name ends before a verb or a place the tagger ran on to", () => {
  assert.equal(trimmed("قال ترامب سيستضيف القمة", "ترامب", "سيستضيف"), "ترامب");
  assert.equal(trimmed("توجه نتنياهو لواشنطن أمس", "نتنياهو", "لواشنطن"), "نتنياهو");
  assert.equal(trimmed("قال سيرغي لافروف الخميس إن", "سيرغي", "الخميس"), "سيرغي لافروف");
});

test("two listed people side by side are two names", () => {
  assert.equal(trimmed("انتقد أردوغان نتنياهو بشدة", "أردوغان", "نتنياهو"), "أردوغان");
});

test("a name that goes on with a name particle or a name word is kept whole", () => {
  assert.equal(trimmed("وصل محمد بن سلمان آل سعود أمس", "محمد", "سعود"), "محمد بن سلمان آل سعود");
  assert.equal(trimmed("زار السيسي عبد الله القاهرة", "السيسي", "الله"), "السيسي عبد الله");
});

test("a mention that is a listed name whole, or that no listed person opens, is untouched", () => {
  assert.equal(trimmed("قال رجب طيب أردوغان إن", "رجب", "أردوغان"), "رجب طيب أردوغان");
  assert.equal(trimmed("قال سامر الخطيب الخميس إن", "سامر", "الخميس"), "سامر الخطيب الخميس");
});

test("countries under their everyday names link to the country (kb entities 1.2.0)", () => {
  const text = "قالت السعودية إنها سترد، وأعلنت الإمارات وبريطانيا دعمهما، فيما زار الوفد أمريكا اللاتينية.";
  const entities = findEntities(
    text,
    splitSentences(text),
    tokenize(text, resources.clitics),
    resources.entities,
  );
  const idOf = (surface: string) =>
    entities.find((entity) => entity.mentions.some((mention) => mention.text === surface))?.id;
  assert.equal(idOf("السعودية"), "geo:SA");
  assert.equal(idOf("الإمارات"), "geo:AE");
  assert.equal(idOf("بريطانيا"), "geo:GB");
  assert.equal(idOf("أمريكا اللاتينية"), "kb:latin-america");
});
