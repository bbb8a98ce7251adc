/**
 * Where a direct quote's words end (quotes@28), on sentences written for the test: a quotation a
 * colon opens is the words even when the narrator goes on after its close in the same sentence,
 * and a full stop or comma right before the closing mark punctuates the narrator's sentence.
 */
import { test } from "node:test";
import { checkQuotes } from "./test-support.js";

test("keeps a quotation opened by a colon direct when the narrator goes on after it", () => {
  checkQuotes(
    'وكتب النائب السابق في تغريدة: "نخسر أموالنا في صفقات فاشلة" ثم طرح سؤالا بقوله: "هل نعرف ماذا نريد؟"',
    [
      { content: "نخسر أموالنا في صفقات فاشلة", kind: "direct", cue: "كتب" },
      { content: "هل نعرف ماذا نريد؟", kind: "direct", cue: "بقوله" },
    ],
  );
  checkQuotes('وقال حارس المرفأ: "أغلقنا البوابة قبل الفجر" وعاد إلى موقعه.', [
    { content: "أغلقنا البوابة قبل الفجر", kind: "direct", cue: "قال", speaker: "حارس المرفأ" },
  ]);
});

test("leaves a full stop or comma before the closing mark out of the words, not a question mark", () => {
  checkQuotes('وقال حارس المرفأ: "أغلقنا البوابة قبل الفجر."', [{ content: "أغلقنا البوابة قبل الفجر" }]);
  checkQuotes('وقال حارس المرفأ: "أغلقنا البوابة قبل الفجر،" وعاد إلى موقعه.', [
    { content: "أغلقنا البوابة قبل الفجر", kind: "direct" },
  ]);
  checkQuotes('وقال حارس المرفأ: "من أغلق البوابة؟"', [{ content: "من أغلق البوابة؟" }]);
});
