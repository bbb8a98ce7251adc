import assert from "node:assert/strict";
import { test } from "node:test";
import { testResources } from "../../test/helpers/resources.js";
import { isMarsadError } from "../doc/index.js";
import { indexTerms } from "./terms.js";
import { parseQuery } from "./parse-query.js";

const parse = (text: string) => parseQuery(text, testResources());
const key = (word: string) => indexTerms(word, testResources())[0]!.key;

test("folds query words exactly as the index folds text", () => {
  const query = parse("وسوريا الإسرائيلية");
  assert.deepEqual(
    query.clauses.map((clause) => clause.terms),
    [[key("سوريا")], [key("إسرائيلية")]],
  );
});

test("reads a quoted phrase as one clause of consecutive terms", () => {
  const query = parse('إيران "الأمم المتحدة" لبنان');
  assert.equal(query.clauses.length, 3);
  assert.deepEqual(query.clauses[1]!.terms, [key("الأمم"), key("المتحدة")]);
  assert.equal(query.clauses[1]!.text, "الأمم المتحدة");
});

test("accepts Arabic quotation marks and an unclosed quote", () => {
  assert.deepEqual(parse("«مجلس الأمن»").clauses[0]!.terms.length, 2);
  assert.deepEqual(parse('"مجلس الأمن').clauses[0]!.terms.length, 2);
});

test("marks excluded words and leaves them out of the highlight keys", () => {
  const query = parse("سوريا -روسيا");
  assert.deepEqual(
    query.clauses.map((clause) => clause.negated),
    [false, true],
  );
  assert.equal(query.keys.has(key("روسيا")), false);
  assert.equal(query.keys.has(key("سوريا")), true);
});

test("marks Latin clauses so they can match entities' Latin names", () => {
  const query = parse("Baghdad بغداد");
  assert.deepEqual(
    query.clauses.map((clause) => [clause.terms, clause.latin]),
    [
      [["baghdad"], true],
      [[key("بغداد")], false],
    ],
  );
});

test("drops punctuation-only pieces and gives no clauses for a blank query", () => {
  assert.equal(parse("  ، . ").clauses.length, 0);
  assert.equal(parse("").clauses.length, 0);
});

test("refuses a query that only excludes", () => {
  assert.throws(
    () => parse("-سوريا"),
    (error) => isMarsadError(error) && error.code === "query.invalid",
  );
});

test("refuses an over-long query", () => {
  assert.throws(
    () => parse("سوريا ".repeat(300)),
    (error) => isMarsadError(error) && error.code === "query.invalid",
  );
});

test("reads a final ه both as ة and as a pronoun", () => {
  const [clause] = parse("المتحده").clauses;
  assert.ok(clause!.variants.some((variant) => variant[0] === key("المتحدة")));
  assert.deepEqual(clause!.variants[0], clause!.terms);
  assert.deepEqual(parse("سوريا").clauses[0]!.variants, [[key("سوريا")]]);
});
