/**
 * The readings of event-triggers 1.6.0 (each PLOVER category's ordinary news vocabulary), the
 * morphology the stage reads around a trigger since events@7 (a root letter taken for a proclitic,
 * an accusative context word, an object resumed by a pronoun) and the merge of
 * one verb in two inflections, each on a sentence written for the test.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../pipeline/index.js";
import { tokenize } from "../../text/index.js";
import { eventCandidates } from "./event-candidates.js";
import { rootInitialKey, stemKey } from "./find-triggers.js";
import { lemmaKey, mergeRepeats } from "./merge-events.js";
import { eventRecord, resources, triggersOf, testTriggerCases, type TriggerCase } from "./test-support.js";

const CASES: readonly TriggerCase[] = [
  { name: "a kidnapping is an assault", text: "خطف مسلحون مهندسا أجنبيا.", trigger: "خطف", type: "ASSAULT" },
  { name: "an incursion is an assault", text: "توغلت دبابات في القرية.", trigger: "توغلت", type: "ASSAULT" },
  {
    name: "an ambush is an assault",
    text: "قتل جنديان في كمين قرب الحدود.",
    trigger: "كمين",
    type: "ASSAULT",
  },
  {
    name: "a stabbing needs its knife",
    text: "طعن رجل شرطيا بسكين أمام المحطة.",
    trigger: "طعن",
    type: "ASSAULT",
  },
  {
    name: "a military operation is an assault",
    text: "بدأ الجيش عملية عسكرية في الجبال.",
    trigger: "عملية",
    type: "ASSAULT",
  },
  {
    name: "a massacre is a killing",
    text: "ارتكبت الميليشيا مجزرة في البلدة.",
    trigger: "مجزرة",
    type: "KILL",
  },
  {
    name: "أودى بحياة names deaths",
    text: "أودى الانفجار بحياة ثلاثة عمال.",
    trigger: "أودى",
    type: "KILL",
  },
  {
    name: "the dead with the article are deaths",
    text: "ارتفع عدد القتلى إلى عشرين.",
    trigger: "القتلى",
    type: "KILL",
  },
  {
    name: "the passive اغتيل is a killing",
    text: "اغتيل القاضي أمام منزله.",
    trigger: "اغتيل",
    type: "KILL",
  },
  {
    name: "detention is an arrest",
    text: "قررت النيابة حبس المتهمين أربعة أيام.",
    trigger: "حبس",
    type: "ARREST",
  },
  {
    name: "أوقف with a suspect is an arrest",
    text: "أوقفت الشرطة ثلاثة أشخاص مشتبه بهم.",
    trigger: "أوقفت",
    type: "ARREST",
  },
  {
    name: "referring to a court is an arrest",
    text: "أحالت النيابة الوزير السابق إلى المحكمة.",
    trigger: "أحالت",
    type: "ARREST",
  },
  {
    name: "taking to the streets is a protest",
    text: "خرج آلاف الطلاب إلى الشوارع أمس.",
    trigger: "خرج",
    type: "PROTEST",
  },
  { name: "riots are a protest", text: "اندلعت أعمال شغب في الضاحية.", trigger: "شغب", type: "PROTEST" },
  { name: "a deal is an agreement", text: "أبرمت الشركتان صفقة كبيرة.", trigger: "صفقة", type: "AGREE" },
  {
    name: "agreeing to a proposal is an agreement",
    text: "وافقت الحكومة على الاقتراح الأممي.",
    trigger: "وافقت",
    type: "AGREE",
  },
  {
    name: "passing a law is OTHER, as the gold types it",
    text: "أقر البرلمان قانون الانتخابات الجديد.",
    trigger: "أقر",
    type: "OTHER",
  },
  { name: "criticism is an accusation", text: "انتقد الوزير أداء الشرطة.", trigger: "انتقد", type: "ACCUSE" },
  { name: "denouncing is an accusation", text: "نددت الحكومة بالهجوم.", trigger: "نددت", type: "ACCUSE" },
  {
    name: "a veto is a rejection",
    text: "استخدمت روسيا الفيتو في المجلس.",
    trigger: "الفيتو",
    type: "REJECT",
  },
  {
    name: "an ultimatum is a threat",
    text: "وجه الجيش إنذارا أخيرا للمسلحين.",
    trigger: "إنذارا",
    type: "THREATEN",
  },
  { name: "welcoming is support", text: "رحبت الجامعة العربية بالقرار.", trigger: "رحبت", type: "SUPPORT" },
  { name: "praise is support", text: "أشاد الرئيس بجهود الإنقاذ.", trigger: "أشاد", type: "SUPPORT" },
  { name: "a ban is a sanction", text: "حظرت الحكومة الحزب.", trigger: "حظرت", type: "SANCTION" },
  {
    name: "recalling an ambassador is a sanction",
    text: "سحبت الدولة سفيرها من العاصمة.",
    trigger: "سحبت",
    type: "SANCTION",
  },
  {
    name: "a travel ban is a sanction",
    text: "منعت السلطات دخول الصحفيين إلى المدينة.",
    trigger: "منعت",
    type: "SANCTION",
  },
  {
    name: "manoeuvres are a mobilisation",
    text: "أجرت البحرية مناورات واسعة.",
    trigger: "مناورات",
    type: "MOBILIZE",
  },
  {
    name: "sending troops is a mobilisation",
    text: "أرسلت الحكومة قوات إلى الحدود.",
    trigger: "أرسلت",
    type: "MOBILIZE",
  },
  {
    name: "a surrender is a retreat",
    text: "استسلم عشرات المسلحين للجيش.",
    trigger: "استسلم",
    type: "RETREAT",
  },
  {
    name: "أخلى سبيل is a release",
    text: "أخلت المحكمة سبيل الناشط بكفالة.",
    trigger: "أخلت",
    type: "RETREAT",
  },
  {
    name: "hosting talks is a consultation",
    text: "استضافت الدوحة الوفدين.",
    trigger: "استضافت",
    type: "CONSULT",
  },
  {
    name: "taking the oath is leadership",
    text: "أدى الرئيس الجديد اليمين الدستورية.",
    trigger: "أدى",
    type: "LEADERSHIP",
  },
  {
    name: "a ballot is an election",
    text: "بدأ الاقتراع في المدن الكبرى.",
    trigger: "الاقتراع",
    type: "ELECT",
  },
  { name: "an earthquake is OTHER", text: "ضرب زلزال قوي الجزيرة.", trigger: "زلزال", type: "OTHER" },
];

testTriggerCases(CASES);

test("without their context the new readings stay silent", () => {
  assert.deepEqual(triggersOf("خرج الموظفون من المكتب."), []);
  assert.deepEqual(triggersOf("أوقف السائق سيارته."), []);
  assert.deepEqual(triggersOf("طعن المحامي في الحكم."), []);
  assert.deepEqual(triggersOf("تجري العملية الجراحية غدا."), []);
  assert.deepEqual(triggersOf("انتشرت قوات مكافحة الشغب في الساحة."), [], "riot police, not a riot");
});

/** The candidates' triggers of `text` run through the whole pipeline (entities and times included). */
function candidatesOf(text: string) {
  return eventCandidates(analyzeText(text, resources), resources.events);
}

