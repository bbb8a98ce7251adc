/**
 * Speaker and clause rules of quotes@4, one case each on sentences written for the test (none is
 * taken from the evaluation articles): a name after a title and its prepositional phrase, an
 * attribution between a verb and its content, verbs of advice and promise, a coordinated verb that
 * keeps its subject, a feminine head whose next word is not its adjective, على لسان, a relative
 * pronoun standing for a document, وأن that joins a report, كما with a complement of its own and
 * demonstratives that are not speakers; since quotes@11, the subject a pluperfect sets between كان
 * and قد; since quotes@23, words that are never a subject (the accusative, participles of manner,
 * derived verbal nouns), people after a feminine verb as its object, a body before a comma, التي after
 * a place and subjects carried within a sentence; since quotes@24, a relative's antecedent as the
 * object of a verb with an object pronoun, the subject after an opening clause of time, and no quote in
 * الأمر الذي نفته; since quotes@26, the quoted name after a source noun with ل, a noun that introduces
 * names heading an indefinite subject, a demonstrative before a word of saying, the person a title
 * opening the sentence introduces, and a name between commas before a time; since quotes@27, no
 * content that only points back (بهذه الجريمة، تلك الاتهامات تماما); since quotes@28, the gender a
 * closing attribution's verb shows (وفق ما ذكرت الصحيفة), which a later implied speaker must agree with,
 * and نشرته، نقلته after ما or حسبما as the attribution's verb; since quotes@29, what an impersonal يشتبه
 * suspects.
 */
import { test } from "node:test";
import { checkQuotes } from "./test-support.js";

test("takes the name after a title and its prepositional phrase as the speaker", () => {
  checkQuotes("وقال المسؤول في الوزارة ألان كراكوفيتش إن الطريق سيفتح قريبا.", [
    { content: "الطريق سيفتح قريبا", speaker: "ألان كراكوفيتش" },
  ]);
  checkQuotes('وأكد مفوض الشرطة حسن محمد (50 عاما) للصحفيين "الوضع تحت السيطرة".', [
    { content: "الوضع تحت السيطرة", speaker: "حسن محمد" },
  ]);
});

test("does not take a name in the genitive of a noun after the title's preposition", () => {
  checkQuotes("وقال مسؤول في إدارة دونالد ترامب إن المحادثات مستمرة.", [
    { content: "المحادثات مستمرة", speaker: "مسؤول" },
  ]);
});

test("gives the verb's subject, not the relaying source, a report with an attribution before its content", () => {
  // (Since quotes@18 the agency's report around the words is a quote of its own.)
  checkQuotes('وقال محمود عباس وفقا لما نقلته الوكالة الرسمية: "إن الاعتداء لن يمر".', [
    { kind: "mixed", cue: "نقلته", speaker: "الوكالة الرسمية" },
    { content: "إن الاعتداء لن يمر", kind: "direct", cue: "قال", speaker: "محمود عباس" },
  ]);
});

test("carries the speaker past حيث and a demonstrative subject to the next report", () => {
  checkQuotes(
    'وقال محمود عباس إن الحوار متوقف. جاء ذلك في كلمة بمقر الرئاسة، حيث قال: "لن نقبل بذلك". وتابع قائلا: "الحوار انتهى".',
    [
      { speaker: "محمود عباس" },
      { content: "لن نقبل بذلك", cue: "قال", speaker: "محمود عباس" },
      { content: "الحوار انتهى", cue: "قائلا", speaker: "محمود عباس" },
    ],
  );
});

test("reads نصح and its participle as reports whose content follows ب", () => {
  checkQuotes("ونصحت البلدية السكان بالابتعاد عن الشاطئ.", [
    { content: "الابتعاد عن الشاطئ", cue: "نصحت", speaker: "البلدية" },
  ]);
  checkQuotes("وقال الطبيب إن الحر شديد، ناصحا المرضى بشرب الماء.", [
    { content: "الحر شديد", cue: "قال" },
    { content: "شرب الماء", cue: "ناصحا", speaker: "الطبيب" },
  ]);
});

