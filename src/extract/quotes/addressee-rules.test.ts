/**
 * Rules added in quotes@5, one case each on sentences written for the test (none is taken from the
 * evaluation articles): the one told or called is not the speaker, a preposition with a pronoun or
 * a passive verb is not a speaker, the subject of نقل without عن, titles of a name in apposition,
 * a report inside إن after a titled name, a noun described by its verb, noun contents after عن or
 * a setting, حمّل … المسؤولية, and an opening attribution answered by فإن/فقد.
 */
import { test } from "node:test";
import { checkQuotes } from "./test-support.js";

test("takes the one told after أبلغ or أخطر as the addressee, not the speaker", () => {
  checkQuotes("وأكد وزير المالية، سمير خليل، أنه أبلغ البرلمان بأن الميزانية ستقدم في موعدها.", [
    { cue: "أكد", speaker: "سمير خليل" },
    { content: "الميزانية ستقدم في موعدها", cue: "أبلغ", speaker: "سمير خليل" },
  ]);
  checkQuotes("وقالت الصحيفة إن زوجة المتهم السابقة أخطرت الشرطة مؤخرا بأن السيارة مسروقة.", [
    { cue: "قالت", speaker: "الصحيفة" },
    { content: "السيارة مسروقة", cue: "أخطرت", speaker: "زوجة المتهم السابقة" },
  ]);
});

test("takes a phrase with a possessive pronoun before the verb's preposition as the addressee", () => {
  checkQuotes("ونشر إيمانويل ماكرون رسالة، الأربعاء، دعا فيها أنصاره إلى الهدوء. وقال إنها أزمة عابرة.", [
    { content: "الهدوء", cue: "دعا", speaker: "إيمانويل ماكرون" },
    { content: "أزمة عابرة", cue: "قال", speaker: "إيمانويل ماكرون" },
  ]);
  checkQuotes("ودعا رئيس الوزراء إلى الهدوء.", [{ content: "الهدوء", speaker: "رئيس الوزراء" }]);
});

test("reads past a preposition with a pronoun and names the document of a passive verb", () => {
  checkQuotes("وقال مدير الشرطة إن الحادث وقع ليلا، حسبما أفاد به الدفاع المدني.", [
    { cue: "حسبما أفاد", speaker: "الدفاع المدني" },
    { content: "الحادث وقع ليلا", speaker: "مدير الشرطة" },
  ]);
  checkQuotes("وارتفعت الضرائب هذا العام، حسبما نشر الأحد في الجريدة الرسمية.", [
    { content: "ارتفعت الضرائب هذا العام", speaker: "الجريدة الرسمية" },
  ]);
});

test("gives نقل without عن its own subject as the speaker", () => {
  checkQuotes('ونقلت وكالة الأنباء الوطنية (وان) "الاجتماع سيعقد غدا في العاصمة".', [
    { content: "الاجتماع سيعقد غدا في العاصمة", kind: "direct", speaker: "وكالة الأنباء الوطنية" },
  ]);
});

test("takes the name in apposition, with its own title words, as the speaker", () => {
  checkQuotes("وقال الناطق باسم وزارة الداخلية في الحكومة المحلية، العقيد الركن سامي حداد، إن الطريق مغلق.", [
    { content: "الطريق مغلق", speaker: "سامي حداد" },
  ]);
  checkQuotes('ونقلت الإذاعة عن الميجور جنرال سيرغي شويغو قوله "القوات انسحبت".', [
    { content: "القوات انسحبت", speaker: "سيرغي شويغو" },
  ]);
});

test("keeps a report whose titled subject follows إن inside the outer report", () => {
  checkQuotes("وقالت الوكالة إن الرئيس الفرنسي، إيمانويل ماكرون، نبه إلى أن الأزمة لم تنته.", [
    { content: "الرئيس الفرنسي، إيمانويل ماكرون، نبه إلى أن الأزمة لم تنته", speaker: "الوكالة" },
    { content: "الأزمة لم تنته", cue: "نبه", speaker: "إيمانويل ماكرون" },
  ]);
});

