import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { loadResources } from "../../node/resources.js";
import { findEntities } from "../../extract/entities/index.js";
import { splitSentences, tokenize } from "../../text/index.js";
import type { Note } from "../../doc/index.js";
import { findQuotes, type QuoteRecord } from "./index.js";

const resources = loadResources();

/** The stage's work on a text, checked stand-off: every span inside the text, sorted, slice === text. */
function quotesOf(text: string, notes: Note[] = []): QuoteRecord[] {
  const sentences = splitSentences(text);
  const tokens = tokenize(text, resources.clitics);
  const entities = findEntities(text, sentences, tokens, resources.entities);
  const quotes = findQuotes(text, sentences, tokens, entities, resources.speechCues, (note) =>
    notes.push(note),
  );
  quotes.forEach((quote, i) => {
    assert.equal(text.slice(quote.start, quote.end), quote.text, "content round-trips");
    if (quote.cue)
      assert.equal(text.slice(quote.cue.start, quote.cue.end), quote.cue.text, "cue round-trips");
    const speaker = quote.speaker;
    if (speaker?.start !== undefined && speaker.end !== undefined) {
      assert.equal(text.slice(speaker.start, speaker.end), speaker.text, "speaker round-trips");
    }
    if (quote.setting) assert.equal(text.slice(quote.setting.start, quote.setting.end), quote.setting.text);
    if (i > 0) {
      const previous = quotes[i - 1]!;
      assert.ok(
        previous.start < quote.start || (previous.start === quote.start && previous.end <= quote.end),
      );
    }
  });
  return quotes;
}

interface Expected {
  content: string;
  kind: QuoteRecord["kind"];
  cue?: string;
  speaker?: string | null;
  setting?: string;
}

function summary(quote: QuoteRecord): Expected {
  return {
    content: quote.text,
    kind: quote.kind,
    cue: quote.cue?.text,
    speaker: quote.speaker?.text ?? null,
    ...(quote.setting ? { setting: quote.setting.text } : {}),
  };
}

const cases: { name: string; text: string; quotes: Expected[] }[] = [
  {
    name: "reads indirect speech after قال إن, content after إن to the sentence end",
    text: "قال وزير الخارجية دونالد ترامب إن المحادثات مستمرة.",
    quotes: [{ content: "المحادثات مستمرة", kind: "indirect", cue: "قال", speaker: "دونالد ترامب" }],
  },
  {
    name: "reads direct speech after a colon, inside the marks",
    text: "وقال الوزير دونالد ترامب: «نحن مستعدون للحوار».",
    quotes: [{ content: "نحن مستعدون للحوار", kind: "direct", cue: "قال", speaker: "دونالد ترامب" }],
  },
  {
    name: "carries the speaker to وقال: with no subject in the next sentence",
    text: 'أكد دونالد ترامب أن الحل سياسي. وقال: "لا بديل عن الحوار".',
    quotes: [
      { content: "الحل سياسي", kind: "indirect", cue: "أكد", speaker: "دونالد ترامب" },
      { content: "لا بديل عن الحوار", kind: "direct", cue: "قال", speaker: "دونالد ترامب" },
    ],
  },
  {
    name: "ends a report where a participle opens the next one by the same speaker",
    text: "وأوضح دونالد ترامب أن الاتفاق قريب، مشيرا إلى أن الخلافات تراجعت.",
    quotes: [
      { content: "الاتفاق قريب", kind: "indirect", cue: "أوضح", speaker: "دونالد ترامب" },
      { content: "الخلافات تراجعت", kind: "indirect", cue: "مشيرا", speaker: "دونالد ترامب" },
    ],
  },
  {
    name: "reads a mixed quote and stops before حسب قوله",
    text: 'وكشف دونالد ترامب أن الأزمة "في طريقها إلى الحل" حسب قوله.',
    quotes: [{ content: 'الأزمة "في طريقها إلى الحل"', kind: "mixed", cue: "كشف", speaker: "دونالد ترامب" }],
  },
  {
    name: "attributes a report to an organisation named after تقرير لـ",
    text: "وأشار تقرير للأمم المتحدة إلى أن الأوضاع تتدهور.",
    quotes: [{ content: "الأوضاع تتدهور", kind: "indirect", cue: "أشار", speaker: "لأمم المتحدة" }],
  },
  {
    name: "takes the named person in apposition after a long title",
    text: "قال المتحدث باسم وزارة الخارجية الأمريكية، نيد برايس، إن واشنطن قلقة.",
    quotes: [{ content: "واشنطن قلقة", kind: "indirect", cue: "قال", speaker: "نيد برايس" }],
  },
  {
    name: "reads a subject written before the verb",
    text: "دونالد ترامب كشف أيضا أن الوفد وصل.",
    quotes: [{ content: "الوفد وصل", kind: "indirect", cue: "كشف", speaker: "دونالد ترامب" }],
  },
  {
    name: "reads a statement attributed with بحسب at the end of the sentence",
    text: "قتل عشرة أشخاص في القصف، بحسب المرصد السوري لحقوق الإنسان.",
    quotes: [{ content: "قتل عشرة أشخاص في القصف", kind: "indirect", cue: "بحسب" }],
  },
  {
    name: "reads a statement attributed with وبحسب at the start of the sentence",
    text: "وبحسب مصادر محلية، فإن القوات انسحبت من المدينة.",
    quotes: [{ content: "القوات انسحبت من المدينة", kind: "indirect", cue: "بحسب", speaker: "مصادر محلية" }],
  },
  {
    name: "records the setting of a statement",
    text: "وقال دونالد ترامب في لقاء مع قناة الحرة إن الحوار مستمر.",
    quotes: [
      {
        content: "الحوار مستمر",
        kind: "indirect",
        cue: "قال",
        speaker: "دونالد ترامب",
        setting: "في لقاء مع قناة الحرة",
      },
    ],
  },
  {
    name: "reads ثم تابع followed by a quotation as the same speaker's",
    text: 'وقال دونالد ترامب: "الحوار مستمر" ثم تابع "ولن نتراجع".',
    quotes: [
      { content: "الحوار مستمر", kind: "direct", cue: "قال", speaker: "دونالد ترامب" },
      { content: "ولن نتراجع", kind: "direct", cue: "تابع", speaker: "دونالد ترامب" },
    ],
  },
  {
    name: "ignores a quoted name that is not speech",
    text: 'شاركت قوات "العزم الصلب" في العملية أمس.',
    quotes: [],
  },
  {
    name: "does not read the subjunctive أن after بعد as a report",
    text: "وصل الوفد بعد أن انتهت المحادثات.",
    quotes: [],
  },
];