test("carries a speaker named only by a feminine noun to the next feminine verb", () => {
  checkQuotes('ونصحت السفارة المواطنين بالبقاء في منازلهم. وقالت في بيان "الوضع غير آمن".', [
    { speaker: "السفارة" },
    { content: "الوضع غير آمن", cue: "قالت", speaker: "السفارة" },
  ]);
});

test("ends a feminine subject before a definite word that does not agree with it", () => {
  checkQuotes("ونصحت الوزارة الرعايا بتجنب السفر.", [{ content: "تجنب السفر", speaker: "الوزارة" }]);
  checkQuotes("وقالت الشرطة المحلية إن الطريق مغلق.", [{ speaker: "الشرطة المحلية" }]);
});

test("reads وعد، التزم and اشترط as reports", () => {
  checkQuotes("والتزم المحافظ بإصلاح الطرق، واشترط أن تصرف الميزانية كاملة.", [
    { content: "إصلاح الطرق", cue: "التزم" },
    { content: "تصرف الميزانية كاملة", cue: "اشترط", speaker: "المحافظ" },
  ]);
});

test("keeps the subject of a verb joined by و after a comma and reads the noun after it as its object", () => {
  checkQuotes("وأكد الوزير أن المشروع سينجز، ووعد السكان بأن تنخفض الأسعار.", [
    { content: "المشروع سينجز", speaker: "الوزير" },
    { content: "تنخفض الأسعار", cue: "وعد", speaker: "الوزير" },
  ]);
});

test("takes the source after على لسان like after عن", () => {
  checkQuotes("ونقلت الصحيفة على لسان الوزير محمود عباس قوله إن الاتفاق قريب.", [
    { content: "الاتفاق قريب", cue: "قوله", speaker: "محمود عباس" },
  ]);
});

test("takes the document before الذي as the source of ورد فيه", () => {
  checkQuotes('ونشرت الوزارة نص البيان، الذي ورد فيه ما يلي: "نأمل أن تتحقق العدالة".', [
    { content: "نأمل أن تتحقق العدالة", cue: "ورد", speaker: "البيان" },
  ]);
});

test("does not read a verb before وأن as a report of its own", () => {
  checkQuotes("وقالت الوزارة إنها تابعت الملف مع السفارة وأنها تعمل مع المحامين.", [
    { content: "تابعت الملف مع السفارة وأنها تعمل مع المحامين", cue: "قالت" },
  ]);
});

test("ends a report before كما with a complement of its own, not before كما that attributes back", () => {
  checkQuotes("وقالت الوزارة إنها تتابع الملف، كما ذكرت أيضا أنها ستساعد العائلة.", [
    { content: "تتابع الملف", cue: "قالت" },
    { content: "ستساعد العائلة", cue: "ذكرت", speaker: "الوزارة" },
  ]);
  checkQuotes("وقتل ثلاثة مدنيين في القصف، كما أفاد المرصد.", [
    { content: "قتل ثلاثة مدنيين في القصف", speaker: "المرصد" },
  ]);
});

test("does not read a verb after قد in the imperfect (may) as a report", () => {
  checkQuotes("وقالت الشرطة إنها لا تملك أي أدلة قد تؤكد وجود دافع سياسي.", [
    { content: "لا تملك أي أدلة قد تؤكد وجود دافع سياسي", cue: "قالت" },
  ]);
  checkQuotes("وكان الوزير قد قال إن الاتفاق قريب.", [{ content: "الاتفاق قريب", cue: "قال" }]);
});

test("reads a short quotation after a noun that introduces names as a name, not a quote", () => {
  checkQuotes('وفرض الجيش حظرا للتجول بعد تهديدات هدد بها تنظيم "الدولة الإسلامية".', []);
});

test("reads the fragment after منوها بـ as a direct quote of the main clause's speaker", () => {
  checkQuotes('وقال الوزير إن الأزمة انتهت، منوها بـ"دعم الأشقاء" خلال الحرب.', [
    { content: "الأزمة انتهت", speaker: "الوزير" },
    { content: "دعم الأشقاء", kind: "direct", cue: "منوها", speaker: "الوزير" },
  ]);
});

test("reads past a relative clause between commas after the subject to the complement", () => {
  checkQuotes("وأوضح المصدر، الذي طلب عدم ذكر اسمه، أن المفاوضات توقفت.", [
    { content: "المفاوضات توقفت", cue: "أوضح", speaker: "المصدر" },
  ]);
});

