/**
 * The readings added to the event-triggers lexicon in 1.3.0 (and a few of 1.7.0) and the conjunction و the tokenizer
 * leaves on short stems, each on a sentence written for the test.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../pipeline/index.js";
import { tokenize } from "../../text/index.js";
import { eventCandidates } from "./event-candidates.js";
import { conjunctionKey, stemKey } from "./find-triggers.js";
import { resources, triggersOf, testTriggerCases, type TriggerCase } from "./test-support.js";

const CASES: readonly TriggerCase[] = [
  {
    name: "a phone call is a consultation",
    text: "اتصل الملك بنظيره الأردني.",
    trigger: "اتصل",
    type: "CONSULT",
  },
  {
    name: "arriving in a capital is a visit",
    text: "وصل الوزير إلى عمان مساء.",
    trigger: "وصل",
    type: "CONSULT",
  },
  {
    name: "summoning an envoy is a sanction",
    text: "استدعت الخارجية السفير الفرنسي.",
    trigger: "استدعت",
    type: "SANCTION",
  },
  {
    name: "summoning ambassadors in the plural is a sanction (1.7.0)",
    text: "استدعت الخارجية سفراء ثلاث دول أوروبية.",
    trigger: "استدعت",
    type: "SANCTION",
  },
  {
    name: "dispersing protesters is an assault (1.7.0)",
    text: "وفرقت قوات الأمن المحتجين بخراطيم المياه.",
    trigger: "فرقت",
    type: "ASSAULT",
  },
  {
    name: "dispersing as a verbal noun is an assault (1.7.0)",
    text: "واستخدمت الشرطة الغاز لتفريق المعتصمين.",
    trigger: "تفريق",
    type: "ASSAULT",
  },
  {
    name: "repressing protests is an assault (1.7.0)",
    text: "وقمعت الشرطة التظاهرات بعنف.",
    trigger: "قمعت",
    type: "ASSAULT",
  },
  {
    name: "taking back a district is an assault (1.7.0)",
    text: "وحررت القوات الحكومية مديرية كاملة من قبضة المسلحين.",
    trigger: "حررت",
    type: "ASSAULT",
  },
  {
    name: "setting fire is an assault (1.7.0)",
    text: "وأضرم محتجون النار في مبنى البلدية.",
    trigger: "أضرم",
    type: "ASSAULT",
  },
  {
    name: "opening a border crossing is a retreat (1.7.0)",
    text: "وفتحت السلطات معبرا حدوديا أمام المسافرين.",
    trigger: "فتحت",
    type: "RETREAT",
  },
  {
    name: "a hollow verb's imperfect is a trigger (1.7.0)",
    text: "وقرر الوزير أن يستقيل من منصبه.",
    trigger: "يستقيل",
    type: "LEADERSHIP",
  },
  {
    name: "a raid on a house is an arrest (1.8.0)",
    text: "وداهمت الشرطة منزل المشتبه به فجرا.",
    trigger: "داهمت",
    type: "ARREST",
  },
  {
    name: "stripping nationality is a sanction (1.8.0)",
    text: "وأسقطت السلطات الجنسية عن عشرين شخصا.",
    trigger: "أسقطت",
    type: "SANCTION",
  },
  {
    name: "mediation is a consultation (1.8.0)",
    text: "وتم التوصل إلى هدنة بوساطة إقليمية.",
    trigger: "وساطة",
    type: "CONSULT",
  },
  {
    name: "extending a state of emergency is a sanction",
    text: "مدد البرلمان حالة الطوارئ ستة أشهر.",
    trigger: "مدد",
    type: "SANCTION",
  },
  {
    name: "imposing measures is a sanction",
    text: "فرضت الشرطة إجراءات أمنية مشددة.",
    trigger: "فرضت",
    type: "SANCTION",
  },
  {
    name: "a dismissal (passive) is leadership",
    text: "أقيل قائد الشرطة أمس.",
    trigger: "أقيل",
    type: "LEADERSHIP",
  },
  {
    name: "relieving of a post is leadership",
    text: "أصدر الأمير أمرا بإعفاء الوزير من منصبه.",
    trigger: "إعفاء",
    type: "LEADERSHIP",
  },
  {
    name: "replacing a chief is leadership",
    text: "استبدل الملك رئيس الحكومة.",
    trigger: "استبدل",
    type: "LEADERSHIP",
  },
  {
    name: "a prison term is a sentence",
    text: "صدرت بحقه عقوبة السجن خمس سنوات.",
    trigger: "عقوبة",
    type: "ARREST",
  },
  {
    name: "upholding a verdict is a sentence",
    text: "أيدت المحكمة العليا حكما بسجنه.",
    trigger: "أيدت",
    type: "ARREST",
  },
  {
    name: "a court's أدان convicts",
    text: "أدانت محكمة الجنايات المتهم بتهمة الرشوة.",
    trigger: "أدانت",
    type: "ARREST",
  },
  { name: "a government's أدان condemns", text: "أدانت الحكومة التفجير.", trigger: "أدانت", type: "ACCUSE" },
  {
    name: "intercepting a missile is an assault",
    text: "أعلن الجيش اعتراض صاروخ فوق المدينة.",
    trigger: "اعتراض",
    type: "ASSAULT",
  },
  {
    name: "taking control is an assault",
    text: "سيطر المسلحون على البلدة.",
    trigger: "سيطر",
    type: "ASSAULT",
  },
  {
    name: "a poisoning is an assault",
    text: "نجا المعارض من تسميم متعمد.",
    trigger: "تسميم",
    type: "ASSAULT",
  },
  { name: "a slap is an assault", text: "صفع رجل موظفة في المتجر.", trigger: "صفع", type: "ASSAULT" },
  {
    name: "a verbal attack is an accusation",
    text: "شن النائب هجوما لاذعا على الحكومة.",
    trigger: "هجوما",
    type: "ACCUSE",
  },
  {
    name: "a report is a publication",
    text: "كشف تقرير للمنظمة عن انتهاكات.",
    trigger: "تقرير",
    type: "REPORT",
  },
  {
    name: "publishing footage is a report",
    text: "نشرت الوزارة لقطات من الحادث.",
    trigger: "نشرت",
    type: "REPORT",
  },
  {
    name: "recruiting is a mobilisation",
    text: "ندد البيان بتجنيد القاصرين.",
    trigger: "تجنيد",
    type: "MOBILIZE",
  },
  {
    name: "patrols are a mobilisation",
    text: "بدأت الشرطة دوريات في الحي.",
    trigger: "دوريات",
    type: "MOBILIZE",
  },
  {
    name: "handing over weapons is a retreat",
    text: "سلم المقاتلون أسلحتهم للجيش.",
    trigger: "سلم",
    type: "RETREAT",
  },
  { name: "leaving on bail is a release", text: "خرج الناشط بكفالة مالية.", trigger: "خرج", type: "RETREAT" },
  {
    name: "casting votes is an election",
    text: "بدأ الناخبون الإدلاء بأصواتهم صباحا.",
    trigger: "الإدلاء",
    type: "ELECT",
  },
  { name: "a death is a KILL event", text: "أكدت العائلة موت الفنان.", trigger: "موت", type: "KILL" },
  { name: "finding remains is OTHER", text: "عثرت الشرطة على رفات المفقود.", trigger: "عثرت", type: "OTHER" },
  {
    name: "a plane crash is OTHER",
    text: "أدى سقوط طائرة شحن إلى إغلاق المطار.",
    trigger: "سقوط",
    type: "OTHER",
  },
  { name: "a fire is OTHER", text: "اندلع حريق في المصنع.", trigger: "حريق", type: "OTHER" },
  {
    name: "أعلن names the event of a noun after its subject and a day",
    text: "أعلنت وزارة الصحة المصرية، الأحد، وفاة المريض.",
    trigger: "وفاة",
    type: "KILL",
  },
];

testTriggerCases(CASES);

test("without their context the new readings stay silent", () => {
  assert.deepEqual(triggersOf("وصل عدد الزوار مليونا."), []);
  assert.deepEqual(triggersOf("خرج الطلاب من المدرسة."), []);
  assert.deepEqual(triggersOf("سلم الفائز على الجمهور."), []);
  assert.equal(
    triggersOf("ألقت الشرطة القبض على اللص.").find((t) => t.type === "ARREST")?.text,
    "القبض",
    "ألقى القبض is named by القبض",
  );
});

/** The candidates' triggers of `text` run through the whole pipeline (entities and times included). */
function candidatesOf(text: string) {
  return eventCandidates(analyzeText(text, resources), resources.events).map(({ trigger }) => trigger);
}

