import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { splitSentences } from "./split-sentences.js";

function sentences(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

const cases: Array<[string, string, string[]]> = [
  ["splits at a full stop", "وصل الوفد. بدأ الاجتماع.", ["وصل الوفد.", "بدأ الاجتماع."]],
  ["splits at the Arabic question mark", "هل انتهى؟ لا أعرف", ["هل انتهى؟", "لا أعرف"]],
  ["splits at an exclamation mark", "انتصرنا! عاد الجميع", ["انتصرنا!", "عاد الجميع"]],
  ["splits at the Arabic semicolon", "قتل ثلاثة؛ وأصيب آخرون", ["قتل ثلاثة؛", "وأصيب آخرون"]],
  ["splits at a line break without a stop", "عنوان الخبر\nنص الخبر هنا.", ["عنوان الخبر", "نص الخبر هنا."]],
  [
    "keeps a decimal number whole",
    "ارتفع النمو 3.5 بالمئة هذا العام.",
    ["ارتفع النمو 3.5 بالمئة هذا العام."],
  ],
  ["keeps a single-letter abbreviation", "قال د. أحمد إن الوضع خطير.", ["قال د. أحمد إن الوضع خطير."]],
  [
    "keeps dotted Latin initials",
    "The U.S. army left. It came back.",
    ["The U.S. army left.", "It came back."],
  ],
  [
    "keeps a Latin title abbreviation",
    "Dr. Smith spoke. Then he left.",
    ["Dr. Smith spoke.", "Then he left."],
  ],
  [
    "keeps a closing quote with its sentence",
    "ثم تابع “لا بد من ذلك.”\nوقال آخر",
    ["ثم تابع “لا بد من ذلك.”", "وقال آخر"],
  ],
  [
    "keeps a quote that runs over two sentences in one sentence",
    "وقال: «لن نتراجع. سنواصل العمل» مضيفا أن الوضع صعب. وانتهى اللقاء.",
    ["وقال: «لن نتراجع. سنواصل العمل» مضيفا أن الوضع صعب.", "وانتهى اللقاء."],
  ],
  [
    "does not split inside a URL",
    "زوروا www.example.com لمعرفة المزيد.",
    ["زوروا www.example.com لمعرفة المزيد."],
  ],
  ["treats an ellipsis run as one end", "انتظروا... سيأتي الرد", ["انتظروا...", "سيأتي الرد"]],
  ["skips blank lines and surrounding space", "  أولا.  \n\n  ثانيا.  ", ["أولا.", "ثانيا."]],
];

for (const [name, input, expected] of cases) {
  test(name, () => assert.deepEqual(sentences(input), expected));
}

test("an unclosed quote does not swallow the paragraph", () => {
  const text = "قال “بدأ الأمر. ثم انتهى. وبعدها عدنا.";
  assert.equal(splitSentences(text).length, 3);
});

test("sentence spans are sorted, non-empty, disjoint and trimmed for any input", () => {
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom("ا", "ب", " ", ".", "؟", "\n", "“", "”", '"', "3", "د") }),
      (text) => {
        let previousEnd = 0;
        for (const { start, end } of splitSentences(text)) {
          assert.ok(start >= previousEnd && end > start && end <= text.length);
          assert.equal(text.slice(start, end).trim(), text.slice(start, end));
          previousEnd = end;
        }
      },
    ),
  );
});