test("takes the source of نسب after إلى", () => {
  checkQuotes("ونسبت الصحيفة إلى مصادر مطلعة قولها إن الصفقة ألغيت.", [
    { content: "الصفقة ألغيت", cue: "قولها", speaker: "مصادر مطلعة" },
  ]);
  checkQuotes("ونسب السكان الفضل إلى الجيش.", []);
});

test("does not give a masculine verb to a woman whose earlier verb showed her gender", () => {
  checkQuotes(
    "استقبل الرئيس إيمانويل ماكرون المستشارة أنجيلا ميركل في باريس. وقالت ميركل إن أوروبا موحدة. وأضاف أن فرنسا تدعم الاتفاق.",
    [{ speaker: "ميركل" }, { content: "فرنسا تدعم الاتفاق", cue: "أضاف", speaker: "إيمانويل ماكرون" }],
  );
  checkQuotes("قال الرئيس إيمانويل ماكرون إن الاتفاق قريب. وأضاف أن المفاوضات صعبة.", [
    { speaker: "إيمانويل ماكرون" },
    { speaker: "إيمانويل ماكرون" },
  ]);
});

test("reads a report whose sentence ends with a colon into the next paragraph", () => {
  checkQuotes('وقال الوزير في بيان:\n"الوضع صعب، لكننا سننتصر".', [
    { content: "الوضع صعب، لكننا سننتصر", kind: "direct", cue: "قال", speaker: "الوزير" },
  ]);
});

test("runs a quotation cut by the sentence splitter on to its closing mark", () => {
  checkQuotes('وقال الوزير: "الوضع صعب.\nلكننا سننتصر في النهاية".', [
    { content: "الوضع صعب.\nلكننا سننتصر في النهاية", kind: "direct", speaker: "الوزير" },
  ]);
  checkQuotes('وقال الوزير: "الوضع صعب.\nوأضاف أن المفاوضات مستمرة.', [
    { cue: "قال" },
    { content: "المفاوضات مستمرة", cue: "أضاف" },
  ]);
});

test("takes the gender of an implied speaker from the pronoun on لكن over the verb's ending", () => {
  checkQuotes(
    "قالت المتحدثة هيذر نويرت إن واشنطن قلقة. وقال روبرت بالادينو إن الوزارة تراقب. لكنها قال إن الضباط لن يشاركوا.",
    [{ speaker: "هيذر نويرت" }, { cue: "قال" }, { content: "الضباط لن يشاركوا", speaker: "هيذر نويرت" }],
  );
});

test("gives the source after نقلا عن, not the relaying subject, a report it interrupts", () => {
  checkQuotes("وقال التلفزيون الرسمي نقلا عن مصدر عسكري إن الدفاعات الجوية تصدت للصواريخ.", [
    { content: "الدفاعات الجوية تصدت للصواريخ", cue: "قال", speaker: "مصدر عسكري" },
  ]);
});

test("does not read a feminine participle agreeing with an indefinite plural as a report", () => {
  checkQuotes("وفرضت الشرطة إجراءات مشددة على مداخل الملعب.", []);
  checkQuotes("وقالت الوزيرة إن الخطة جاهزة مؤكدة أن التنفيذ قريب.", [
    { content: "الخطة جاهزة", cue: "قالت" },
    { content: "التنفيذ قريب", cue: "مؤكدة", speaker: "الوزيرة" },
  ]);
});

test("takes a title after a joined verb as a new speaker", () => {
  checkQuotes("وقال الوزير إن الوضع خطير، وطالب المتحدث بإجراء تحقيق.", [
    { speaker: "الوزير" },
    { content: "إجراء تحقيق", cue: "طالب", speaker: "المتحدث" },
  ]);
});

test("carries an organisation that opened an earlier sentence to a report with no speaker before it", () => {
  checkQuotes("وأصدرت وزارة الخارجية الأمريكية بيانا حول الهجوم. وقالت فيه إن واشنطن تدين العنف.", [
    { content: "واشنطن تدين العنف", cue: "قالت", speaker: "وزارة الخارجية الأمريكية" },
  ]);
  checkQuotes("قال ترامب إن الاتفاق سيئ. وفرض الكونغرس عقوبات. وأضاف أن إيران تهدد المنطقة.", [
    { speaker: "ترامب" },
    { content: "إيران تهدد المنطقة", speaker: "ترامب" },
  ]);
});

