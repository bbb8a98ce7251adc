import assert from "node:assert/strict";
import { test } from "node:test";
import { timesOf } from "./test-fixtures.js";

const REFERENCE = "2018-05-04"; // a Friday

/** [text, type, value, mod] of every expression found. */
function found(text: string): string[][] {
  return timesOf(text, REFERENCE).map((time) => [time.text, time.type, time.value, time.mod ?? ""]);
}

const cases: readonly [name: string, text: string, expected: string[][]][] = [
  [
    "reads a unit and a half as one duration in the next smaller unit, with or without a signal (times@12)",
    "ظل الملف مجمدا عاما ونصف العام، ثم عاد الوفد بعد ساعتين ونصف، وانقطع التيار أكثر من شهر ونصف",
    [
      ["عاما ونصف العام", "DURATION", "P18M", ""],
      ["ساعتين ونصف", "DURATION", "PT150M", ""],
      ["أكثر من شهر ونصف", "DURATION", "P45D", "MORE_THAN"],
    ],
  ],
  [
    "leaves out an age of a year and a half, as it leaves out a counted one (times@12)",
    "وأصيبت في القصف طفلة تبلغ من العمر عاما ونصف العام، وشقيقها (سنة ونصف)",
    [],
  ],
  [
    "does not read باب (a door) as ب + آب, the month, and leaves out ages after سن (times@13)",
    "ووقف الحارس على باب القاعة في آب الماضي، وقال إن القانون يحمي الأطفال دون سن 16 عاما ومن كانت سنها أقل من 17 عاما",
    [["آب الماضي", "DATE", "2017-08", ""]],
  ],
  [
    "reads two numbers joined by أو before a unit as one fuzzy duration (times@12)",
    "قد تستغرق المفاوضات خمسة أو ستة أشهر، وربما ست أو سبع سنوات",
    [
      ["خمسة أو ستة أشهر", "DURATION", "PXM", ""],
      ["ست أو سبع سنوات", "DURATION", "PXY", ""],
    ],
  ],
  [
    "reads years and months joined by و as one duration in months (times@9)",
    "وقضت المحكمة بسجن الحارس تسع سنوات وأربعة أشهر، وبسجن السائق أربعة أعوام ونصف عام",
    [
      ["تسع سنوات وأربعة أشهر", "DURATION", "P112M", ""],
      ["أربعة أعوام ونصف عام", "DURATION", "P54M", ""],
    ],
  ],
  [
    "reads a month من العام نفسه in the year the text last named, not the reference's (times@10)",
    "افتتح المصنع في 2011، ثم أغلق في نوفمبر من السنة نفسها، وعاد العمال في مارس من نفس العام",
    [
      ["2011", "DATE", "2011", ""],
      ["نوفمبر من السنة نفسها", "DATE", "2011-11", ""],
      ["مارس من نفس العام", "DATE", "2011-03", ""],
    ],
  ],
  [
    "reads a night named by two days joined by a dash as one time of the first (times@9)",
    "وهبت العاصفة ليل الثلاثاء-الأربعاء على القرى الساحلية",
    [["ليل الثلاثاء-الأربعاء", "TIME", "2018-05-01TNI", ""]],
  ],
  [
    "reads الليلة الماضية as last night and الليلة alone as tonight",
    "وقع الانفجار الليلة الماضية قرب الميناء، ويغادر الوفد الليلة إلى الرياض",
    [
      ["الليلة الماضية", "TIME", "2018-05-03TNI", ""],
      ["الليلة", "TIME", "2018-05-04TNI", ""],
    ],
  ],
  [
    "reads a bare year after a modifier as a year, whatever word follows (أواخر 2016 أن)",
    "وكشف السفير أواخر 2016 أن الشحنة وصلت، وحاصروا المدينة في أوائل 2015 ثم انسحبوا",
    [
      ["أواخر 2016", "DATE", "2016", "END"],
      ["أوائل 2015", "DATE", "2015", "START"],
    ],
  ],
  [
    "reads the second of two years joined by و as a year, not a count of people",
    "تولى المنصب بين عامي 1983 و1995 عندما استقال، وقتلت الهجمات بين 2010 و2012 بحسب التقرير 25 شخصا، وأجلت السلطات بين 1500 و2000 شخص",
    [
      ["عامي 1983", "DATE", "1983", ""],
      ["1995", "DATE", "1995", ""],
      ["2010", "DATE", "2010", ""],
      ["2012", "DATE", "2012", ""],
    ],
  ],
  [
    "reads a short month name with a conjunction (وآب/أغسطس 2017)",
    "نفذت المداهمات بين تشرين الثاني/نوفمبر 2016 وآب/أغسطس 2017",
    [
      ["تشرين الثاني/نوفمبر 2016", "DATE", "2016-11", ""],
      ["آب/أغسطس 2017", "DATE", "2017-08", ""],
    ],
  ],
  [
    "reads في وقت سابق من هذا الشهر as the month",
    "وقعت الحادثة في وقت سابق من هذا الشهر قرب الحدود",
    [["وقت سابق من هذا الشهر", "DATE", "2018-05", ""]],
  ],
  [
    "reads في وقت لاحق هذا العام as the year",
    "ستنشر اللجنة تقريرها في وقت لاحق هذا العام",
    [["وقت لاحق هذا العام", "DATE", "2018", ""]],
  ],
  [
    "keeps وقت سابق alone as PAST_REF",
    "قال الوزير في وقت سابق إن الحوار مستمر",
    [["وقت سابق", "DATE", "PAST_REF", ""]],
  ],
  [
    "reads في وقت متأخر من مساء الأربعاء as its end",
    "أعلنت الشرطة في وقت متأخر من مساء الأربعاء توقيف المشتبه به",
    [["وقت متأخر من مساء الأربعاء", "TIME", "2018-05-02TEV", "END"]],
  ],
  [
    "reads منتصف الليل as the clock's 24:00 of the day named, not as the middle of a night",
    "سمع السكان دوي انفجارات قبيل منتصف الليل أمس، واستمر حظر التجول حتى منتصف الليل",
    [
      ["منتصف الليل أمس", "TIME", "2018-05-03T24:00", ""],
      ["منتصف الليل", "TIME", "2018-05-03T24:00", ""],
    ],
  ],
  [
    "reads منتصف النهار as noon of the reference day (time-words 1.3.0)",
    "هطلت أمطار غزيرة على القرى في منتصف النهار",
    [["منتصف النهار", "TIME", "2018-05-04T12:00", ""]],
  ],
  [
    "reads من قبل at a pause as PAST_REF, and not before the agent it introduces (time-words 1.3.0)",
    'لم تشهد البلدة فيضانا مماثلا من قبل، وأغلقت الطرق من قبل الشرطة ومن قبل "مجهولين"',
    [["من قبل", "DATE", "PAST_REF", ""]],
  ],
  [
    "reads منتصف الليل with no day named as the last midnight, the end of the day before",
    "دوت انفجارات قرب المطار بعد منتصف الليل بقليل",
    [["منتصف الليل", "TIME", "2018-05-03T24:00", ""]],
  ],
  [
    "reads منتصف الليل in a future clause as the coming midnight",
    "سيبدأ حظر التجول عند منتصف الليل في المدينة",
    [["منتصف الليل", "TIME", "2018-05-04T24:00", ""]],
  ],
  [
    "reads a day of a month named relative to now as a date",
    "قتل في 25 من الشهر الجاري وسيفرج عنه بحلول الـ15 من الشهر المقبل بعد سجنه في الثالث من الشهر الماضي",
    [
      ["25 من الشهر الجاري", "DATE", "2018-05-25", ""],
      ["الـ15 من الشهر المقبل", "DATE", "2018-06-15", ""],
      ["الثالث من الشهر الماضي", "DATE", "2018-04-03", ""],
    ],
  ],
  [
    "reads الفارط after a month as the last one, and قريبا من as a place",
    "صدر الحكم في 17 نيسان/أبريل الفارط في محكمة تقع قريبا من العاصمة",
    [["17 نيسان/أبريل الفارط", "DATE", "2018-04-17", ""]],
  ],
  [
    "reads الأشهر الـ18 الماضية as a duration: the article written apart belongs to the number",
    "توفي 153 شرطيا خلال الأشهر الـ18 الماضية، وخلال الساعات الـ24 الماضية قتل اثنان",
    [
      ["الأشهر الـ18 الماضية", "DURATION", "P18M", ""],
      ["الساعات الـ24 الماضية", "DURATION", "PT24H", ""],
    ],
  ],
  [
    "keeps إضافية in a duration's span",
    "مددت المحكمة توقيفه ستة أشهر إضافية",
    [["ستة أشهر إضافية", "DURATION", "P6M", ""]],
  ],
  [
    "reads نصف قرن as fifty years and قبل نصف قرن as a year",
    "بني الجسر قبل نصف قرن واستمر العمل فيه نصف ساعة يوميا",
    [
      ["قبل نصف قرن", "DATE", "1968", ""],
      ["نصف ساعة", "DURATION", "PT30M", ""],
      ["يوميا", "SET", "P1D", ""],
    ],
  ],
  [
    "dates قبل أكثر من عشرين عاما to the year",
    "غادر القرية قبل أكثر من عشرين عاما",
    [["قبل أكثر من عشرين عاما", "DATE", "1998", ""]],
  ],
  [
    "reads هذا الخريف as this year's autumn",
    "تفتتح المدرسة الجديدة هذا الخريف",
    [["هذا الخريف", "DATE", "2018-FA", ""]],
  ],
  [
    "reads سبعينات وثمانينات القرن الماضي as two decades",
    "ازدهرت الصناعة في سبعينات وثمانينات القرن الماضي",
    [
      ["سبعينات", "DATE", "197", ""],
      ["ثمانينات القرن الماضي", "DATE", "198", ""],
    ],
  ],
  [
    "reads سابقا after a verb as PAST_REF",
    "كانت الصحيفة نشرت سابقا صورا للموقع",
    [["سابقا", "DATE", "PAST_REF", ""]],
  ],
  [
    "reads عما قريب as FUTURE_REF",
    "سيعود اللاجئون إلى بيوتهم عما قريب",
    [["عما قريب", "DATE", "FUTURE_REF", ""]],
  ],
  [
    "reads منذ فترة طويلة as PAST_REF",
    "يقيم الكاتب في المنفى منذ فترة طويلة",
    [["منذ فترة طويلة", "DATE", "PAST_REF", ""]],
  ],
  ["reads a month after وفي", "وفي مارس، أقر البرلمان القانون", [["مارس", "DATE", "2018-03", ""]]],
  [
    "reads الغد after a preposition as tomorrow",
    "تأجلت الجلسة إلى الغد",
    [["الغد", "DATE", "2018-05-05", ""]],
  ],
  [
    "reads ظهر السبت as noon",
    "انطلقت المسيرة ظهر السبت من الساحة",
    [["ظهر السبت", "TIME", "2018-04-28T12:00", ""]],
  ],
  [
    "reads الواحدة ظهرا as 13:00",
    "وصل الموكب عند الساعة الواحدة ظهرا",
    [["الساعة الواحدة ظهرا", "TIME", "2018-05-04T13:00", ""]],
  ],
  [
    "reads an hour word before a part of day as a clock",
    "اندلع الحريق قبيل الرابعة فجرا في المستودع",
    [["الرابعة فجرا", "TIME", "2018-05-04T04:00", ""]],
  ],
  [
    "reads a part of day in construct after a clock as its day",
    "استمر الاعتصام حتى الساعة الثالثة فجر الخميس",
    [["الساعة الثالثة فجر الخميس", "TIME", "2018-05-03T03:00", ""]],
  ],
  [
    "reads four digits before بتوقيت غرينتش as a clock",
    "بدأ البث عند 0945 بتوقيت غرينتش",
    [["0945 بتوقيت غرينتش", "TIME", "2018-05-04T09:45Z", ""]],
  ],
  [
    "keeps نحو in an approximate clock's span",
    "توقفت الحركة نحو الساعة 9:15 صباحا",
    [["نحو الساعة 9:15 صباحا", "TIME", "2018-05-04T09:15", "APPROX"]],
  ],
  [
    "reads في الشهر after a count as a rate",
    "يتقاضى العامل 300 دينار في الشهر",
    [["الشهر", "SET", "P1M", ""]],
  ],
  [
    "reads مرتين في الأسبوع as a rate",
    "يزور الطبيب القرية مرتين في الأسبوع",
    [["الأسبوع", "SET", "P1W", ""]],
  ],
  [
    "reads الأيام before a relative clause after خلال as a vague duration",
    "ارتفعت الأسعار خلال الأيام التي سبقت العيد",
    [["الأيام", "DURATION", "PXD", ""]],
  ],
  [
    "reads a lone صباحا as the morning of the day in context",
    "قصفت المدفعية صباحا مواقع في الجبل",
    [["صباحا", "TIME", "2018-05-04TMO", ""]],
  ],
];

