import { test } from "node:test";
import assert from "node:assert/strict";
import { loadResources } from "../../node/resources.js";
import { tokenize } from "../../text/index.js";
import { reportsNothing, withholdsName } from "./non-reporting-idioms.js";

const resources = loadResources();
const COMPLEMENTIZERS = new Set(["ان", "أن", "إن"]);
const isComplementizer = (token: { key: string }) => COMPLEMENTIZERS.has(token.key);

/** Whether the word `word` of `text` (its first occurrence) reports nothing there. */
function nothingAt(text: string, word: string): boolean {
  const tokens = tokenize(text, resources.clitics);
  const i = tokens.findIndex((token) => token.text === word);
  assert.ok(i >= 0, `${word} in ${text}`);
  return reportsNothing(tokens, i, isComplementizer);
}

test("يدعى after a word and before a name is 'called'; before أن it is 'claims'", () => {
  assert.equal(nothingAt("وقال شاهد يدعى يوسف نجاح إنه رأى الهجوم.", "يدعى"), true);
  assert.equal(nothingAt("ويدعى الرجل أن الشرطة اعتدت عليه.", "ويدعى"), false);
  assert.equal(nothingAt("وقال إن الرجل يدعى أن الشرطة اعتدت عليه.", "يدعى"), false);
});

test("يبلغ before an age or a number measures; before a person it informs", () => {
  assert.equal(nothingAt("رجل يبلغ من العمر 23 عاما.", "يبلغ"), true);
  assert.equal(nothingAt("السكان الذين يبلغ عددهم مليونين.", "يبلغ"), true);
  assert.equal(nothingAt("ولم يبلغ الوزير البرلمان بالقرار.", "يبلغ"), false);
});

test("declining to be named: the verb and the word of disclosing report nothing", () => {
  assert.equal(nothingAt("وقالت متحدثة رفضت نشر اسمها إن القرار نهائي.", "رفضت"), true);
  assert.equal(nothingAt("وقالت متحدثة رفضت نشر اسمها إن القرار نهائي.", "نشر"), true);
  assert.equal(nothingAt("ورفضت الوزارة نشر التقرير كاملا.", "ورفضت"), false);
  const tokens = tokenize("وقال مسؤول تحدث شريطة عدم الكشف عن هويته إن الوضع خطير.", resources.clitics);
  assert.equal(
    withholdsName(
      tokens,
      tokens.findIndex((token) => token.text === "تحدث"),
    ),
    true,
  );
  assert.equal(
    withholdsName(
      tokens,
      tokens.findIndex((token) => token.text === "مسؤول"),
    ),
    false,
  );
});

test("طلب before asylum asks nothing of anyone, nor does a source asking to stay unnamed (speech-cues 1.15.0)", () => {
  assert.equal(nothingAt("وطلب الكاتب المعارض اللجوء في النرويج.", "وطلب"), true);
  assert.equal(nothingAt("وقال موظفان، طلبا التحفظ على هويتيهما، إن المصنع أغلق.", "طلبا"), true);
  assert.equal(nothingAt("وطلب الكاتب من الناشر تأجيل الطبعة.", "وطلب"), false);
});
