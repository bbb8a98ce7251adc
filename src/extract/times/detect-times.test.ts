import assert from "node:assert/strict";
import { test } from "node:test";
import { timesOf } from "./test-fixtures.js";

interface Case {
  readonly name: string;
  readonly text: string;
  readonly reference?: string | null;
  /** The expected span's text, type, value and optional fields. */
  readonly expect: Readonly<Record<string, string | boolean>>;
}

const REFERENCE = "2018-05-04"; // a Friday

const cases: readonly Case[] = [
  {
    name: "reads عام 2019 with عام inside the span",
    text: "وقعت الحادثة في عام 2019 في المدينة",
    expect: { text: "عام 2019", type: "DATE", value: "2019" },
  },
  {
    name: "reads a bare year after في",
    text: "تأسست الشركة في 2014 وتوسعت",
    expect: { text: "2014", value: "2014" },
  },
  {
    name: "leaves the proclitic ل out of لعام 2016",
    text: "المرشح لعام 2016 خسر",
    expect: { text: "عام 2016", value: "2016" },
  },
  {
    name: "leaves لل out of للعام 2016",
    text: "الانتخابات الرئاسية للعام 2016 انتهت",
    expect: { text: "عام 2016", value: "2016" },
  },
  {
    name: "reads ١٤ شباط ٢٠٢٢",
    text: "صدر القرار في ١٤ شباط ٢٠٢٢ بعد نقاش",
    expect: { text: "١٤ شباط ٢٠٢٢", type: "DATE", value: "2022-02-14" },
  },
  {
    name: "reads the Maghrebi فيفري",
    text: "انعقد المؤتمر يوم 3 فيفري 2021 في تونس",
    expect: { text: "يوم 3 فيفري 2021", value: "2021-02-03" },
  },
  {
    name: "reads a doubled month name with its year",
    text: "وقع الهجوم في ديسمبر/ كانون الأول من عام 2016 قرب الحدود",
    expect: { text: "ديسمبر/ كانون الأول من عام 2016", value: "2016-12" },
  },
  {
    name: "reads 2022/2/14 year first",
    text: "نشر البيان بتاريخ 2022/2/14 صباحا",
    expect: { text: "2022/2/14", value: "2022-02-14" },
  },
  {
    name: "reads 14-02-2022 day first",
    text: "الموعد 14-02-2022 نهائي",
    expect: { text: "14-02-2022", value: "2022-02-14" },
  },
  {
    name: "reads an ordinal day الرابع من مايو",
    text: "اعتقلوا في الرابع من مايو الجاري",
    expect: { text: "الرابع من مايو الجاري", value: "2018-05-04" },
  },
  {
    name: "resolves أمس against the reference",
    text: "قال الوزير أمس إن المحادثات مستمرة",
    expect: { text: "أمس", value: "2018-05-03", anchor: "reference" },
  },
  {
    name: "keeps أمس unresolved without a reference",
    text: "قال الوزير أمس إن المحادثات مستمرة",
    reference: null,
    expect: { text: "أمس", value: "XXXX-XX-XX", resolved: false },
  },
  {
    name: "joins اليوم الجمعة into one expression",
    text: "أعلن الجيش اليوم الجمعة عن العملية",
    expect: { text: "اليوم الجمعة", value: "2018-05-04" },
  },
  {
    name: "resolves السبت to the Saturday before the reference",
    text: "التقى الرئيسان السبت في القاهرة",
    expect: { text: "السبت", value: "2018-04-28" },
  },
  {
    name: "resolves السبت المقبل to the next Saturday",
    text: "تبدأ الانتخابات السبت المقبل في البلاد",
    expect: { text: "السبت المقبل", value: "2018-05-05" },
  },
  {
    name: "keeps a weekday unresolved without a reference",
    text: "التقى الرئيسان السبت في القاهرة",
    reference: null,
    expect: { value: "XXXX-WXX-6", resolved: false },
  },
  {
    name: "resolves الأسبوع الماضي to an ISO week",
    text: "زار الوفد العاصمة الأسبوع الماضي",
    expect: { text: "الأسبوع الماضي", value: "2018-W17" },
  },
  {
    name: "resolves a day still ahead in the month of reference with المقبل to this month",
    text: "ستفتتح السفارة في 16 أيار/مايو المقبل",
    expect: { text: "16 أيار/مايو المقبل", value: "2018-05-16" },
  },
  {
    name: "resolves the month of reference with المقبل and no day to next year",
    text: "ستفتتح السفارة في مايو المقبل",
    expect: { text: "مايو المقبل", value: "2019-05" },
  },
  {
    name: "resolves العام المقبل",
    text: "ستجرى الانتخابات العام المقبل",
    expect: { text: "العام المقبل", value: "2019" },
  },
  {
    name: "resolves قبل ثلاثة أيام to a day",
    text: "وصل الوفد قبل ثلاثة أيام إلى المدينة",
    expect: { text: "قبل ثلاثة أيام", type: "DATE", value: "2018-05-01" },
  },
  {
    name: "reads ثلاثة أيام as a duration P3D",
    text: "استمرت المعارك ثلاثة أيام متواصلة",
    expect: { text: "ثلاثة أيام", type: "DURATION", value: "P3D" },
  },
  {
    name: "reads منذ أشهر as PXM without منذ",
    text: "يعيش في المخيم منذ أشهر دون مساعدة",
    expect: { text: "أشهر", type: "DURATION", value: "PXM" },
  },
  {
    name: "keeps منذ أشهر as PXM without a reference",
    text: "يعيش في المخيم منذ أشهر دون مساعدة",
    reference: null,
    expect: { value: "PXM" },
  },
  {
    name: "reads number words خمسة وعشرين عاما",
    text: "قضى خمسة وعشرين عاما في المنفى",
    expect: { text: "خمسة وعشرين عاما", value: "P25Y" },
  },
  {
    name: "reads a dual as two units",
    text: "انتظر المفاوضون يومين كاملين",
    expect: { text: "يومين", value: "P2D" },
  },
  {
    name: "reads أواخر 2017 as 2017 with mod END",
    text: "بدأت الأزمة أواخر 2017 في المنطقة",
    expect: { text: "أواخر 2017", value: "2017", mod: "END" },
  },
  {
    name: "reads مطلع العام الجاري with mod START",
    text: "أقر البرلمان القانون مطلع العام الجاري",
    expect: { text: "مطلع العام الجاري", value: "2018", mod: "START" },
  },
  {
    name: "reads أكثر من ثلاث سنوات as MORE_THAN",
    text: "تدور الحرب منذ أكثر من ثلاث سنوات",
    expect: { text: "أكثر من ثلاث سنوات", value: "P3Y", mod: "MORE_THAN" },
  },
  {
    name: "converts 13 رجب 1443 to 2022-02-14",
    text: "وصل الحجاج في 13 رجب 1443 هـ إلى مكة",
    expect: { text: "13 رجب 1443 هـ", value: "2022-02-14", calendar: "hijri", hijri: "1443-07-13" },
  },
  {
    name: "reads شهر رمضان in the reference's Hijri year",
    text: "تنخفض ساعات العمل خلال شهر رمضان في الخليج",
    expect: { text: "شهر رمضان", value: "2018-05", hijri: "1439-09" },
  },
  {
    name: "reads a clock time on the reference day",
    text: "انفجرت العبوة عند الساعة العاشرة صباحا قرب السوق",
    expect: { text: "الساعة العاشرة صباحا", type: "TIME", value: "2018-05-04T10:00" },
  },
  {
    name: "reads مساء السبت as a part of day",
    text: "تظاهر المئات مساء السبت في الساحة",
    expect: { text: "مساء السبت", type: "TIME", value: "2018-04-28TEV" },
  },
  {
    name: "reads ستينيات القرن الماضي as a decade",
    text: "اشتهر في ستينيات القرن الماضي بأغانيه",
    expect: { text: "ستينيات القرن الماضي", value: "196" },
  },
  {
    name: "reads يوميا as a set",
    text: "يعبر الحدود مئات الشاحنات يوميا",
    expect: { text: "يوميا", type: "SET", value: "P1D" },
  },
  {
    name: "reads مؤخرا as PAST_REF",
    text: "أعلنت الحكومة مؤخرا خطة جديدة",
    expect: { text: "مؤخرا", value: "PAST_REF" },
  },
];

