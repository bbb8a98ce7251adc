/**
 * Reports inside a direct quotation (quotes@9), on sentences written for the test: a subject
 * named there, the quoted speaker's own earlier words, and what is left to the quoted speaker.
 */
import { test } from "node:test";
import { checkQuotes } from "./test-support.js";

test("reads a report inside a direct quotation, with the subject named there", () => {
  checkQuotes('وقال الوزير: "أبلغتنا فرنسا أنها سترسل فريقا طبيا إلى المنطقة".', [
    { content: "أبلغتنا فرنسا أنها سترسل فريقا طبيا إلى المنطقة", kind: "direct", speaker: "الوزير" },
    { content: "سترسل فريقا طبيا إلى المنطقة", kind: "indirect", speaker: "فرنسا" },
  ]);
});

test("gives a report with no subject inside the quotation to the quoted speaker", () => {
  checkQuotes('وقالت النائبة: "لطالما أكدت للناخبين أن الضرائب لن ترتفع".', [
    { content: "لطالما أكدت للناخبين أن الضرائب لن ترتفع", kind: "direct", speaker: "النائبة" },
    { content: "الضرائب لن ترتفع", cue: "أكدت", speaker: "النائبة" },
  ]);
});

test("reads no report inside a quotation from a phrase that names no one or from a noun complement", () => {
  checkQuotes('وقال المدرب: "يرى البعض في النادي أن الفريق تعب".', [
    { content: "يرى البعض في النادي أن الفريق تعب", speaker: "المدرب" },
  ]);
  checkQuotes('وقال المندوب: "ينص القرار على وقف إطلاق النار".', [
    { content: "ينص القرار على وقف إطلاق النار", speaker: "المندوب" },
  ]);
});

test("reads a named subject right after إن, before an object verb, as a report nested in the content (quotes@21)", () => {
  checkQuotes("وقال المحامي إن الوزير أحمد الخطيب نفى معرفته بالصفقة.", [
    { content: "الوزير أحمد الخطيب نفى معرفته بالصفقة", speaker: "المحامي" },
    { content: "معرفته بالصفقة", cue: "نفى", speaker: "أحمد الخطيب" },
  ]);
  // A verb after another phrase (a clause of its own) or after an unnamed noun is left in the content.
  checkQuotes("وقال المحامي إن الوزير أحمد الخطيب رفض عرضا ينفي معرفته بالصفقة.", [
    { content: "الوزير أحمد الخطيب رفض عرضا ينفي معرفته بالصفقة", speaker: "المحامي" },
  ]);
});

test("gives a later report with no subject the outer speaker, not the nested one's (quotes@21)", () => {
  checkQuotes("وذكر المبعوث أن إيطاليا طالبت بعقد جلسة طارئة، وقال إنه يؤيدها.", [
    { content: "إيطاليا طالبت بعقد جلسة طارئة", speaker: "المبعوث" },
    { content: "عقد جلسة طارئة", cue: "طالبت", speaker: "إيطاليا" },
    { content: "يؤيدها", cue: "قال", speaker: "المبعوث" },
  ]);
});
