import { test } from "node:test";
import { checkQuotes } from "./test-support.js";

test("نقل with no عن, no أن and no quotation moves people or things: no quote", () => {
  checkQuotes("ونقل المصابون الخمسة إلى مستشفى المدينة لتلقي العلاج.", []);
  checkQuotes("وقررت الشركة نقل مقرها الرئيسي من لندن إلى دبلن العام المقبل.", []);
  checkQuotes("وكانت الحافلات تنقل العمال من القرى إلى المصانع كل صباح.", []);
});

test("نقل still relays a source after عن, a content after أن, or a quotation", () => {
  checkQuotes("ونقلت الإذاعة عن الناطق الرسمي قوله إن المحادثات ستستأنف قريبا.", [
    { content: "المحادثات ستستأنف قريبا", speaker: "الناطق الرسمي" },
  ]);
  checkQuotes("ونقلت الصحيفة أن الوزير سيزور عمّان الأسبوع المقبل.", [
    { content: "الوزير سيزور عمّان الأسبوع المقبل", speaker: "الصحيفة" },
  ]);
  checkQuotes('ونقلت الإذاعة: "المحادثات ستستأنف قريبا".', [
    { content: "المحادثات ستستأنف قريبا", kind: "direct" },
  ]);
});

test("the dots of an acronym after نقل do not end the clause its source or content stands in", () => {
  checkQuotes("ونقلت سي.إن.إن أن الرئيس سيلقي خطابا مساء اليوم.", [
    { content: "الرئيس سيلقي خطابا مساء اليوم", speaker: "سي.إن.إن" },
  ]);
  checkQuotes("ونقلت بي.بي.سي عن مسؤول محلي قوله إن الطريق أغلق.", [
    { content: "الطريق أغلق", speaker: "مسؤول محلي" },
  ]);
});

test("a report's content runs on past a نقل that moves people", () => {
  checkQuotes("وقال الدفاع المدني إن حريقا اندلع في المصنع، ونقل ثلاثة عمال إلى المستشفى.", [
    { content: "حريقا اندلع في المصنع، ونقل ثلاثة عمال إلى المستشفى", speaker: "الدفاع المدني" },
  ]);
});

test("a feminine participle closed by a comma, a stop or a و-phrase qualifies the word before it", () => {
  checkQuotes("وعقدت القمة وسط حراسة أمنية مشددة، وغادر الوفد بعد الظهر.", []);
  checkQuotes("واقترحت الحكومة إنشاء مخيمات مؤقتة مشددة وتوزيع المساعدات على السكان.", []);
});

test("a feminine participle with its object or preposition still reports", () => {
  checkQuotes("وردت الحكومة في بيان متهمة المعارضة بعرقلة الحوار.", [
    { content: "عرقلة الحوار", cue: "متهمة" },
  ]);
  checkQuotes("وأعلنت الوزارة إغلاق المعبر، مشددة على أن القرار مؤقت.", [
    { content: "القرار مؤقت", cue: "مشددة" },
  ]);
});