for (const { name, text, quotes } of cases) {
  test(name, () => {
    const found = quotesOf(text).map(summary);
    assert.deepEqual(
      found.map((quote, i) => {
        const want = quotes[i];
        if (want === undefined) return quote;
        // Compare only what the case states.
        return Object.fromEntries(Object.keys(want).map((key) => [key, quote[key as keyof Expected]]));
      }),
      quotes,
    );
  });
}

test("links the speaker to the entity id", () => {
  const [quote] = quotesOf("قال دونالد ترامب إن المحادثات مستمرة.");
  assert.ok(quote?.speaker?.entity, "the speaker has an entity id");
  assert.equal(quote.direct, false);
});

test("notes an unclosed quotation mark", () => {
  const notes: Note[] = [];
  quotesOf("وقال الوزير: «نحن مستعدون للحوار.", notes);
  assert.ok(notes.some((note) => note.code === "quotes.unclosed-mark"));
});

test("notes a speaker that cannot be resolved", () => {
  const notes: Note[] = [];
  const [quote] = quotesOf("وقال إن المحادثات مستمرة.", notes);
  assert.equal(quote?.speaker, null);
  assert.ok(notes.some((note) => note.code === "quotes.no-speaker"));
});

test("arbitrary text gives sorted, in-bounds quotes and never throws", () => {
  const pieces = fc.constantFrom(
    "قال",
    "وقال",
    "إن",
    "أن",
    ":",
    "«",
    "»",
    "“",
    "”",
    '"',
    "،",
    ".",
    "\n",
    "بحسب",
    "حسب قوله",
    "مشيرا إلى",
    "دونالد ترامب",
    "الوزير",
    "تقرير",
    "للأمم المتحدة",
    "في بيان",
    " ",
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 40 }), (parts) => {
      const text = parts.join(" ");
      const quotes = quotesOf(text);
      for (const quote of quotes) {
        assert.ok(quote.start >= 0 && quote.end <= text.length && quote.start < quote.end);
      }
    }),
    { numRuns: 150 },
  );
});
