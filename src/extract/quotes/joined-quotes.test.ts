import { test } from "node:test";
import { checkQuotes } from "./test-support.js";

// A speaker's words quoted in pieces joined by و: each piece is a direct quote of the same cue and
// speaker, however short; narrator's words between pieces make a mixed quote instead.
const cases: { name: string; text: string; want: Parameters<typeof checkQuotes>[1] }[] = [
  {
    name: "two short pieces after the subject, joined by a comma and و",
    text: 'قال وزير الخارجية الفرنسي جان إيف لودريان "الحل سياسي"، و"لا بد من وقف القتال فورا".',
    want: [
      { content: "الحل سياسي", kind: "direct", cue: "قال", speaker: "جان إيف لودريان" },
      { content: "لا بد من وقف القتال فورا", kind: "direct", cue: "قال", speaker: "جان إيف لودريان" },
    ],
  },
  {
    name: "pieces after a colon, joined by و alone",
    text: 'وقالت المتحدثة باسم المنظمة ماري دوبوا: "نحن قلقون" و"سنرسل فريقا".',
    want: [
      { content: "نحن قلقون", kind: "direct", speaker: "ماري دوبوا" },
      { content: "سنرسل فريقا", kind: "direct", speaker: "ماري دوبوا" },
    ],
  },
  {
    name: "the names a naming verb gives, joined by و",
    text: 'ووصف رئيس الوزراء الخطة بـ"الواقعية" و"العادلة".',
    want: [
      { content: "الواقعية", kind: "direct", cue: "وصف" },
      { content: "العادلة", kind: "direct", cue: "وصف" },
    ],
  },
  {
    name: "a piece, then the narrator's words and another verb: two reports, not one",
    text: 'قال الوزير سمير حداد "الوضع صعب"، وأضاف أن الحكومة ستعمل على حله.',
    want: [
      { content: "الوضع صعب", kind: "direct", cue: "قال" },
      { content: "الحكومة ستعمل على حله", kind: "indirect", cue: "أضاف" },
    ],
  },
];

for (const { name, text, want } of cases) test(`joined quotations: ${name}`, () => checkQuotes(text, want));
