/**
 * Where one report's clause ends and another's begins around auxiliaries, relative clauses, asides
 * and quoted initialisms (quotes@10), on sentences written for the test: a report after إنه كان is
 * inside the complement, a verb inside a relative clause set off by commas reports no further than
 * the closing comma, a pronoun aside after the content's subject does not end the content, and a
 * quoted initialism is a name.
 */
import { test } from "node:test";
import { checkQuotes } from "./test-support.js";

test("a report after a complementizer and an auxiliary is inside the outer content", () => {
  checkQuotes("قال محمد علي إنه كان يعتبر نفسه جنديا في التنظيم.", [
    { content: "كان يعتبر نفسه جنديا في التنظيم", cue: "قال", speaker: "محمد علي" },
  ]);
  checkQuotes("قال محمد علي إنه كان يعتبر أن الحرب انتهت.", [
    { content: "كان يعتبر أن الحرب انتهت", cue: "قال" },
    { content: "الحرب انتهت", cue: "يعتبر" },
  ]);
});

test("after إلا أن or رغم أن an auxiliary and a report open a clause of their own", () => {
  checkQuotes("أكد الوزير أن الحرب انتهت، إلا أنه كان قد قال إن الجيش سينسحب.", [
    { content: "الحرب انتهت", cue: "أكد" },
    { content: "الجيش سينسحب", cue: "قال" },
  ]);
  checkQuotes("وأدين الرجل بتهمة التهديد، رغم أنه كان قد نفى التهمة أمام المحكمة.", [
    { content: "التهديد", cue: "بتهمة", speaker: null },
    { content: "التهمة أمام المحكمة", cue: "نفى" },
  ]);
});

test("a verb in a relative clause between commas reports no further than the closing comma", () => {
  checkQuotes("وقال محمد علي، الذي نفى تنفيذ الهجمات، إن الحكومة فشلت.", [
    { content: "تنفيذ الهجمات", cue: "نفى", speaker: "محمد علي" },
    { content: "الحكومة فشلت", cue: "قال", speaker: "محمد علي" },
  ]);
  // A complementizer with و after the comma is a second clause of the verb's own content.
  checkQuotes("وانتقد الحزب البيان، الذي أكد أن المصنع سيغلق، وأن العمال سيعوضون.", [
    { content: "المصنع سيغلق، وأن العمال سيعوضون", cue: "أكد" },
  ]);
});

test("the main verb's complement is found past a long relative clause, or one closed by إن", () => {
  checkQuotes(
    "وقال الخبير الروسي فيل ميرزيانوف، الذي كشف وجود الغاز السام في التسعينيات وهرب بعد ذلك إلى الولايات المتحدة، إنه متأكد من النتيجة.",
    [
      { content: "وجود الغاز السام في التسعينيات وهرب بعد ذلك إلى الولايات المتحدة", cue: "كشف" },
      { content: "متأكد من النتيجة", cue: "قال", speaker: "فيل ميرزيانوف" },
    ],
  );
  // (the same relative clause closed by إن, without a comma, is not read past)
  checkQuotes(
    "قالت عائلة الصحفية، سارة كولينز، التي قتلت في بداية النزاع المسلح في مدينة حمص إن الحكومة هي التي اغتالتها.",
    [{ content: "الحكومة هي التي اغتالتها", cue: "قالت" }],
  );
});

test("a pronoun aside after the content's subject does not end the content; a later addition does", () => {
  checkQuotes("وأضافت الوزيرة أن حزبها، وهو الحزب الأكبر، لن يمانع في إجراء تصويت آخر.", [
    { content: "حزبها، وهو الحزب الأكبر، لن يمانع في إجراء تصويت آخر" },
  ]);
  checkQuotes("وقال الوزير إن الدوحة، وهي عاصمة قطر، تدعم الإرهاب، وهو ما تنفيه.", [
    { content: "الدوحة، وهي عاصمة قطر، تدعم الإرهاب" },
  ]);
});

test("a quoted initialism is a channel's name, not the speaker's words", () => {
  checkQuotes('وقالت الوزيرة لتلفزيون "آي. تي. في" اليوم إن حزبها لن يمانع.', [
    { content: "حزبها لن يمانع", kind: "indirect" },
  ]);
  // (two short Arabic words are words, not letters)
  checkQuotes('ويحمل الرسم تعليقا يقول "أرض طيب".', [{ content: "أرض طيب", kind: "direct" }]);
  checkQuotes('وذكرت قناة "سي إن إن ترك" أن الشرطة اعتقلت 47 شخصا.', [
    { content: "الشرطة اعتقلت 47 شخصا", kind: "indirect" },
  ]);
});

test("a name spelt like a clitic and a cue is the speaker, not a report (فورد is not ف + ورد)", () => {
  checkQuotes("وقالت فورد إن الرجل اعتدى عليها.", [
    { content: "الرجل اعتدى عليها", cue: "قالت", speaker: "فورد" },
  ]);
});

test("يدعى with ى names the noun before it; the name after it speaks", () => {
  checkQuotes("وقال شاهد عيان يدعى يوسف نجاح، 28 عاما، إنه كان يسير بجانب القناة.", [
    { content: "كان يسير بجانب القناة", cue: "قال", speaker: "يوسف نجاح" },
  ]);
  checkQuotes("وأكد مسؤول آخر في الشرطة يدعى كوكب فاروقي أن المهاجم قتل في التفجير.", [
    { content: "المهاجم قتل في التفجير", cue: "أكد", speaker: "كوكب فاروقي" },
  ]);
  // (followed by أن it is "claims", spelt with ى)
  checkQuotes("ويدعى الرجل أن الشرطة اعتدت عليه.", [{ content: "الشرطة اعتدت عليه", cue: "يدعى" }]);
});