for (const c of cases) {
  test(c.name, () => {
    const found = timesOf(c.text, c.reference === undefined ? REFERENCE : c.reference);
    const match = found.find((time) => c.expect.text === undefined || time.text === c.expect.text);
    assert.ok(
      match,
      `no expression ${String(c.expect.text ?? "")} in ${JSON.stringify(found.map((time) => time.text))}`,
    );
    for (const [field, value] of Object.entries(c.expect)) {
      assert.equal((match as unknown as Record<string, unknown>)[field], value, field);
    }
  });
}

const nothing: readonly [string, string][] = [
  ["does not read the verb مارس as March", "مارس الوزير ضغوطا على الشركات"],
  ["does not read the name رمضان as the month", "قال رمضان عبد الله إن الاتفاق قريب"],
  ["does not read a quantity 2000 شخص as a year", "قتل 2000 شخص في الزلزال"],
  ["does not read a compared quantity أكثر من 1900 as a year", "فككت الفرق أكثر من 1900 قذيفة في الوادي"],
  [
    "does not read a compared quantity before a comma as a year",
    "بلغ عدد النازحين ما لا يقل عن 2000، وفق الأمم المتحدة",
  ],
  ["does not read اليوم الأول as today", "في اليوم الأول من المؤتمر تحدث الوزير"],
  ["does not read الأمين العام السابق as last year", "قال الأمين العام السابق للأمم المتحدة"],
  ["does not read an age as a duration", "توفي الفنان عن 91 عاما في باريس"],
  ["does not read a year closing a quoted name", 'أطلقت خطة "رؤية 2030" الاقتصادية'],
];

for (const [name, text] of nothing) {
  test(name, () => assert.deepEqual(timesOf(text, REFERENCE), []));
}

test("reads each day of a list ending with a month as its own date", () => {
  const found = timesOf("قصفت الطائرات المدينة في 26، 27 و28 تموز/يوليو", "2018-07-30");
  assert.deepEqual(
    found.map((time) => [time.text, time.value]),
    [
      ["26", "2018-07-26"],
      ["27", "2018-07-27"],
      ["28 تموز/يوليو", "2018-07-28"],
    ],
  );
});

test("reads a range of counts as one fuzzy duration", () => {
  const found = timesOf("أمام الشركات ما بين 3 و6 أشهر للمغادرة", REFERENCE);
  assert.deepEqual(
    found.map((time) => [time.text, time.value]),
    [["3 و6 أشهر", "PXM"]],
  );
});

test("finds every expression of a sentence in order", () => {
  const found = timesOf("قال أمس إن الاتفاق وقع عام 2015 واستمر ثلاثة أيام", REFERENCE);
  assert.deepEqual(
    found.map((time) => time.text),
    ["أمس", "عام 2015", "ثلاثة أيام"],
  );
});