test("does not read a time phrase after the verb as its subject", () => {
  checkQuotes("وكانت الصحيفة قد ذكرت الأسبوع الماضي أن الوزير استقال.", [
    { content: "الوزير استقال", cue: "ذكرت", speaker: "الصحيفة" },
  ]);
});

test("ends reported content before the narrator's في إشارة إلى", () => {
  checkQuotes("وأكد الوزير أن بلاده لن تتراجع، في إشارة إلى الضغوط الخارجية.", [
    { content: "بلاده لن تتراجع" },
  ]);
});

test("takes a pronoun on لكن or إلا أن before the verb as its subject: the phrase after is content", () => {
  checkQuotes("واتهم المدعي العام المقاول بالغش. لكنه نفى تلقي أي أموال من البلدية.", [
    { content: "الغش" },
    { content: "تلقي أي أموال من البلدية", cue: "نفى" },
  ]);
  checkQuotes("وسئلت الوزيرة عن الصفقة، إلا أنها أكدت تلقيها تعليمات من رئيس الحكومة.", [
    { content: "تلقيها تعليمات من رئيس الحكومة", cue: "أكدت" },
  ]);
});

test("reads past an aside that opens with و between the subject and its verb", () => {
  checkQuotes("وكانت منظمة العفو الدولية، ومقرها لندن، قالت الأحد إن المحاكمة لم تكن عادلة.", [
    { content: "المحاكمة لم تكن عادلة", cue: "قالت", speaker: "منظمة العفو الدولية" },
  ]);
});

test("takes a name set between commas after the subject phrase as the speaker, not a place or a word", () => {
  checkQuotes("وأكد رئيس لجنة الإعمار في البلدية، ساطع حمدان، أن الأشغال ستنتهي قريبا.", [
    { content: "الأشغال ستنتهي قريبا", speaker: "ساطع حمدان" },
  ]);
  checkQuotes("وقالت الشرطة، وقتذاك، إن السائق فر.", [{ content: "السائق فر", speaker: "الشرطة" }]);
});

test("reads no subject past the verb's phrases into a clause that a conjunction opens", () => {
  checkQuotes(
    "وكانت مصادر محلية، كشفت في الشهر الماضي، عن العثور على ذخائر، لكن الذخائر كانت فارغة. وأفادت أن الجيش نقلها.",
    [
      { cue: "كشفت", speaker: "مصادر محلية" },
      { content: "الجيش نقلها", speaker: "مصادر محلية" },
    ],
  );
});

test("reads a title with a possessive pronoun as a title: the name after it speaks", () => {
  checkQuotes("واقترحت فرنسا التي قالت سفيرتها لدى المنظمة إيلين دوبون إن الوقت ينفد.", [
    { content: "الوقت ينفد", speaker: "إيلين دوبون" },
  ]);
});

test("takes one word between a naming verb and its بـ as the thing named; the speaker is carried", () => {
  checkQuotes('وقالت الوزيرة سلمى حداد إن الخطة جاهزة. ووصفت المشروع بأنه "خطوة أولى".', [
    { content: "الخطة جاهزة", speaker: "سلمى حداد" },
    { content: "خطوة أولى", cue: "وصفت", speaker: "سلمى حداد" },
  ]);
});

test("reads خاتما as a participle of saying, not as the speaker", () => {
  checkQuotes('وقال المدرب حسان يوسف: "سنقاتل"، خاتما بقوله: "الجمهور يستحق الفوز".', [
    { content: "سنقاتل", speaker: "حسان يوسف" },
    { content: "الجمهور يستحق الفوز", speaker: "حسان يوسف" },
  ]);
});

test("reads قبل/بعد and their noun as a phrase of time, never as the speaker", () => {
  checkQuotes("وقالت الوزيرة ليلى عمران في بيان إنها قلقة. وأكدت بعد الاجتماع أن الإضراب مستمر.", [
    { content: "قلقة", speaker: "ليلى عمران" },
    { content: "الإضراب مستمر", speaker: "ليلى عمران" },
  ]);
});