test("يبلغ before an age or a number measures, it does not inform", () => {
  checkQuotes("وقال الرجل الذي يبلغ من العمر ثلاثة وعشرين عاما، إنه اشترى ساطورا.", [
    { content: "اشترى ساطورا", cue: "قال", speaker: "الرجل" },
  ]);
  checkQuotes("ويقول السكان، الذين يبلغ عددهم مليوني نسمة، إن المياه ملوثة.", [
    { content: "المياه ملوثة", cue: "يقول" },
  ]);
});

test("a reporting word inside an aside about the subject does not take the main content", () => {
  checkQuotes("وقال مؤلف الكتاب، الصحفي المخضرم، المشارك في كشف فضيحة ووترغيت الشهيرة، إن وزير الدفاع رفض.", [
    { content: "وزير الدفاع رفض", cue: "قال", speaker: "مؤلف الكتاب" },
  ]);
  checkQuotes("قالت المرأة التي اتهمت الوزير بالتحرش بها، إنها تصر على روايتها.", [
    { content: "التحرش بها", cue: "اتهمت" },
    { content: "تصر على روايتها", cue: "قالت", speaker: "المرأة" },
  ]);
  checkQuotes("وقال ضحية آخر، لا يمكن ذكر اسمه لأغراض قانونية، للمحكمة إنه كشف عن التحرش.", [
    { content: "كشف عن التحرش", cue: "قال", speaker: "ضحية آخر" },
  ]);
});

test("the dots of an acronym neither end a clause nor hide the complement", () => {
  checkQuotes("قالت هيئة الإذاعة البريطانية (بي.بي.سي) الاثنين إن الوزير استقال.", [
    { content: "الوزير استقال", cue: "قالت", speaker: "هيئة الإذاعة البريطانية" },
  ]);
  // (إن between the dots is the letter N, not the complementizer)
  checkQuotes("وقال تلفزيون سي.إن.إن ترك إن ثلاثة آخرين أصيبوا.", [
    { content: "ثلاثة آخرين أصيبوا", speaker: "تلفزيون سي.إن.إن" },
  ]);
});

test("a source declining to be named is described, not quoted", () => {
  checkQuotes('وقالت متحدثة باسم الوزارة رفضت نشر اسمها "نحترم قرار الناخبين".', [
    { content: "نحترم قرار الناخبين", cue: "قالت", speaker: "متحدثة باسم الوزارة" },
  ]);
  checkQuotes("وقال مسؤول أمني طلب عدم الكشف عن هويته إن الوضع خطير.", [
    { content: "الوضع خطير", cue: "قال", speaker: "مسؤول أمني" },
  ]);
  checkQuotes("وقال مسؤول، تحدث شريطة عدم الكشف عن هويته، إن الوضع خطير.", [
    { content: "الوضع خطير", cue: "قال", speaker: "مسؤول" },
  ]);
});

test("a named source opening the sentence before a perfect verb takes the noun content after it", () => {
  checkQuotes("صحيفة الشرق الأوسط أشارت إلى الضجة التي خلفتها أشرطة الفيديو.", [
    { content: "الضجة التي خلفتها أشرطة الفيديو", cue: "أشارت", speaker: "صحيفة الشرق الأوسط" },
  ]);
  // (an imperfect after its subject is a headline's: تركيا تؤكد …)
  checkQuotes("تركيا تؤكد استمرار العملية العسكرية.", []);
});

test("an opening prepositional phrase on an indefinite noun ends before a verb with its subject", () => {
  checkQuotes("وفي موضوع آخر أكد العمادي وجود نية لدى الأطراف بالتصعيد.", [
    { content: "وجود نية لدى الأطراف بالتصعيد", cue: "أكد", speaker: "العمادي" },
  ]);
  // (بعد هدوء حذر استمر: حذر is "cautious", the adjective of هدوء)
  checkQuotes("بعد هدوء حذر استمر لساعات، قصف الجيش موقعا قرب الحدود.", []);
});

test("a verb in a relative clause does not end the report around it", () => {
  checkQuotes("وأكد الوزير، الذي كان يتحدث لطلاب في جامعة القاهرة، أن الاتفاق بات قريبا.", [
    { content: "الاتفاق بات قريبا", cue: "أكد", speaker: "الوزير" },
  ]);
});

test("the dot of an abbreviation inside a sentence is no stop", () => {
  checkQuotes("وقال ميتشل ب. ريس، الذي عمل في السابق مديرا، إن الإيرانيين غاضبون.", [
    { content: "الإيرانيين غاضبون", cue: "قال" },
  ]);
  checkQuotes("وقال رئيس القسم د. سامي الخطيب إن القرار صعب.", [{ content: "القرار صعب", cue: "قال" }]);
});

test("a name the subject gives itself does not hide the report's content", () => {
  checkQuotes('وقال فصيل تطلق على نفسها "جيش الإسلام"، إنها وافقت على إجلاء المقاتلين.', [
    { content: "وافقت على إجلاء المقاتلين", cue: "قال", speaker: "فصيل" },
  ]);
});
