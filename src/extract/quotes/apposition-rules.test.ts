/**
 * Speakers named in apposition and accusations whose object is a title with its name (quotes@6),
 * on sentences written for the test.
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
