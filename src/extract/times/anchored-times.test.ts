import assert from "node:assert/strict";
import { test } from "node:test";
import { timesOf } from "./test-fixtures.js";

const REFERENCE = "2018-05-04"; // a Friday

/** [text, value] of every expression found. */
function pairs(text: string, reference: string | null = REFERENCE): [string, string][] {
  return timesOf(text, reference).map((time) => [time.text, time.value]);
}

test("puts a clock on the day named before it in its sentence", () => {
  assert.deepEqual(pairs("هبطت الطائرة في 2 أبريل عند الساعة 14.20 في المطار"), [
    ["2 أبريل", "2018-04-02"],
    ["الساعة 14.20", "2018-04-02T14:20"],
  ]);
});

test("puts a clock on a recent day named in an earlier sentence", () => {
  const found = pairs("افتتح المعرض الثلاثاء. وبدأت الزيارات عند الساعة العاشرة صباحا");
  assert.deepEqual(found.at(-1), ["الساعة العاشرة صباحا", "2018-05-01T10:00"]);
});

test("does not carry a historical day over a sentence to a clock", () => {
  const found = pairs("ولد الكاتب في 3 مارس 1950. ويبدأ الحفل عند الساعة الثامنة مساء");
  assert.deepEqual(found.at(-1), ["الساعة الثامنة مساء", "2018-05-04T20:00"]);
});

test("gives في اليوم نفسه the day named before it", () => {
  assert.deepEqual(pairs("وصل الوفد إلى المدينة الأحد، وغادرها في اليوم نفسه"), [
    ["الأحد", "2018-04-29"],
    ["اليوم نفسه", "2018-04-29"],
  ]);
});

test("gives غداة the day of the story", () => {
  const found = pairs("اجتمع الوزراء الخميس غداة إعلان نتائج الانتخابات");
  assert.deepEqual(found, [
    ["الخميس", "2018-05-03"],
    ["غداة", "2018-05-03"],
  ]);
});

test("leaves اليوم نفسه out when no day was named before it", () => {
  assert.deepEqual(pairs("وغادر الوفد في اليوم نفسه"), []);
});

test("does not read نفس اليوم من عام 1990 as today", () => {
  const found = pairs("وفي نفس اليوم من عام 1990 وقعت المعاهدة");
  assert.deepEqual(found, [["عام 1990", "1990"]]);
});

test("reads a weekday in a future clause as the coming one", () => {
  assert.deepEqual(pairs("سيزور الرئيس العاصمة الثلاثاء في جولة"), [["الثلاثاء", "2018-05-08"]]);
  assert.deepEqual(pairs("ومن المقرر أن تعقد القمة يوم الاثنين"), [["يوم الاثنين", "2018-05-07"]]);
});

test("reads a weekday after المتوقع، المزمع or المرتقب (without من) as the coming one", () => {
  assert.deepEqual(pairs("ودعا الحزب إلى اجتماع طارئ، والمتوقع عقده الثلاثاء"), [["الثلاثاء", "2018-05-08"]]);
  assert.deepEqual(pairs("وتتواصل الاستعدادات للقاء المرتقب في الرياض الأحد"), [["الأحد", "2018-05-06"]]);
});

test("reads a weekday after the feminine المقررة، المرتقبة، المزمعة or المتوقعة as the coming one", () => {
  assert.deepEqual(pairs("وتستعد البلدية للانتخابات المقررة الثلاثاء"), [["الثلاثاء", "2018-05-08"]]);
  assert.deepEqual(pairs("وحذر الحزب من تأجيل الجولة المرتقبة، الأحد"), [["الأحد", "2018-05-06"]]);
  assert.deepEqual(pairs("وتنتظر الأسواق الزيادة المتوقعة للأسعار الأربعاء"), [["الأربعاء", "2018-05-09"]]);
});

test("reads المرحلة الماضية as the past, like الفترة الماضية", () => {
  assert.deepEqual(pairs("وتعهد الوزير بتصحيح أخطاء المرحلة الماضية كلها"), [
    ["المرحلة الماضية", "PAST_REF"],
  ]);
});

test("reads a weekday set off by commas in a future clause as the coming one", () => {
  assert.deepEqual(pairs("سيزور الرئيس العاصمة، الثلاثاء، في جولة"), [["الثلاثاء", "2018-05-08"]]);
});

test("does not take a name opening with سا for a future verb", () => {
  assert.deepEqual(pairs("وقالت ساره، الثلاثاء، إن الاتفاق قريب"), [["الثلاثاء", "2018-05-01"]]);
});

test("keeps a weekday in a past clause behind the reference", () => {
  assert.deepEqual(pairs("زار الرئيس العاصمة الثلاثاء في جولة"), [["الثلاثاء", "2018-05-01"]]);
});

test("does not look for the future marker across a comma", () => {
  assert.deepEqual(pairs("سيعود الوزير قريبا، وكان قد وصل الثلاثاء"), [
    ["قريبا", "FUTURE_REF"],
    ["الثلاثاء", "2018-05-01"],
  ]);
});

test("reads a month without a year in a future clause as the coming one", () => {
  assert.deepEqual(pairs("ستجرى الانتخابات في نوفمبر", "2018-05-04"), [["نوفمبر", "2018-11"]]);
  assert.deepEqual(pairs("جرت الانتخابات في نوفمبر", "2018-05-04"), [["نوفمبر", "2017-11"]]);
});

test("reads the second of two listed weekdays after the first", () => {
  assert.deepEqual(pairs("أغلقت المتاجر يومي الجمعة والسبت بسبب العاصفة"), [
    ["الجمعة", "2018-05-04"],
    ["السبت", "2018-05-05"],
  ]);
});

test("reads قبل with an uncounted unit as a vague past point, and one counted from an event as a duration (times@11)", () => {
  assert.deepEqual(pairs("وكان الوزير قد زار المدينة قبل أسابيع وتفقد المستشفى"), [
    ["قبل أسابيع", "PAST_REF"],
  ]);
  assert.deepEqual(pairs("وجاء القرار قبل أسابيع من موعد الاقتراع"), [["أسابيع", "PXW"]]);
  assert.deepEqual(pairs("وأغلق المعبر قبيل ساعات من وصول القافلة"), [["ساعات", "PTXH"]]);
});

test("reads a year after the event it names, and before a preposition (times@11)", () => {
  assert.deepEqual(pairs("وتضرر الميناء خلال حرب 2006 مع الجيران"), [["2006", "2006"]]);
  assert.deepEqual(pairs("وعاد الفريق إلى بطولة 2010 في جنوب القارة"), [["2010", "2010"]]);
});

test("reads موعد لاحق as a future point and هذه اللحظة after a preposition as the present (time-words 1.5.0)", () => {
  assert.deepEqual(pairs("وأرجأت اللجنة التصويت إلى موعد لاحق"), [["موعد لاحق", "FUTURE_REF"]]);
  assert.deepEqual(pairs("ولا نملك في هذه اللحظة أي تفاصيل"), [["هذه اللحظة", "PRESENT_REF"]]);
});
