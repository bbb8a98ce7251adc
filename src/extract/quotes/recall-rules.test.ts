/**
 * Constructions of reports without إن/أن that the stage reads since quotes@8 and quotes@9, one case
 * each on sentences written for the test: describing with بـ (after the verb, and after ما/من),
 * charges named by a noun, blame with the verb's pronoun, findings (وجد أن), حديث عن, trailing على ما
 * attributions, نقلته عنه inside an attribution, norms that are not sources, أفاد بـ, and the quoted
 * words of verbs of stance (رفض، استنكر، أشاد); since quotes@11, a statement's relative clause with
 * its resumptive فيه (بيانا أكد فيه مقتل …); since quotes@12, condemnations after بـ past a manner
 * adverb, أفاد عن, no direct object after a verb that takes none, and no content that is only a
 * demonstrative and its noun; since quotes@25, the name a naming verb with its object pronoun gives
 * right after it (ما سمّاها "…"), appeals and instructions (ناشد، أوعز), a noun content after a quoted
 * subject's closing mark and at a ل standing for إلى.
 */
import { test } from "node:test";
import { checkQuotes } from "./test-support.js";

test("takes the content of وصف after its بـ, and after ما or من the name the relative clause gives", () => {
  checkQuotes("ووصف المتحدث العسكري الهجوم بالعمل الجبان.", [{ content: "العمل الجبان", cue: "وصف" }]);
  checkQuotes("وانتقد الوزير ما وصفه بالتدخل الخارجي في شؤون بلاده، وغادر القاعة.", [
    { content: "التدخل الخارجي في شؤون بلاده", cue: "وصفه", speaker: "الوزير" },
  ]);
  checkQuotes('وهاجم النائب من وصفهم بـ"تجار الأزمات".', [
    { content: "تجار الأزمات", kind: "direct", cue: "وصفهم", speaker: "النائب" },
  ]);
  // ما وصفه without بـ right after it names nothing.
  checkQuotes("وقرأ الطالب ما وصفه المعلم في الدرس بدقة.", []);
});

test("keeps وصف … بأنه to the complementizer's content", () => {
  checkQuotes('ووصف المدرب المباراة بأنها "الأصعب هذا الموسم".', [
    { content: "الأصعب هذا الموسم", kind: "direct", cue: "وصف" },
  ]);
});

test("reads a charge named by a noun, with the accuser when a relative clause names it", () => {
  checkQuotes("واستقال المدير بعد مزاعم بتلقيه هدايا من الموردين.", [
    { content: "تلقيه هدايا من الموردين", cue: "مزاعم", speaker: null },
  ]);
  checkQuotes("وتكررت الاتهامات التي توجهها واشنطن لطهران بدعم الجماعات المسلحة.", [
    { content: "دعم الجماعات المسلحة", cue: "الاتهامات", speaker: "واشنطن" },
  ]);
  // A name right after the noun is the accused, unless a ل phrase names the accused after it.
  checkQuotes("وتجددت اتهامات فرنسا بإيواء المعارضين.", [{ content: "إيواء المعارضين", speaker: null }]);
  checkQuotes("وتجددت اتهامات ألمانيا لفرنسا بإيواء المعارضين.", [
    { content: "إيواء المعارضين", speaker: "ألمانيا" },
  ]);
  // بشأن is "about", not the charge's ب; إن after the noun belongs to the verb before it.
  checkQuotes("وتبادل الطرفان الاتهامات بشأن خرق الهدنة.", []);
  checkQuotes("ووصل المحققون للنظر في الاتهامات المتعلقة بالصفقة.", []);
  checkQuotes("وقالت الشرطة في لائحة اتهام قدمتها للمحكمة إن الرجل سرق السيارة.", [
    { content: "الرجل سرق السيارة", cue: "قالت", speaker: "الشرطة" },
  ]);
});

test("reads حمّل with the blamed as its pronoun: the content is مسؤولية …", () => {
  checkQuotes("وحملهم المحافظ مسؤولية تأخر المشروع.", [
    { content: "مسؤولية تأخر المشروع", cue: "حملهم", speaker: "المحافظ" },
  ]);
});

