/**
 * The readings of event-triggers 1.9.0 and the rules around a verb's object that came with them: a
 * feminine past verb with an object pronoun (رفضته), a noun resumed by a pronoun without الذي
 * (صاروخ باليستي أطلقته), and an attempt word a few words before a killing (حاول … اغتيال). Each on a
 * sentence written for the test.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../pipeline/index.js";
import { eventCandidates } from "./event-candidates.js";
import { resources, testTriggerCases, triggersOf, type TriggerCase } from "./test-support.js";

const CASES: readonly TriggerCase[] = [
  {
    name: "a court overturning a verdict is a retreat",
    text: "وألغت محكمة الاستئناف حكم السجن الصادر بحق الصحفي.",
    trigger: "ألغت",
    type: "RETREAT",
  },
  {
    name: "cancelling a summit is still a rejection",
    text: "وألغى الرئيس القمة المقررة مع جيرانه.",
    trigger: "ألغى",
    type: "REJECT",
  },
  {
    name: "granting permission is an agreement",
    text: "ومنحت الحكومة الإذن للمحققين بدخول المبنى.",
    trigger: "منحت",
    type: "AGREE",
  },
  {
    name: "air defences confronting missiles is an assault",
    text: "وتصدت الدفاعات الجوية لصواريخ أطلقت على المدينة.",
    trigger: "تصدت",
    type: "ASSAULT",
  },
  {
    name: "troops advancing on a front is an assault",
    text: "وتقدمت القوات على جبهة الساحل مسافة كيلومترين.",
    trigger: "تقدمت",
    type: "ASSAULT",
  },
  {
    name: "wresting a town from fighters is an assault",
    text: "وانتزع الجيش السيطرة على بلدة حدودية.",
    trigger: "انتزع",
    type: "ASSAULT",
  },
  {
    name: "troops arriving is a mobilisation",
    text: "وأكد الناطق وصول تعزيزات عسكرية إلى الميناء.",
    trigger: "وصول",
    type: "MOBILIZE",
  },
  {
    name: "objecting to a resolution is a rejection",
    text: "واعترضت ثلاث دول على مشروع البيان.",
    trigger: "اعترضت",
    type: "REJECT",
  },
  {
    name: "a court punishing with prison is a legal action",
    text: "وعاقبت المحكمة المتهمين بالسجن خمس سنوات.",
    trigger: "عاقبت",
    type: "ARREST",
  },
  {
    name: "expelling spies is a sanction",
    text: "وطردت الحكومة عملاء استخبارات أجانب.",
    trigger: "طردت",
    type: "SANCTION",
  },
  {
    name: "an emergency session is a consultation",
    text: "وعقد البرلمان جلسة طارئة لبحث الأزمة.",
    trigger: "جلسة",
    type: "CONSULT",
  },
  {
    name: "heavy rain is OTHER",
    text: "وضربت أمطار غزيرة القرى الجبلية.",
    trigger: "أمطار",
    type: "OTHER",
  },
  {
    name: "a capsized boat is OTHER",
    text: "وانقلب قارب يقل عشرين مهاجرا قبالة الساحل.",
    trigger: "انقلب",
    type: "OTHER",
  },
  {
    name: "a cabinet reshuffle is a leadership change",
    text: "وأجرى رئيس الحكومة تعديلا وزاريا شمل خمس حقائب.",
    trigger: "تعديلا",
    type: "LEADERSHIP",
  },
  {
    name: "issuing a report is a report",
    text: "وأصدرت اللجنة تقريرها عن أوضاع السجون.",
    trigger: "أصدرت",
    type: "REPORT",
  },
];

testTriggerCases(CASES);

/** The candidates' triggers of `text` run through the whole pipeline (the tokens' keys as the stage folds them). */
function candidatesOf(text: string) {
  return eventCandidates(analyzeText(text, resources), resources.events).map(({ trigger }) => trigger);
}

test("a feminine past verb with an object pronoun is the verb, not a noun in ة", () => {
  const found = candidatesOf("وهو اقتراح رفضته الحكومة بشدة.");
  const rejected = found.find((trigger) => trigger.text === "رفضته");
  assert.equal(rejected?.type, "REJECT");
  assert.equal(rejected.class, "verb");
});

test("a verb that only reads with على keeps the noun in ة: سيطرته is control, not an assault", () => {
  assert.deepEqual(
    candidatesOf("وبسط الجيش سيطرته على الطريق.").filter((trigger) => trigger.text === "سيطرته"),
    [],
  );
});

test("a noun just before a verb with its pronoun is the verb's object, without الذي", () => {
  const found = candidatesOf("واعترضت الدفاعات صاروخا باليستيا أطلقته الجماعة نحو المطار.");
  assert.equal(found.find((trigger) => trigger.text === "أطلقته")?.type, "ASSAULT");
});

test("without الذي the object noun must stand just before, and a و joins instead", () => {
  const captured = (text: string) => candidatesOf(text).filter((trigger) => trigger.type === "ARREST");
  assert.deepEqual(captured("وحضر الحفل عدد من أفراد أسرتها."), []);
  assert.deepEqual(captured("وغادر المقاتلون وأسرهم البلدة."), []);
});

test("an attempt word a few words before a killing makes it an assault", () => {
  const typeOf = (text: string, word: string) => triggersOf(text).find((t) => t.text === word)?.type;
  assert.equal(typeOf("وحاول مسلحون مجهولون اغتيال القاضي أمس.", "اغتيال"), "ASSAULT");
  assert.equal(typeOf("ونجا الوزير من محاولة اغتيال.", "اغتيال"), "ASSAULT");
  assert.equal(
    typeOf("وتناول التحقيق محاولة الخطف ومقتل الحارس.", "مقتل"),
    "KILL",
    "و starts another phrase",
  );
  assert.equal(
    typeOf("وحاولت السجينة الانتحار في زنزانتها.", "الانتحار"),
    "KILL",
    "a suicide attacks no one",
  );
});