test("reads a preposition with its pronoun (خلالها، إليه) as a phrase of its own, never the speaker", () => {
  checkQuotes("وعقدت النقابة مؤتمرا صحفيا، طالبت خلالها الوزارة بصرف الرواتب.", [
    { content: "صرف الرواتب", cue: "طالبت" },
  ]);
  checkQuotes("وهذا ما توصل إليه فريق التحقيق الذي قال إن الحريق متعمد.", [
    { content: "الحريق متعمد", speaker: "فريق التحقيق" },
  ]);
});

test("takes the name after a rank as the speaker however long the description before it", () => {
  checkQuotes("وقال نائب قائد المنطقة العسكرية الرابعة في الجيش الوطني العميد خالد حمدان إن القوات تقدمت.", [
    { content: "القوات تقدمت", speaker: "خالد حمدان" },
  ]);
});

test("never takes a noun of stance or death after the verb as its subject: it is the content", () => {
  checkQuotes("وقالت الوزيرة ليلى عمران إن الوضع صعب. وأكدت رغبتها في التعاون مع البلديات.", [
    { content: "الوضع صعب", speaker: "ليلى عمران" },
    { cue: "أكدت", speaker: "ليلى عمران" },
  ]);
});

test("gives the source after وفقا ل without its ل, and without both lams of لل, as the gold writes it", () => {
  checkQuotes("وقتل خمسة أشخاص، وفقا لمصادر طبية.", [{ content: "قتل خمسة أشخاص", speaker: "مصادر طبية" }]);
  checkQuotes("وتضرر المبنى، بحسب للبيان.", [{ speaker: "بيان" }]);
});

test("takes the subject between كان and قد, not the object after the verb, as the speaker", () => {
  checkQuotes("وكانت الحكومة قد حذرت الشركات الأجنبية من خرق القانون.", [
    { content: "خرق القانون", cue: "حذرت", speaker: "الحكومة" },
  ]);
  checkQuotes("وكان وزير الداخلية قد دعا السكان إلى مغادرة المدينة.", [
    { content: "مغادرة المدينة", cue: "دعا", speaker: "وزير الداخلية" },
  ]);
  // (Without that frame the phrase after the verb is still its subject.)
  checkQuotes("وقد حذرت الشركات الأجنبية من خرق القانون.", [
    { content: "خرق القانون", cue: "حذرت", speaker: "الشركات الأجنبية" },
  ]);
});

test("never takes a word of time opening the clause (حين، بعدما) as the speaker", () => {
  checkQuotes("وأثار وزير الطاقة سالم الكعبي جدلا واسعا، حين قال إن أسعار الوقود سترتفع قريبا.", [
    { content: "أسعار الوقود سترتفع قريبا", speaker: "سالم الكعبي" },
  ]);
  checkQuotes("وغادر المدرب ماركو سيلفا الملعب غاضبا بعدما قال إن الحكم ظلم فريقه.", [
    { content: "الحكم ظلم فريقه", speaker: "ماركو سيلفا" },
  ]);
});

test("keeps the body a spokesman speaks for (باسم …) in the speaker, and does not let that body speak", () => {
  checkQuotes("وقال المتحدث باسم اتحاد المزارعين إن موسم القمح تأخر.", [
    { content: "موسم القمح تأخر", speaker: "المتحدث باسم اتحاد المزارعين" },
  ]);
  checkQuotes("وأوضح الناطق الرسمي باسم هيئة الموانئ البحرية أن الرصيف الجديد جاهز.", [
    { content: "الرصيف الجديد جاهز", speaker: "الناطق الرسمي باسم هيئة الموانئ البحرية" },
  ]);
  checkQuotes("وقالت المتحدثة باسم منظمة الصحة العالمية إن اللقاحات وصلت.", [
    { content: "اللقاحات وصلت", speaker: "المتحدثة باسم منظمة الصحة العالمية" },
  ]);
});

test("gives a feminine verb no earlier speaker fits to the country that was a subject before it", () => {
  checkQuotes(
    "وتتحفظ النمسا على خطة الدوريات المشتركة. وقال المستشار الألماني يوهان كرامر إن الدوريات ستبدأ قريبا. لكنها شددت سابقا على أن الدوريات يجب أن تبقى داخل الحدود.",
    [{ speaker: "يوهان كرامر" }, { speaker: "النمسا" }],
  );
});