test("a short verb with its conjunction و still attached is found, without the و", () => {
  const text = "وشن الجيش غارات، وبث التلفزيون صورا للحطام.";
  const found = candidatesOf(text);
  const shan = found.find((t) => t.text === "شن");
  assert.equal(shan?.type, "ASSAULT");
  assert.equal(text.slice(shan.start, shan.end), "شن");
  assert.equal(found.find((t) => t.text === "بث")?.type, "REPORT");
});

test("a word beginning with و is left whole when it is a trigger or the rest is not one", () => {
  const isTrigger = (key: string) => resources.events.triggers.has(key);
  const [wasala, wazir] = tokenize("وصل وزير", resources.clitics);
  assert.equal(conjunctionKey(wasala!, stemKey(wasala!), isTrigger), undefined);
  assert.equal(conjunctionKey(wazir!, stemKey(wazir!), isTrigger), undefined);
});

test("أعلن after بحسب ما / حسبما attributes a report and names no event", () => {
  const declares = (text: string) => triggersOf(text).filter((t) => t.type === "DECLARE");
  assert.deepEqual(declares("أصيب عشرة أشخاص بحسب ما أعلنت الشرطة."), []);
  assert.deepEqual(declares("أصيب عشرة أشخاص حسبما أعلن المستشفى."), []);
  assert.equal(declares("أعلنت الشرطة حالة الطوارئ.").length, 1);
});

test("an act that is scheduled (من المقرر أن) is possible", () => {
  const [scheduled] = triggersOf("ومن المقرر أن تعلن اللجنة النتائج غدا.");
  assert.equal(scheduled?.possible, true);
});

test("a trigger word inside an organisation's name after هيئة، منظمة، ميدان، جبهة names no event (1.7.0)", () => {
  assert.deepEqual(
    triggersOf("وزار وفد من منظمة حظر الأسلحة الكيميائية مدينة الموصل.").filter((t) => t.type === "SANCTION"),
    [],
  );
  assert.deepEqual(
    triggersOf("وقالت منظمة العفو الدولية في تقريرها.").filter((t) => t.type === "RETREAT"),
    [],
  );
  assert.deepEqual(
    triggersOf("وسيطرت هيئة تحرير الشام على مناطق واسعة من المدينة.").filter((t) => t.text === "تحرير"),
    [],
  );
});
