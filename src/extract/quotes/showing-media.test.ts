/**
 * Pictures that show (quotes@22), on sentences written for the test: a medium after أظهر or before
 * يظهر speaks what it shows; a subject that is no medium reports nothing; a later وقال still
 * stands for the person who spoke before.
 */
import { test } from "node:test";
import { checkQuotes } from "./test-support.js";

test("reads what a video or a picture shows as its content, the medium as its speaker", () => {
  checkQuotes("وأظهر مقطع فيديو مسرب جنودا يطلقون النار في الهواء.", [
    { content: "جنودا يطلقون النار في الهواء", cue: "أظهر", speaker: "مقطع فيديو مسرب" },
  ]);
  checkQuotes("ونشر الجيش لقطات جوية تظهر دمارا واسعا في الميناء.", [
    { content: "دمارا واسعا في الميناء", cue: "تظهر", speaker: "لقطات جوية" },
  ]);
});

test("reads nothing shown when the one who shows is no medium", () => {
  checkQuotes("وأظهر الاستطلاع تراجعا في شعبية الحزب.", []);
});

test("keeps the person who spoke before for a later وقال, not the medium", () => {
  checkQuotes("وقال المحافظ إن النيران اشتعلت ليلا. وتظهر الصور سحبا من الدخان. وقال إن فرق الإطفاء تعمل.", [
    { content: "النيران اشتعلت ليلا", speaker: "المحافظ" },
    { content: "سحبا من الدخان", speaker: "الصور" },
    { content: "فرق الإطفاء تعمل", speaker: "المحافظ" },
  ]);
});