test("takes the indefinite noun a reporting verb describes as its speaker", () => {
  checkQuotes("وقال مصدر إن الشركة تعد تقريرا يفيد بأن الخسائر كبيرة.", [
    { speaker: "مصدر" },
    { content: "الخسائر كبيرة", cue: "يفيد", speaker: "تقريرا" },
  ]);
  // A plural verb after a singular noun has a pronoun subject of its own.
  checkQuotes("وتظاهر الآلاف ضد قانون جديد يعتبرون أنه ظالم.", [{ content: "ظالم", speaker: "الآلاف" }]);
});

test("reads a noun content after عن or after the setting of the statement", () => {
  checkQuotes("وصرح الدفاع المدني صباح الأحد عن مقتل طفلين في انفجار.", [
    { content: "مقتل طفلين في انفجار", speaker: "الدفاع المدني" },
  ]);
  checkQuotes("وتدخلت الشرطة وذكرت في بيان لها وقوع انفجار في السوق.", [
    { content: "وقوع انفجار في السوق", cue: "ذكرت" },
  ]);
  checkQuotes("أعلنت السلطات السعودية، السبت، موت الصحفي داخل القنصلية.", [
    { content: "موت الصحفي داخل القنصلية", speaker: "السلطات السعودية" },
  ]);
  checkQuotes("وأعلن الجيش عن خطة جديدة.", []);
});

test("reads حمّل … المسؤولية as a report whose content begins with the one blamed", () => {
  checkQuotes("وحملت السلطات السورية القوات الأمريكية مسؤولية الغارة.", [
    { content: "القوات الأمريكية مسؤولية الغارة", cue: "حملت", speaker: "السلطات السورية" },
  ]);
  checkQuotes("وحمل المتظاهرون الأعلام في الساحة.", []);
});

test("reads an opening attribution answered by فإن or فقد without a comma", () => {
  checkQuotes("وبحسب إحصائيات الوزارة فقد ارتفع عدد الضحايا إلى عشرين.", [
    { content: "ارتفع عدد الضحايا إلى عشرين", speaker: "إحصائيات الوزارة" },
  ]);
  checkQuotes("وبحسب القانون فإن كل من يتخلف يعاقب بغرامة.", [
    { content: "كل من يتخلف يعاقب بغرامة", speaker: "القانون" },
  ]);
});

test("reads a verb after a short opening prepositional phrase as opening its clause", () => {
  checkQuotes("في المقابل اتهمت روسيا المنظمة بالتلاعب في النتائج.", [
    { content: "التلاعب في النتائج", cue: "اتهمت", speaker: "روسيا" },
  ]);
});

test("reads the fragment a naming verb with its object pronoun names after بـ", () => {
  checkQuotes(
    'واعتقلت الشرطة أحد المخططين لهجوم "الميناء"، فيما أسمتها الوكالة الرسمية بـ"عملية ناجحة" في الشمال.',
    [{ content: "عملية ناجحة", kind: "direct", cue: "أسمتها", speaker: "الوكالة الرسمية" }],
  );
  checkQuotes('وأطلق الجيش سراحهم "مؤقتا".', []);
});

test("attributes the clause before كما أفاد also when no comma stands before كما", () => {
  checkQuotes("وأقيل قائد الشرطة من منصبه كما أفادت وسائل إعلام محلية.", [
    { content: "أقيل قائد الشرطة من منصبه", cue: "أفادت", speaker: "وسائل إعلام محلية" },
  ]);
});

test("ends the content before غير أن and before a relative clause describing the source", () => {
  // (جدد القول إنه …, "he said again that", is a report of its own, by the same speaker.)
  checkQuotes("وأعلن الوزير أنه موافق على القرار، غير أنه جدد القول إنه غير راض.", [
    { content: "موافق على القرار", speaker: "الوزير" },
    { content: "غير راض", cue: "القول", speaker: "الوزير" },
  ]);
  checkQuotes(
    "أعلنت وزارة الدفاع، الثلاثاء، سقوط طائرة في الشمال، حسبما نقلت وكالة الأنباء الرسمية، التي أشارت إلى مقتل طاقمها.",
    [
      { content: "أعلنت وزارة الدفاع، الثلاثاء، سقوط طائرة في الشمال", speaker: "وكالة الأنباء الرسمية" },
      { content: "سقوط طائرة في الشمال", speaker: "وزارة الدفاع" },
      { content: "مقتل طاقمها", cue: "أشارت", speaker: "وكالة الأنباء الرسمية" },
    ],
  );
});