test("reads عضو and المرشد as titles, so the name after them speaks (speech-cues 1.12.0)", () => {
  checkQuotes("وقال عضو اللجنة المالية في البرلمان سامي الخطيب إن الموازنة تأخرت كثيرا.", [
    { content: "الموازنة تأخرت كثيرا", speaker: "سامي الخطيب" },
  ]);
  checkQuotes("وأكد المرشد الأعلى للجماعة محمود الزين أن الحوار سيستمر.", [
    { content: "الحوار سيستمر", speaker: "محمود الزين" },
  ]);
});

test("reads عزمه after a verb of saying as its content, never its subject (speech-cues 1.12.0)", () => {
  checkQuotes("وقال الرئيس الكيني إن الحكومة مستمرة في عملها. وأكد مجددا عزمه إصلاح القضاء.", [
    { content: "الحكومة مستمرة في عملها", speaker: "الرئيس الكيني" },
    { content: "عزمه إصلاح القضاء", cue: "أكد", speaker: "الرئيس الكيني" },
  ]);
});

test("reads ولي العهد as a title, so the name after it speaks, and a phrase with دون as no subject (quotes@20, speech-cues 1.14.0)", () => {
  checkQuotes("ووصف ولي عهد البحرين الأمير سلمان بن حمد الاتفاق بأنه خطوة مهمة.", [
    { content: "خطوة مهمة", cue: "وصف", speaker: "سلمان بن حمد" },
  ]);
  checkQuotes('وقال المدرب إن الفريق جاهز. وأضاف دون ذكر أسماء "لدينا لاعبون مصابون".', [
    { content: "الفريق جاهز", cue: "قال", speaker: "المدرب" },
    { content: "لدينا لاعبون مصابون", kind: "direct", cue: "أضاف", speaker: "المدرب" },
  ]);
});

test("ends a name before the said-noun قوله, so the person named is the speaker (entities@9)", () => {
  checkQuotes("ونقلت القناة عن المتحدث باسم الحكومة علي ربيعي قوله إن الاتفاق صامد.", [
    { content: "الاتفاق صامد", cue: "قوله", speaker: "علي ربيعي" },
  ]);
  checkQuotes("ونقلت الإذاعة عن رئيس البرلمان علي أكبر ناطق قوله إن الجلسة تأجلت.", [
    { content: "الجلسة تأجلت", cue: "قوله", speaker: "علي أكبر ناطق" },
  ]);
});

test("never takes a word in the accusative or a participle of manner after the verb as its subject (quotes@23)", () => {
  checkQuotes('وقال رئيس البلدية إن المياه عادت. وأضاف مخاطبا السكان "لن نترككم وحدكم".', [
    { content: "المياه عادت", speaker: "رئيس البلدية" },
    { content: "لن نترككم وحدكم", cue: "أضاف", speaker: "رئيس البلدية" },
  ]);
  checkQuotes("لكن الناطقة باسم الحكومة قالت حقاً إنها لا تعرف موعد الانتخابات.", [
    { content: "لا تعرف موعد الانتخابات", speaker: "الناطقة باسم الحكومة" },
  ]);
});

test("takes no subject from an opening phrase that ends at neither a comma nor a verb (quotes@23)", () => {
  checkQuotes(
    "وعبر الوزير سامي الحداد عن ارتياحه لنتائج اللقاء مع الوفد الزائر، وقال إنه يأمل في اتفاق قريب.",
    [{ content: "يأمل في اتفاق قريب", cue: "قال", speaker: "سامي الحداد" }],
  );
});

test("reads مرارا and تكرارا as adverbs, inside neither subject nor content (speech-cues 1.16.0)", () => {
  checkQuotes("ونفت الحكومة مرارا وتكرارا تورطها في الهجوم.", [
    { content: "تورطها في الهجوم", cue: "نفت", speaker: "الحكومة" },
  ]);
});

test("reads masculine people right after a feminine verb as its object (quotes@23)", () => {
  checkQuotes("وأغلقت البلدية الطرق المؤدية إلى النهر، وحذرت السكان من الاقتراب من الضفاف.", [
    { content: "الاقتراب من الضفاف", cue: "حذرت", speaker: "البلدية" },
  ]);
});

