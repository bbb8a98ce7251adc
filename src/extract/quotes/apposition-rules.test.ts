/**
 * Speakers named in apposition or by a head noun and a quoted name, and accusations whose object is
 * a title with its name (quotes@6), on sentences written for the test.
 */
import { test } from "node:test";
import { checkQuotes } from "./test-support.js";

test("an attribution's speaker is the person named in apposition to the title", () => {
  checkQuotes("وتعد هذه أكبر حملة اعتقالات، وفقا لما قالته رئيسة الوزراء البريطانية، تيريزا ماي.", [
    { content: "تعد هذه أكبر حملة اعتقالات", speaker: "تيريزا ماي" },
  ]);
});

test("a comma before the name after the source opens no parenthesis", () => {
  checkQuotes("وتعد هذه أكبر حملة اعتقالات، بحسب ما قاله وزير الداخلية، سمير حداد.", [
    { content: "تعد هذه أكبر حملة اعتقالات", speaker: "سمير حداد" },
  ]);
});

test("a relative clause after the source still extends the report", () => {
  checkQuotes("وتعد هذه أكبر حملة اعتقالات، بحسب الوكالة، التي قالت إن الوضع صعب.", [
    { content: "تعد هذه أكبر حملة اعتقالات", speaker: "الوكالة" },
    { content: "الوضع صعب", speaker: "الوكالة" },
  ]);
});

test("the accused after an accusing verb is a title and its name, quoted or not", () => {
  const before = "وقال زعيم المعارضة سمير حداد إن الوضع صعب.";
  checkQuotes(`${before} واتهم حكومة الرئيس محمد ولد عبد العزيز "بدفع البلاد نحو الأزمة".`, [
    { speaker: "سمير حداد" },
    { content: "بدفع البلاد نحو الأزمة", kind: "direct", speaker: "سمير حداد" },
  ]);
  checkQuotes(`${before} واتهم حكومة الرئيس محمد ولد عبد العزيز بدفع البلاد نحو الأزمة.`, [
    { speaker: "سمير حداد" },
    { content: "دفع البلاد نحو الأزمة", speaker: "سمير حداد" },
  ]);
});

test("after an accusing verb and its subject, the next name is the accused", () => {
  checkQuotes("واتهمت روسيا المنظمة بالتلاعب في النتائج.", [
    { content: "التلاعب في النتائج", speaker: "روسيا" },
  ]);
});

test('a source named by a head noun and a quoted name is both (صحيفة "…")', () => {
  checkQuotes('وقالت صحيفة "المساء" إن التحقيق مستمر. نزحت العائلة من المدينة، حسب موقع "الأخبار اليوم".', [
    { content: "التحقيق مستمر", speaker: 'صحيفة "المساء"' },
    { content: "نزحت العائلة من المدينة", speaker: 'موقع "الأخبار اليوم"' },
  ]);
});

test("a person after a reporting verb and a noun that is no title is no subject to carry", () => {
  const text =
    'وقال زعيم المعارضة سمير حداد إن الوضع صعب. واتهم نظام الرئيس محمد ولد عبد العزيز "بدفع البلاد نحو الأزمة". وأكد أن المعارضة ستتصدى لذلك.';
  checkQuotes(text, [{ speaker: "سمير حداد" }, { speaker: "سمير حداد" }, { speaker: "سمير حداد" }]);
});

test("a profession before a name makes it the subject, not the person after it in apposition", () => {
  checkQuotes('هاجم الكاتب المصري سمير حداد الرئيس السابق، رياض كريم، قائلا إنه "خان بلاده".', [
    { content: "خان بلاده", speaker: "سمير حداد" },
  ]);
});