test("reads findings with وجد أن and حديث عن with a noun of a reported death", () => {
  checkQuotes("ووجدت الدراسة أن معظم الطلاب ينامون أقل من ست ساعات.", [
    { content: "معظم الطلاب ينامون أقل من ست ساعات", cue: "وجدت", speaker: "الدراسة" },
  ]);
  checkQuotes("وتحدث مسعفون عن مقتل خمسة أشخاص في الحريق.", [
    { content: "مقتل خمسة أشخاص في الحريق", cue: "تحدث", speaker: "مسعفون" },
  ]);
  checkQuotes("وتحدث الوزير عن تاريخ المدينة القديمة.", []);
});

test("attributes the clause before على ما أورد, as before كما ذكر", () => {
  checkQuotes("وأغلقت المدارس ثلاثة أيام، على ما أوردت الصحيفة المحلية.", [
    { content: "أغلقت المدارس ثلاثة أيام", cue: "أوردت", speaker: "الصحيفة المحلية" },
  ]);
  checkQuotes("وسافر الوفد على ما يبدو إلى العاصمة.", []);
});

test("takes the agency, not نقلته, as the source of بحسب ما نقلته عنه", () => {
  checkQuotes("وأغلقت المدارس ثلاثة أيام، بحسب ما نقلته عنه الصحيفة المحلية.", [
    { content: "أغلقت المدارس ثلاثة أيام", cue: "بحسب ما نقلته", speaker: "الصحيفة المحلية" },
  ]);
});

test("does not read a norm inside the sentence as a source, but reads one opening it", () => {
  checkQuotes("وأفرج عن السجناء حسب تعليمات المحافظ.", []);
  checkQuotes("ويعد البناء مخالفا وفقا للقانون المحلي.", []);
  checkQuotes("وبحسب القانون الجديد، فإن المخالف يدفع غرامة.", [
    { content: "المخالف يدفع غرامة", cue: "بحسب" },
  ]);
});

test("reads a noun content after a subject that follows لكن or إلا أن", () => {
  checkQuotes("وارتفعت الأسعار، لكن الوزارة نفت وجود نقص في الأسواق.", [
    { content: "وجود نقص في الأسواق", cue: "نفت", speaker: "الوزارة" },
  ]);
  checkQuotes("وارتفعت الأسعار، إلا أن التجار أعلنوا استعدادهم لخفضها.", [
    { content: "استعدادهم لخفضها", cue: "أعلنوا", speaker: "التجار" },
  ]);
  // The speaker's own act after أعلن is still no report.
  checkQuotes("وارتفعت الأسعار، لكن الوزارة أعلنت تشكيل لجنة.", []);
});

test("leaves فإن to the attribution it answers, and a negation is no subject", () => {
  checkQuotes("ووفقا لمصادر تحدثت معها الصحيفة، فإن المدرب سيرحل.", [
    { content: "المدرب سيرحل", cue: "وفقا" },
  ]);
  checkQuotes("ولم يؤكد النادي، كما لم ينف، بيع اللاعب.", []);
});

test("reads أفاد with its content after بـ, its subject before the ب even when it says 'our'", () => {
  checkQuotes("وأفادت تقارير محلية بغرق قارب يقل عشرين صيادا قبالة الساحل.", [
    { content: "غرق قارب يقل عشرين صيادا قبالة الساحل", cue: "أفادت", speaker: "تقارير محلية" },
  ]);
  checkQuotes("وأفاد مراسلنا بأن القوات دخلت وسط المدينة.", [
    { content: "القوات دخلت وسط المدينة", cue: "أفاد", speaker: "مراسلنا" },
  ]);
  // دعا أنصاره إلى: a possessive pronoun that points back to the subject is still the addressee.
  checkQuotes("ودعا أنصاره إلى الهدوء.", [{ content: "الهدوء", speaker: null }]);
});

test("does not read مقرا لها (headquarters) as a participle of أقر", () => {
  checkQuotes("وذكرت المنظمة التي تتخذ من جنيف مقرا لها أن المساعدات وصلت.", [
    { content: "المساعدات وصلت", cue: "ذكرت", speaker: "المنظمة" },
  ]);
});

test("takes a verb of stance's quoted fragment as its speaker's words, however short", () => {
  checkQuotes('ورفضت الحكومة بشدة الخميس "الإملاءات" الخارجية.', [
    { content: "الإملاءات", kind: "direct", cue: "رفضت", speaker: "الحكومة" },
  ]);
  checkQuotes('واستنكر النائب "تسريب وثائق سرية للصحافة" قائلا إنها مزورة.', [
    { content: "تسريب وثائق سرية للصحافة", kind: "direct", cue: "استنكر", speaker: "النائب" },
    { content: "مزورة", cue: "قائلا" },
  ]);
});