test("takes a body named whole before a comma as the subject, not a person in apposition after it (quotes@23)", () => {
  checkQuotes(
    'وصفت وزارة الخارجية الفنزويلية، الجمعة، نائب الرئيس الأمريكي، مايك بنس بـ"المتغطرس" بعد زيارته للمنطقة.',
    [{ cue: "وصفت", speaker: "وزارة الخارجية الفنزويلية" }],
  );
});

test("takes a place named right before التي as the subject of a feminine verb after it (quotes@23)", () => {
  checkQuotes("وانتقد الوزير الألماني هاينز مولر موقف بولندا التي قالت إنها لن تستقبل لاجئين جددا.", [
    { content: "لن تستقبل لاجئين جددا", cue: "قالت", speaker: "بولندا" },
  ]);
});

test("carries the speaker to a second verb of a sentence whose first report carried it (quotes@23)", () => {
  checkQuotes('وقال وزير المالية إن الموازنة جاهزة. وأضاف "لا نريد ديونا جديدة"، وقال إن الضرائب لن ترتفع.', [
    { speaker: "وزير المالية" },
    { speaker: "وزير المالية" },
    { content: "الضرائب لن ترتفع", cue: "قال", speaker: "وزير المالية" },
  ]);
});

test("reads a verbal noun of a derived stem after the verb as its content, never its subject (quotes@23)", () => {
  checkQuotes('وقال قائد الشرطة إن المدينة هادئة. وأكد انسحاب "جميع المسلحين" من الأحياء الشرقية.', [
    { speaker: "قائد الشرطة" },
    { content: 'انسحاب "جميع المسلحين" من الأحياء الشرقية', cue: "أكد", speaker: "قائد الشرطة" },
  ]);
  checkQuotes("وقالت الحكومة إنها لن تتفاوض، ونفت استخدام أسلحة محرمة في المعارك.", [
    { speaker: "الحكومة" },
    { content: "استخدام أسلحة محرمة في المعارك", cue: "نفت", speaker: "الحكومة" },
  ]);
});

test("takes the antecedent of a relative as the object of a verb with an object pronoun, not its subject (quotes@24)", () => {
  checkQuotes('وقال جاستن ترودو إنه سيستقبل المعارض الروسي أليكسي نافالني الذي وصفه بأنه "رجل شجاع".', [
    { cue: "قال", speaker: "جاستن ترودو" },
    { content: "رجل شجاع", cue: "وصفه", speaker: "جاستن ترودو" },
  ]);
});

test("reads the subject of a sentence after the clause of time that opens it (quotes@24)", () => {
  checkQuotes(
    'وعندما اندلعت الاشتباكات في المدينة، ونزح آلاف السكان، سعت الوزيرة ليلى حداد إلى تهدئة الأوضاع، وتعهدت "بحماية المدنيين".',
    [{ content: "بحماية المدنيين", cue: "تعهدت", speaker: "ليلى حداد" }],
  );
});

test("quotes nothing in a relative clause whose verb's pronoun points back to what was said (quotes@24)", () => {
  checkQuotes("واتهمت المعارضة الحكومة بتزوير الانتخابات، الأمر الذي نفته اللجنة الانتخابية.", [
    { cue: "اتهمت" },
  ]);
});

test("takes the quoted name after a source noun that carries ل as part of the speaker (quotes@26)", () => {
  checkQuotes('وتعرض الميناء لأضرار كبيرة، وفقا لصحيفة "المدار الجديد" المحلية.', [
    { content: "تعرض الميناء لأضرار كبيرة", cue: "وفقا", speaker: 'صحيفة "المدار الجديد"' },
  ]);
  checkQuotes('وقال مدير المرفأ لقناة "الأفق" إن الأضرار طفيفة.', [
    { content: "الأضرار طفيفة", kind: "indirect", speaker: "مدير المرفأ" },
  ]);
});

