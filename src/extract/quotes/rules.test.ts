/**
 * One case per reading rule of the quotes stage, on sentences written for the test (none is taken
 * from the evaluation articles): object complements after a preposition, nouns of stance, cue words
 * that do not report, naming verbs, narrator additions, quoted names and speakers in apposition.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkQuotes, quotesOf } from "./test-support.js";

test("takes the content of دعا after إلى and of اتهم after the ب of its noun", () => {
  checkQuotes("ودعا الوزير المواطنين إلى الهدوء وضبط النفس.", [
    { content: "الهدوء وضبط النفس", cue: "دعا", speaker: "الوزير" },
  ]);
  checkQuotes("واتهم المتحدث الحكومة بإهمال الملف الصحي.", [{ content: "إهمال الملف الصحي", cue: "اتهم" }]);
  checkQuotes("وتعهد المحافظ بإصلاح الطرق قبل الشتاء.", [{ content: "إصلاح الطرق قبل الشتاء", cue: "تعهد" }]);
});

test("keeps the object of طالب in a mixed quote when a quotation follows it", () => {
  checkQuotes('وطالب النائب بتحقيق مستقل "يكشف كل الحقائق للناس".', [
    { content: 'تحقيق مستقل "يكشف كل الحقائق للناس"', kind: "mixed" },
  ]);
});

test("reads أعلن with a noun of stance as a quote, and with the speaker's own action as none", () => {
  checkQuotes("وأعلن رئيس البلدية استعداد المدينة لاستقبال الزوار.", [
    { content: "استعداد المدينة لاستقبال الزوار", cue: "أعلن" },
  ]);
  checkQuotes("وأعلن الوزير تشكيل لجنة للتحقيق في الحادث.", []);
});

test("skips an adverb between the subject and a noun complement", () => {
  checkQuotes("ونفى المتحدث مجددا وجود أي خلاف داخل الفريق.", [{ content: "وجود أي خلاف داخل الفريق" }]);
});

test("does not read a verbal noun after a preposition or a particle as a report", () => {
  checkQuotes('وغادر الوفد عقب رفض الشركة دفع المبلغ كـ"هدية".', []);
  checkQuotes("وسجن الرجل بسبب رفضه الخدمة العسكرية إلى أن صدر عفو عام.", []);
  checkQuotes("وغادر المقاتل القاعدة بعد عدم كشف هويته.", []);
});

test("does not read a participle after a number as a report", () => {
  checkQuotes("وقضت المحكمة بسجن 12 متهما في القضية.", []);
});

test("does not read a passive verb inside a relative clause as a report", () => {
  assert.ok(quotesOf("وسأل عن الوثائق التي قيل إنها سرقت من المكتب.").every((q) => q.cue?.text !== "قيل"));
});

test("does not read the narrator's يذكر أن as a report", () => {
  checkQuotes("يذكر أن المعرض يفتح أبوابه كل عام.", []);
});

test("reads جاء as a report only with في and a document", () => {
  checkQuotes("وجاء القرار بعد أسابيع من المفاوضات بأن تبقى الحدود مفتوحة.", []);
  checkQuotes("وجاء في البيان أن الحدود ستبقى مفتوحة.", [{ content: "الحدود ستبقى مفتوحة", cue: "جاء" }]);
});

test("reads a closing attribution with no source or a document as the medium of the report before", () => {
  checkQuotes("وقال المتحدث إن الطريق مغلق، حسبما نقلت على موقعها.", [
    { content: "الطريق مغلق", cue: "قال" },
  ]);
  checkQuotes("وقال المتحدث إن الأسعار ستنخفض، وفقا لبيان وزعته الوزارة.", [
    { content: "الأسعار ستنخفض", cue: "قال" },
  ]);
});

test("reads an attribution inside a phrase as the source of that phrase", () => {
  checkQuotes('وتعهدت البلدية أن تزيل "الأكشاك المخالفة" المسؤولة بحسب السكان عن الزحام.', [
    { content: 'تزيل "الأكشاك المخالفة"', speaker: "البلدية" },
    { content: "المسؤولة بحسب السكان عن الزحام", speaker: "السكان" },
  ]);
});

test("reads the fragment a naming verb names as a direct quote", () => {
  checkQuotes('ووصف الوزير القرار بـ"الخطوة الشجاعة" أمام البرلمان.', [
    { content: "الخطوة الشجاعة", kind: "direct", cue: "وصف" },
  ]);
  checkQuotes('وأطلق السكان على الحي اسم "المدينة الصغيرة" منذ سنوات.', [
    { content: "المدينة الصغيرة", kind: "direct", cue: "أطلق" },
  ]);
});

test("does not end a report at أطلق سراح, which names no fragment", () => {
  checkQuotes('وقال المحامي إن الموقوفين قد أطلق سراحهم "مؤقتا".', [{ cue: "قال", kind: "mixed" }]);
});

test("reads a short quotation after بـ with another cue as a name, not a quote", () => {
  const quotes = quotesOf('وأكد الوزير رفضه لما يسمى بـ"الخطة الجديدة".');
  assert.ok(quotes.every((quote) => quote.kind !== "direct"));
});

test("ends reported content before a narrator's addition after a comma", () => {
  checkQuotes("وقال المدير إن المصنع سيغلق أبوابه، وذلك بعد خسائر كبيرة.", [
    { content: "المصنع سيغلق أبوابه" },
  ]);
  checkQuotes("وقال المدير إن المصنع سيغلق أبوابه، رغم أن العمال يرفضون.", [
    { content: "المصنع سيغلق أبوابه" },
  ]);
});

test("does not make a report mixed for a quoted name after a noun that introduces names", () => {
  checkQuotes('وقال الناطق إن سفينة "النورس" وصلت إلى الميناء صباحا.', [{ kind: "indirect" }]);
});

test("does not read a first-person verb as a report", () => {
  checkQuotes("أعتقد أن الحل قريب جدا.", []);
  checkQuotes("واعتقد الخبراء أن الحل قريب جدا.", [{ content: "الحل قريب جدا", cue: "اعتقد" }]);
});

test("gives a verb followed by بقوله one quote, cued by بقوله", () => {
  checkQuotes('ووصفها أحد النقاد بقوله: "عمل مدهش حقا".', [{ content: "عمل مدهش حقا", cue: "بقوله" }]);
});

test("takes the subject before a phrase in apposition between commas", () => {
  checkQuotes("وكانت لاعبة التنس، الفائزة بالبطولة، قالت إن الفوز كان صعبا.", [{ speaker: "لاعبة التنس" }]);
});

test("ends a subject phrase at an indefinite noun after a definite one", () => {
  checkQuotes("ووجه الوزير السابق انتقادات حادة للحكومة، واتهمها بإهمال الملف.", [
    { content: "إهمال الملف", speaker: "الوزير السابق" },
  ]);
});