test("leaves a quoted name, a quoted feeling and a relative clause's words after a verb of stance", () => {
  checkQuotes('وانتقدت حركة "فتح" القرار.', []);
  checkQuotes('وأعربت الوزارة عن "قلقها" إزاء التطورات.', []);
  checkQuotes('وأشاد الرئيس بالطائرات الجديدة التي "لا تقهر" خلال العرض.', []);
  checkQuotes('ورفض الوزير استقبال سفن مثل "أكواريوس" في الموانئ.', []);
});

test("reads the feeling a verb of stance expresses as its object, not its subject", () => {
  checkQuotes("وأبدى استعداده لأن يتولى الوساطة بين الطرفين.", [{ cue: "أبدى", speaker: null }]);
});

test("reads what a text stipulates after ينص/تنص على, a noun as well as a clause", () => {
  checkQuotes("وتنص الهدنة على انسحاب المقاتلين من الأحياء الشرقية.", [
    { content: "انسحاب المقاتلين من الأحياء الشرقية", cue: "تنص", speaker: "الهدنة" },
  ]);
});

test("closes a quotation left open after a colon at its sentence's stop", () => {
  checkQuotes('وقالت الوزيرة ليلى عمران: "سنفتح المعبر غدا أمام الشاحنات.\nوكانت الحكومة قد أغلقته.', [
    { content: "سنفتح المعبر غدا أمام الشاحنات", kind: "direct", speaker: "ليلى عمران" },
  ]);
});

test("reads no report in a verb denied by لم/لا, and reads past it to the quotation it precedes", () => {
  checkQuotes("وشدد الوزير على أن الحكومة لم ترفض الحوار يوما.", [
    { content: "الحكومة لم ترفض الحوار يوما", cue: "شدد", speaker: "الوزير" },
  ]);
  checkQuotes('وقال مسؤول أمني لم يذكر اسمه: "الوضع تحت السيطرة".', [
    { content: "الوضع تحت السيطرة", kind: "direct", cue: "قال", speaker: "مسؤول أمني" },
  ]);
});

test("reads the noun content of a statement's own relative clause after its resumptive فيه (quotes@11)", () => {
  checkQuotes("وأصدر الجيش بيانا أكد فيه مقتل عشرة مسلحين.", [
    { content: "مقتل عشرة مسلحين", cue: "أكد", speaker: "الجيش" },
  ]);
  checkQuotes("ونشر الوزير تغريدة دعا فيها إلى الهدوء.", [
    { content: "الهدوء", cue: "دعا", speaker: "الوزير" },
  ]);
  // (A definite noun after فيه is the verb's subject, and a time is no statement.)
  checkQuotes("وهذه أول مرة تعلن فيها الحكومة أنها تفاوض الجماعة.", [
    { content: "تفاوض الجماعة", cue: "تعلن", speaker: "الحكومة" },
  ]);
});

test("reads verbs of answering, chanting and shouting as reports with a quotation or a colon (speech-cues 1.9.0)", () => {
  checkQuotes('وأجابت المتحدثة: "لا تعليق لدينا الآن".', [
    { content: "لا تعليق لدينا الآن", kind: "direct", cue: "أجابت", speaker: "المتحدثة" },
  ]);
  checkQuotes('وهتف العمال "نريد أجورنا" ورفعوا اللافتات.', [
    { content: "نريد أجورنا", kind: "direct", cue: "هتف", speaker: "العمال" },
  ]);
  // (صارخة is the adjective "flagrant", not "shouting": the report runs on past it.)
  checkQuotes("وقال الوزير إن القرار يمثل مخالفة صارخة للقانون.", [
    { content: "القرار يمثل مخالفة صارخة للقانون", cue: "قال" },
  ]);
});

test("reads complaints after من and attributions after إلى as object reports (speech-cues 1.9.0)", () => {
  checkQuotes("واشتكى السكان من انقطاع الكهرباء.", [
    { content: "انقطاع الكهرباء", cue: "اشتكى", speaker: "السكان" },
  ]);
  checkQuotes("وعزا الخبراء الحادث إلى سوء الأحوال الجوية.", [
    { content: "سوء الأحوال الجوية", cue: "عزا", speaker: "الخبراء" },
  ]);
});