test("reads a noun content after a verb in a relative clause, said by the antecedent", () => {
  checkQuotes("والتقى الوزير بالملك عبد الله الثاني، الذي نفى بدوره علمه بما حدث.", [
    { content: "علمه بما حدث", cue: "نفى", speaker: "عبد الله الثاني" },
  ]);
  checkQuotes("وتحدثت وكالة الأنباء السعودية، التي أشارت إلى مقتل طاقمها.", [
    { content: "مقتل طاقمها", cue: "أشارت", speaker: "وكالة الأنباء السعودية" },
  ]);
});

test("keeps a belief right after إنها inside the believer's report", () => {
  checkQuotes('لكن ابنتها قالت إنها تعتقد أن "الجار هو من سرقها".', [
    { content: 'تعتقد أن "الجار هو من سرقها"', kind: "mixed", cue: "قالت", speaker: "ابنتها" },
  ]);
  checkQuotes("وقال الخبير إن المحققين يعتقدون أن الحريق متعمد.", [
    { cue: "قال" },
    { content: "الحريق متعمد", cue: "يعتقدون", speaker: "المحققين" },
  ]);
});

test("does not end a quotation at a narrator's word inside its own marks", () => {
  checkQuotes('وأضاف الوزير "بدأ المشروع عام 2003، وذلك بعدما واجهت البلاد ضغوطا كبيرة".', [
    { content: "بدأ المشروع عام 2003، وذلك بعدما واجهت البلاد ضغوطا كبيرة", kind: "direct" },
  ]);
  checkQuotes('وقال الوزير إن "الوضع صعب"، وذلك بعد لقائه بالسفير.', [
    { content: "الوضع صعب", kind: "direct" },
  ]);
});

test("ends a quotation opening the content before فيما، بينما or في حين after its closing mark", () => {
  checkQuotes('وأضاف المحافظ "أنجزنا نصف الطريق الجديد"، فيما اعترض سكان القرية على مساره.', [
    { content: "أنجزنا نصف الطريق الجديد", kind: "direct", cue: "أضاف", speaker: "المحافظ" },
  ]);
  checkQuotes('وقالت المديرة: "المدرسة تحتاج معلمين"، في حين غاب الطلاب عن الصفوف.', [
    { content: "المدرسة تحتاج معلمين", kind: "direct", speaker: "المديرة" },
  ]);
  // Words of the speaker's before the quotation keep the clause after it: the quote is mixed.
  checkQuotes('وقال المحافظ إن المشروع "تأخر كثيرا"، بينما ينتظر السكان افتتاحه.', [
    { content: 'المشروع "تأخر كثيرا"، بينما ينتظر السكان افتتاحه', kind: "mixed" },
  ]);
});

test("reads فقد or قد before a quotation that is the whole content as the narrator's", () => {
  checkQuotes('وبحسب الدفاع المدني، فقد "أخمدت النيران بعد ساعتين".', [
    { content: "أخمدت النيران بعد ساعتين", kind: "direct", cue: "بحسب", speaker: "الدفاع المدني" },
  ]);
});

test("reads a masculine organisation right after a feminine verb as its object, not its speaker (quotes@22)", () => {
  checkQuotes(
    "وفي مؤتمر صحفي، حثت الخارجية الهولندية المجلس على فرض حظر للسلاح. كما دعت البرلمان إلى التصويت سريعا.",
    [
      { content: "فرض حظر للسلاح", cue: "حثت", speaker: "الخارجية الهولندية" },
      { content: "التصويت سريعا", cue: "دعت", speaker: "الخارجية الهولندية" },
    ],
  );
  // A feminine head (قوات) before the organisation's name keeps the phrase as the subject.
  checkQuotes("وقالت قوات الحرس الوطني إنها أغلقت المعبر.", [
    { content: "أغلقت المعبر", cue: "قالت", speaker: "قوات الحرس الوطني" },
  ]);
});
