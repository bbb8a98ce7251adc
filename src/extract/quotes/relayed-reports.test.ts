/**
 * Relayed reports (quotes@18), on sentences written for the test: an attribution between a verb of
 * saying and its words names the agency that carried them, whose report is a quote around the
 * speaker's; the speaker, not the agency, goes on speaking after it.
 */
import { test } from "node:test";
import { checkQuotes } from "./test-support.js";

test("gives the agency named between a verb and its words a quote around the speaker's", () => {
  checkQuotes(
    'وقال وزير الزراعة، وفقا لما نقلته إذاعة البلاد: "المحصول وفير هذا العام". وتابع: "سنصدر الفائض".',
    [
      {
        content: 'قال وزير الزراعة، وفقا لما نقلته إذاعة البلاد: "المحصول وفير هذا العام"',
        kind: "mixed",
        cue: "نقلته",
        speaker: "إذاعة البلاد",
      },
      { content: "المحصول وفير هذا العام", kind: "direct", cue: "قال", speaker: "وزير الزراعة" },
      { content: "سنصدر الفائض", cue: "تابع", speaker: "وزير الزراعة" },
    ],
  );
  checkQuotes("وأكدت الشرطة حسب ما أوردت صحيفة المساء أن الحريق تحت السيطرة.", [
    { kind: "indirect", cue: "أوردت", speaker: "صحيفة المساء" },
    { content: "الحريق تحت السيطرة", cue: "أكدت", speaker: "الشرطة" },
  ]);
});

test("gives no quote of its own to a source named after عن: it said the words", () => {
  checkQuotes("وقال التلفزيون الرسمي نقلا عن مصدر في الميناء إن السفينة غادرت.", [
    { content: "السفينة غادرت", speaker: "مصدر" },
  ]);
});