test("a verb whose first root letter the tokenizer took for a proclitic is found whole", () => {
  const text = "قالت الوزارة إنها فتحت تحقيقا في الحادث.";
  const opened = candidatesOf(text).find(({ trigger }) => trigger.type === "ACCUSE")?.trigger;
  assert.ok(opened, "فتحت تحقيقا opens an investigation");
  assert.equal(text.slice(opened.start, opened.end), "فتحت");
  const isTrigger = (key: string) => resources.events.triggers.has(key);
  const [under] = tokenize("فالكتاب تحت الطاولة", resources.clitics);
  assert.equal(
    rootInitialKey(under!, stemKey(under!), isTrigger),
    undefined,
    "a word that is no trigger whole",
  );
});

test("a context word in the accusative (صاروخا) confirms a reading", () => {
  const found = triggersOf("اعترضت الدفاعات الجوية صاروخا فوق المدينة.");
  assert.equal(found.find((t) => t.text === "اعترضت")?.type, "ASSAULT");
});

test("an object resumed by a pronoun after الذي/التي confirms a reading", () => {
  const found = triggersOf("سقط الصاروخ الذي أطلقته الجماعة في البحر.");
  assert.equal(found.find((t) => t.text === "أطلقته")?.type, "ASSAULT");
  assert.equal(
    triggersOf("سقط الصاروخ في البحر ثم أطلقته الجماعة.").find((t) => t.text === "أطلقته"),
    undefined,
    "without the relative word the noun before is not the object",
  );
});

test("a verb, its verbal noun and their plurals share a lemma; other roots do not", () => {
  assert.equal(lemmaKey("هاجم"), lemmaKey("هجوم"));
  assert.equal(lemmaKey("هجوم"), lemmaKey("هجمات"));
  assert.equal(lemmaKey("اعتقل"), lemmaKey("اعتقال"));
  assert.equal(lemmaKey("قتل"), lemmaKey("مقتل"));
  assert.equal(lemmaKey("استقال"), lemmaKey("استقالة"));
  assert.notEqual(lemmaKey("قتل"), lemmaKey("قصف"));
  assert.notEqual(lemmaKey("اعتقل"), lemmaKey("احتجز"));
});

test("one verb in two inflections is one event unless the dates differ", () => {
  const lead = eventRecord("KILL", "قتلوا", 0);
  const later = eventRecord("KILL", "وقتل", 60);
  const lemmaOf = () => "قتل";
  assert.equal(mergeRepeats([lead, later], [], lemmaOf).length, 1);
  assert.equal(mergeRepeats([lead, later]).length, 2, "without lemmas the words differ");
  const dated = [
    eventRecord("KILL", "قتلوا", 0, [], "2018-01-02"),
    eventRecord("KILL", "قتل", 60, [], "2017-05-01"),
  ];
  assert.equal(mergeRepeats(dated, [], lemmaOf).length, 2);
});