for (const [name, text, expected] of cases) {
  test(name, () => assert.deepEqual(found(text), expected));
}

const nothing: readonly [string, string][] = [
  ["does not read an age set off by commas", "وروى المزارع، 45 عاما، ما شاهده"],
  ["does not read an age in سنة set off by commas", "وقالت الممرضة، 28 سنة، إنها رأت الحادث"],
  ["does not read an age after أعمارهم عن", "نصف الضحايا تقل أعمارهم عن 4 سنوات"],
  ["does not read an age a word after عمره", "وكان عمره آنذاك 30 عاما"],
  ["does not read both bounds of an age range", "تتراوح أعمارهم بين سبعة أعوام و15 عاما"],
  ["does not read سابقا agreeing with an accusative noun", "عين مستشارا سابقا في المنصب"],
  ["does not read the name Alain as now", "صرح ألان دوبون للصحافيين"],
  ["does not read حزب الغد as tomorrow", "تحدث رئيس حزب الغد عن الانتخابات"],
  ["does not read في ذلك اليوم as today", "لم يغادر أحد المنزل في ذلك اليوم"],
  ["does not read a day and month naming an attack", "تذكر الصحيفة بهجمات 11 سبتمبر"],
  ["does not read صباحا مساء, all the time", "يتابع الأخبار صباحا مساء دون توقف"],
  [
    "does not read في اليوم after a count as a rate when a word of the day follows",
    "قتل 5 أشخاص في اليوم الأول",
  ],
];

for (const [name, text] of nothing) {
  test(name, () => assert.deepEqual(found(text), []));
}