test("reads condemnations after بـ, past a manner adverb, and documents that stipulate (speech-cues 1.10.0)", () => {
  checkQuotes("وندد المحافظ بشدة بإغلاق المعابر أمام الشاحنات.", [
    { content: "إغلاق المعابر أمام الشاحنات", cue: "ندد", speaker: "المحافظ" },
  ]);
  checkQuotes("ونص الاتفاق على تبادل الأسرى خلال أسبوع.", [
    { content: "تبادل الأسرى خلال أسبوع", cue: "نص", speaker: "الاتفاق" },
  ]);
  checkQuotes("وطالبت النقابة بقوة برفع الأجور.", [{ content: "رفع الأجور", cue: "طالبت" }]);
});

test("reads an object verb's preposition past the dot of a site's name (quotes@12)", () => {
  checkQuotes('وأشار الباحث في حديث مع "العربية.نت" إلى تراجع الإنتاج.', [
    { content: "تراجع الإنتاج", cue: "أشار", speaker: "الباحث" },
  ]);
});

test("reads the content of أفاد after عن as after بـ (speech-cues 1.10.0)", () => {
  checkQuotes("وأفاد الدفاع المدني عن انهيار مبنيين في الحي.", [
    { content: "انهيار مبنيين في الحي", cue: "أفاد", speaker: "الدفاع المدني" },
  ]);
});

test("reads no direct object after a verb that has none (quotes@12)", () => {
  // The text of a statute (نص, a noun) and a relative clause with its pronoun after على report nothing.
  checkQuotes("ونشرت الصحيفة نص الرسالة كاملا يوم الأحد.", []);
  checkQuotes("وهي الحقوق التي نص عليها الميثاق الوطني منذ عقود.", []);
  checkQuotes("ورفضت النقابة الخطة منددة بها.", []);
  checkQuotes("والتزمت الحكومة الصمت حيال الأزمة.", []);
  checkQuotes("وتابع مشيرا لغياب الرقابة على الأسواق.", [
    { content: "غياب الرقابة على الأسواق", cue: "مشيرا" },
  ]);
});

test("reads no report whose content is a demonstrative and its noun, which name what was said before (quotes@12)", () => {
  checkQuotes("ونفت الشركة هذه الادعاءات.", []);
  // A demonstrative with a predicate is a clause of its own.
  checkQuotes("وقال المدير إن ذلك مستحيل.", [{ content: "ذلك مستحيل", cue: "قال", speaker: "المدير" }]);
});

test("reads a charge after بتهمة or بتهم, and after تهمة before a definite word (quotes@19)", () => {
  checkQuotes("وصدر حكم على الناشط بالسجن خمس سنوات بتهمة نشر أخبار مضللة.", [
    { content: "نشر أخبار مضللة", cue: "بتهمة", speaker: null },
  ]);
  checkQuotes("ووجه الادعاء إلى الموظفة تهمة الاختلاس.", [
    { content: "الاختلاس", cue: "تهمة", speaker: null },
  ]);
  // لكن opens the narrator's next clause; a verb after تهمة begins a clause about the charge.
  checkQuotes("ويحاكم السائق بتهم القيادة المتهورة لكنه ينكر ذلك.", [
    { content: "القيادة المتهورة", cue: "بتهم", speaker: null },
  ]);
  checkQuotes("وهي تهمة نفاها المحامي مرارا.", []);
});

test("keeps a charge out of the reports a participle, a trailing verb or an attribution stands for (quotes@19)", () => {
  checkQuotes("ووجهت النيابة للتاجر اتهامات بالغش، مؤكدة أن لديها أدلة كافية.", [
    { content: "الغش", cue: "اتهامات", speaker: null },
    { content: "لديها أدلة كافية", cue: "مؤكدة", speaker: "النيابة" },
  ]);
  checkQuotes("وسجن المدون ثلاثة أعوام بتهمة إهانة القضاء، وفقا لمنظمة حقوقية.", [
    { content: "سجن المدون ثلاثة أعوام بتهمة إهانة القضاء", cue: "وفقا", speaker: "منظمة حقوقية" },
    { content: "إهانة القضاء", cue: "بتهمة", speaker: null },
  ]);
});

test("makes reports and documents the speakers of a relative clause on them (quotes@19)", () => {
  checkQuotes("وعلى الرغم من التقارير التي تفيد بتأجيل الزيارة، قالت الناطقة إن الموعد قائم.", [
    { content: "تأجيل الزيارة", cue: "تفيد", speaker: "التقارير" },
    { content: "الموعد قائم", cue: "قالت", speaker: "الناطقة" },
  ]);
});

