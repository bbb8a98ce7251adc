/**
 * Rules of quotes@7, one case each on sentences written for the test (none is taken from the
 * evaluation articles): وأضاف right after a report keeps that report's speaker, a surname standing
 * alone after the full name, a name the entity layer does not know after a title (and after باسم),
 * أشار إلى with a noun content and its subject before إلى, a gloss with بذلك, a complementizer after
 * the preposition, and dual and plural forms of the reporting verbs.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadResources } from "../../node/resources.js";
import { tokenize } from "../../text/index.js";
import { lookUpWords } from "./find-cues.js";
import { buildReading } from "./reading.js";
import { checkQuotes, quotesOf } from "./test-support.js";

const resources = loadResources();

test("gives وأضاف right after a report that report's speaker, not a person named in between", () => {
  checkQuotes('وقالت الوزارة إن الطبيب سامر خليل أصيب في القصف. وأضافت أن "المستشفى خرج عن الخدمة".', [
    { content: "الطبيب سامر خليل أصيب في القصف", speaker: "الوزارة" },
    { content: "المستشفى خرج عن الخدمة", cue: "أضافت", speaker: "الوزارة" },
  ]);
});

test("reads a surname standing alone after the full name as that person", () => {
  const quotes = quotesOf(
    'قال المفوض زيد رعد الحسين إن القرار خاطئ. ويقول تقرير جديد إنه يجب فتح تحقيق. وقال الحسين في مقابلة: "لن نصمت".',
  );
  const last = quotes[quotes.length - 1];
  assert.equal(last?.text, "لن نصمت");
  assert.equal(last?.speaker?.text, "الحسين");
  assert.equal(last?.speaker?.entity, quotes[0]?.speaker?.entity);
});

test("marks a surname after the full name, but not where it follows a definite noun as its adjective", () => {
  const text = "قال نبيل العربي إن القرار خاطئ. وقال العربي إن الحل بعيد. وقال البرلمان العربي إن الحل قريب.";
  const tokens = tokenize(text, resources.clitics);
  const start = text.indexOf("نبيل");
  const full = { start, end: start + "نبيل العربي".length, text: "نبيل العربي" };
  const person = { id: "per:x", type: "PER" as const, name: full.text, latin: "", mentions: [full] };
  const reading = buildReading(text, tokens, lookUpWords(tokens, resources.speechCues), [person]);
  const at = (offset: number) => reading.mentionAt[tokens.findIndex((token) => token.start === offset)];
  assert.equal(at(text.indexOf("العربي", full.end))?.entity.id, "per:x");
  assert.equal(at(text.indexOf("العربي", text.indexOf("البرلمان"))), undefined);
});

test("takes a name the entity layer does not know, between a title and إن, as the speaker", () => {
  checkQuotes("وقال رئيس النقابة سعيد ولد حمادي إن الإضراب سيستمر.", [
    { content: "الإضراب سيستمر", speaker: "سعيد ولد حمادي" },
  ]);
  checkQuotes("وقال المتحدث باسم الشرطة كريم زاهدي إن التحقيق مستمر.", [
    { content: "التحقيق مستمر", speaker: "كريم زاهدي" },
  ]);
});

test("keeps the title when what follows it is an adverb, a pronoun or an organisation's name", () => {
  checkQuotes("وقالت المصادر نفسها إن التحقيق مستمر.", [{ speaker: "المصادر" }]);
  checkQuotes("وقال المتحدث باسم الحزب إن التحقيق مستمر.", [{ speaker: "المتحدث باسم الحزب" }]);
  checkQuotes("وقال المتحدث مجددا إن التحقيق مستمر.", [{ speaker: "المتحدث" }]);
});

test("reads أشار إلى with a noun as a report whose subject stands before إلى", () => {
  checkQuotes("وأشار الوزير إلى تشكيل لجنة جديدة للتحقيق.", [
    { content: "تشكيل لجنة جديدة للتحقيق", cue: "أشار", speaker: "الوزير" },
  ]);
  checkQuotes("وقال الجيش إن الغارة أصابت مخزنا، وتشير التقارير إلى أن المدنيين نزحوا.", [
    { speaker: "الجيش" },
    { content: "المدنيين نزحوا", speaker: "التقارير" },
  ]);
});

test("opens the content after a complementizer that follows the preposition", () => {
  checkQuotes('وأشار المتحدث إلى أنه "لا توجد شروط مسبقة".', [
    { content: "لا توجد شروط مسبقة", kind: "direct", cue: "أشار" },
  ]);
});

test("does not read a gloss with بذلك as a new report", () => {
  const quotes = quotesOf('وهتف المحتجون "يسقط الفساد" مشيرين بذلك إلى الحكومة السابقة.');
  assert.ok(quotes.every((quote) => !quote.text.includes("الحكومة السابقة")));
});

test("knows the dual and plural forms of the reporting verbs", () => {
  checkQuotes("وأكدا أن المحادثات كانت إيجابية.", [{ content: "المحادثات كانت إيجابية", cue: "أكدا" }]);
  checkQuotes("وأقروا بأن الخطة فشلت.", [{ content: "الخطة فشلت", cue: "أقروا" }]);
});

test("reads an agentless prediction with من المتوقع as a quote with no speaker, but not غير المتوقع", () => {
  checkQuotes("ومن المتوقع أن يصل الوفد إلى القاهرة غدا.", [
    { content: "يصل الوفد إلى القاهرة غدا", cue: "المتوقع", speaker: null },
  ]);
  assert.deepEqual(quotesOf("وكان من غير المتوقع أن يصل الوفد بهذه السرعة."), []);
});

test("reads بالقول and القول after a verb as the cue, but not a saying that may be done", () => {
  checkQuotes("واكتفى الوزير بالقول إن الاتفاق لن يتغير.", [
    { content: "الاتفاق لن يتغير", cue: "بالقول", speaker: "الوزير" },
  ]);
  checkQuotes("وقال الوزير إن الحل قريب. واكتفى بالقول إن الاتفاق لن يتغير.", [
    { speaker: "الوزير" },
    { content: "الاتفاق لن يتغير", cue: "بالقول", speaker: "الوزير" },
  ]);
  assert.deepEqual(quotesOf("ويمكن القول إن المدينة تغيرت كثيرا."), []);
});

test("reads a finding as a quote of the study or the investigation", () => {
  checkQuotes("وأظهرت دراسة جديدة أن نصف السكان يعانون من الفقر.", [
    { content: "نصف السكان يعانون من الفقر", cue: "أظهرت", speaker: "دراسة جديدة" },
  ]);
  checkQuotes("وخلص المحققون إلى أن الحريق كان متعمدا.", [
    { content: "الحريق كان متعمدا", cue: "خلص", speaker: "المحققون" },
  ]);
});

test("reads an organisation after a person's word with ل as the addressee, after a document as its author", () => {
  checkQuotes("وقال مسؤول لرويترز إن المحادثات مستمرة.", [{ speaker: "مسؤول" }]);
  checkQuotes("وقالت مصادر لبي بي سي إن المحادثات مستمرة.", [{ speaker: "مصادر" }]);
  const [quote] = quotesOf("وأكد تقرير للأمم المتحدة أن المحادثات مستمرة.");
  assert.equal(quote?.speaker?.entity, "kb:un");
});

test("does not read the name-noun of a naming verb as its subject", () => {
  checkQuotes('وقال الرئيس إن الخطة جاهزة. وأطلق عليها اسم "حلم الصين".', [
    { speaker: "الرئيس" },
    { content: "حلم الصين", cue: "أطلق", speaker: "الرئيس" },
  ]);
});

test("ends a speaker phrase before a dual or plural relative pronoun", () => {
  checkQuotes("ويكشف الاجتماعان اللذان عقدا الشهر الماضي أن المفاوضات متعثرة.", [
    { content: "المفاوضات متعثرة", speaker: "الاجتماعان" },
  ]);
});

test("reads مضى before a verb of saying as going on, so the speaker is the last one (speech-cues 1.10.0)", () => {
  checkQuotes('وقالت الطبيبة سلمى حداد إن المستشفى ممتلئ. ومضت تقول: "لا نملك أسرة كافية".', [
    { content: "المستشفى ممتلئ", speaker: "سلمى حداد" },
    { content: "لا نملك أسرة كافية", cue: "تقول", speaker: "سلمى حداد" },
  ]);
});

test("reads توعد بـ as a report of its threat, and روى، عنونت and مذكرا بأن as verbs of saying (speech-cues 1.11.0)", () => {
  checkQuotes("وتوعد قائد الشرطة بملاحقة المهربين في كل الموانئ.", [
    { content: "ملاحقة المهربين في كل الموانئ", cue: "توعد", speaker: "قائد الشرطة" },
  ]);
  // توعد has no direct object: the noun after it is no content.
  checkQuotes("وتوعد المدرب لاعبيه في آخر التدريبات.", []);
  checkQuotes("وروت الممرضة أنها بقيت في القسم ثلاثة أيام.", [
    { content: "بقيت في القسم ثلاثة أيام", cue: "روت", speaker: "الممرضة" },
  ]);
  checkQuotes("وعنونت صحيفة المساء: نهاية موسم الجفاف.", [
    { content: "نهاية موسم الجفاف", cue: "عنونت", speaker: "صحيفة المساء" },
  ]);
  checkQuotes("وقال الوزير إن الميناء سيفتح قريبا، مذكرا بأن العمل فيه بدأ منذ سنتين.", [
    { content: "الميناء سيفتح قريبا", cue: "قال", speaker: "الوزير" },
    { content: "العمل فيه بدأ منذ سنتين", cue: "مذكرا", speaker: "الوزير" },
  ]);
});