test("reads a noun that introduces names as the head of an indefinite subject before its verb (quotes@26)", () => {
  checkQuotes("وكانت منظمة غير حكومية ذكرت أن مئات العائلات نزحت من القرية.", [
    { content: "مئات العائلات نزحت من القرية", cue: "ذكرت", speaker: "منظمة غير حكومية" },
  ]);
  checkQuotes("وكانت صحيفة محلية ذكرت أن المصنع أغلق أبوابه.", [
    { content: "المصنع أغلق أبوابه", cue: "ذكرت", speaker: "صحيفة محلية" },
  ]);
});

test("reads a demonstrative before a word of saying as the verb's object pointing back, not its subject (quotes@26)", () => {
  checkQuotes("وقال الناشطون إن المصنع لوث النهر. والشركة كانت قد نفت تلك المزاعم.", [
    { content: "المصنع لوث النهر", cue: "قال", speaker: "الناشطون" },
  ]);
});

test("gives a report inside the sentence to the person a title opening it introduces (quotes@26)", () => {
  checkQuotes(
    "وكان المدير العام للمنظمة، كارلوس ميندوزا، قد نشر تقريرا مطولا قال فيه إن المخزون يكفي لشهرين.",
    [{ content: "المخزون يكفي لشهرين", cue: "قال", speaker: "كارلوس ميندوزا" }],
  );
  checkQuotes(
    "الرئيس البرازيلي الذي تسلم من الجنرال كارلوس ميندوزا رسالة من الحكومة، وعد بتقديم المساعدات.",
    [{ content: "تقديم المساعدات", cue: "وعد", speaker: "الرئيس البرازيلي" }],
  );
});

test("takes a name set between commas after the subject phrase as the speaker when a time follows it (quotes@26)", () => {
  checkQuotes("وقال عمدة البلدة، ايدار توليغين، مساء الخميس، إن الجسر سيفتح.", [
    { content: "الجسر سيفتح", cue: "قال", speaker: "ايدار توليغين" },
  ]);
});

test("quotes nothing when a demonstrative, its noun, their adjectives and adverbs are all the content (quotes@27)", () => {
  checkQuotes("وندد الاتحاد المحلي بهذه الجريمة البشعة أمس، ونفى المتهم تلك الاتهامات تماما.", []);
});

test("does not give a man's implied report to the paper a closing attribution named (quotes@28)", () => {
  checkQuotes(
    'قال المحامي سامي الخطيب إن موكله بريء. وأضاف: "عرضوا علينا تسوية ورفضناها"، حسبما أفادت صحيفة "الأخبار". وأشار إلى أن الجلسة تأجلت.',
    [
      { content: "موكله بريء", speaker: "سامي الخطيب" },
      { cue: "حسبما أفادت", speaker: 'صحيفة "الأخبار"' },
      { content: "عرضوا علينا تسوية ورفضناها", speaker: "سامي الخطيب" },
      { content: "الجلسة تأجلت", cue: "أشار", speaker: "سامي الخطيب" },
    ],
  );
});

test("reads نشر and نقل with their pronoun after ما and after حسبما as the attribution's verb (quotes@28)", () => {
  checkQuotes('وتراجعت صادرات القمح بنسبة الثلث، وفقا لما نشرته مجلة "الزراعة".', [
    { cue: "وفقا لما نشرته", speaker: 'مجلة "الزراعة"' },
  ]);
  checkQuotes("وتراجعت صادرات القمح بنسبة الثلث، حسبما نقلته وكالة الأنباء المحلية.", [
    { cue: "حسبما نقلته", speaker: "وكالة الأنباء المحلية" },
  ]);
});

test("quotes what an impersonal يشتبه suspects after its preposition, with no speaker (quotes@29)", () => {
  checkQuotes("واعتقل حراس الميناء رجلا يشتبه بتورطه في سرقة المخزن.", [
    { content: "تورطه في سرقة المخزن", cue: "يشتبه", speaker: null },
  ]);
  checkQuotes(
    "وقالت المحكمة إنها تسلمت رجلا يشتبه في ارتكابه جرائم في المدينة، مشيرة إلى أنه سيمثل أمامها قريبا.",
    [
      { cue: "قالت", speaker: "المحكمة" },
      { content: "ارتكابه جرائم في المدينة", cue: "يشتبه", speaker: null },
      { content: "سيمثل أمامها قريبا", cue: "مشيرة", speaker: "المحكمة" },
    ],
  );
});