test("reads a noun content past وقتها and a bracketed abbreviation (quotes@19)", () => {
  checkQuotes("وأعلنت الوزارة وقتها مقتل ثلاثة من حراس الحدود.", [
    { content: "مقتل ثلاثة من حراس الحدود", cue: "أعلنت", speaker: "الوزارة" },
  ]);
  checkQuotes("وأعلنت هيئة البث المحلية (هبم)، الأحد، مقتل مدنيين في قصف على القرية.", [
    { content: "مقتل مدنيين في قصف على القرية", cue: "أعلنت" },
  ]);
});

test("reads a charge after the passive participle متهم with its ب, and keeps the defendant a speaker (quotes@22)", () => {
  checkQuotes("واعتقلت الشرطة موظفا في البلدية، وهو متهم باختلاس أموالها. وقال المتهم إنه بريء.", [
    { content: "اختلاس أموالها", cue: "متهم", speaker: null },
    { content: "بريء", cue: "قال", speaker: "المتهم" },
  ]);
  checkQuotes("وأفرجت المحكمة عن رجلين متهمين بتهريب الآثار، فيما عاقبت ثلاثة متهمين بالسجن.", [
    { content: "تهريب الآثار", cue: "متهمين", speaker: null },
  ]);
});

test("reads a request after طلب, the one asked after من, and no request for asylum (quotes@22, speech-cues 1.15.0)", () => {
  checkQuotes("وطلبت البلدية من السكان إخلاء الحي قبل المساء.", [
    { content: "السكان إخلاء الحي قبل المساء", cue: "طلبت", speaker: "البلدية" },
  ]);
  checkQuotes("وطلب الصحفي المعارض اللجوء إلى السويد.", []);
});

test("reads a charge noun without ب before the definite noun it names, not before who brings it (quotes@22)", () => {
  checkQuotes("ووجهت النيابة إلى الموقوفين اتهامات التخريب والسرقة.", [
    { content: "التخريب والسرقة", cue: "اتهامات", speaker: null },
  ]);
  checkQuotes("وتجاهل الوزير ادعاءات النائب في الجلسة.", []);
});

test("reads the name a naming verb with its object pronoun gives right after it, inside another report too", () => {
  checkQuotes('وانتقدت النقابة ما سمته "سياسة التجويع" في المصانع.', [
    { content: "سياسة التجويع", kind: "direct", cue: "سمته", speaker: "النقابة" },
  ]);
  checkQuotes('وطالب النائب بوقف ما سمّاها "الصفقات المشبوهة" وبمحاسبة المسؤولين عنها.', [
    { content: 'وقف ما سمّاها "الصفقات المشبوهة" وبمحاسبة المسؤولين عنها', cue: "طالب", speaker: "النائب" },
    { content: "الصفقات المشبوهة", kind: "direct", cue: "سمّاها", speaker: "النائب" },
  ]);
});

test("does not take the name a naming verb gives with its object pronoun for its subject", () => {
  // (The unquoted name after أسماهم is no speaker, and the sentence's subject stays the reporter's.)
  checkQuotes('وبعث المطران رسالة إلى من أسماهم الأشقاء في الجوار، دعاهم فيها إلى "الحوار".', [
    { content: "الحوار", cue: "دعاهم", speaker: "المطران" },
  ]);
});

test("reads appeals and instructions (ناشد، أوعز) as reports of what was asked", () => {
  checkQuotes("وناشدت اللجنة المنظمة المشجعين بعدم إشعال الألعاب النارية.", [
    { content: "المشجعين بعدم إشعال الألعاب النارية", cue: "ناشدت", speaker: "اللجنة المنظمة" },
  ]);
  checkQuotes("وأوعز الوزير إلى المستشفيات برفع درجة الاستعداد.", [
    { content: "رفع درجة الاستعداد", cue: "أوعز", speaker: "الوزير" },
  ]);
});

test("starts a noun content after the mark closing a quoted subject, and at a ل standing for إلى", () => {
  checkQuotes('وتوقع "مركز الدراسات" ارتفاع الأسعار في الربيع.', [
    { content: "ارتفاع الأسعار في الربيع", cue: "توقع", speaker: "مركز الدراسات" },
  ]);
  checkQuotes("ودعت النقابة لإضراب عام في القطاع الصحي.", [
    { content: "لإضراب عام في القطاع الصحي", cue: "دعت", speaker: "النقابة" },
  ]);
});
