import { test } from "node:test";
import assert from "node:assert/strict";
import { loadResources } from "../../node/resources.js";
import { splitSentences, tokenize } from "../../text/index.js";
import { findEntities, type EntityRecord } from "./index.js";

const resources = loadResources();

/** The stage's work on a text, checked stand-off: every mention inside the text, sorted, slice === text. */
function entitiesOf(text: string): { entities: readonly EntityRecord[] } {
  const tokens = tokenize(text, resources.clitics);
  const entities = findEntities(text, splitSentences(text), tokens, resources.entities);
  for (const entity of entities) {
    entity.mentions.forEach((mention, i) => {
      assert.equal(text.slice(mention.start, mention.end), mention.text, "every mention round-trips");
      if (i > 0) assert.ok(entity.mentions[i - 1]!.start <= mention.start, "mentions sorted by start");
    });
    if (entity.role) assert.equal(text.slice(entity.role.start, entity.role.end), entity.role.text);
  }
  return { entities };
}

function entityWith(entities: readonly EntityRecord[], surface: string): EntityRecord | undefined {
  return entities.find((entity) => entity.mentions.some((mention) => mention.text === surface));
}

function entityEndingWith(entities: readonly EntityRecord[], word: string): EntityRecord | undefined {
  return entities.find((entity) => entity.mentions.some((mention) => mention.text.endsWith(word)));
}

const cases: { name: string; text: string; check: (entities: readonly EntityRecord[]) => void }[] = [
  {
    name: "a surname the document gave whole is found again where the splitter reads ل or ب into it",
    text: "قالت ماري لاغير إن الرجل غضب. وأضافت لاغير أن الشرطة تحقق. وقال أحمد بوكن إن بوكن سيعود.",
    check: (entities) => {
      const lagier = entityWith(entities, "ماري لاغير");
      assert.deepEqual(
        lagier?.mentions.map((mention) => mention.text),
        ["ماري لاغير", "لاغير"],
      );
      assert.equal(entityWith(entities, "بوكن")?.id, entityWith(entities, "أحمد بوكن")?.id);
    },
  },
  {
    name: "splits و from وسوريا",
    text: "وصل الوفد إلى العراق وسوريا الأسبوع الماضي.",
    check: (entities) => {
      const syria = entityWith(entities, "سوريا");
      assert.equal(syria?.type, "LOC");
      assert.equal(syria?.latin, "Syria");
      assert.equal(entityWith(entities, "وسوريا"), undefined);
    },
  },
  {
    name: "keeps لل outside الأمم المتحدة and restores the article in the name",
    text: "وأشار تقرير للأمم المتحدة نشر أمس إلى تراجع الهجمات.",
    check: (entities) => {
      const un = entityWith(entities, "لأمم المتحدة");
      assert.equal(un?.id, "kb:un");
      assert.equal(un?.name, "الأمم المتحدة");
      assert.equal(un?.latin, "United Nations");
    },
  },
  {
    name: "links a surname to the full name mentioned before",
    text: "قال الوزير الأمريكي جون سميث إن المحادثات مستمرة. وأضاف سميث أن الاتفاق قريب.",
    check: (entities) => {
      const smith = entityWith(entities, "جون سميث");
      assert.ok(smith, "full name found");
      assert.deepEqual(
        smith.mentions.map((m) => m.text),
        ["جون سميث", "سميث"],
      );
      assert.equal(smith.latin, "John Smith");
    },
  },
  {
    name: "gives تنظيم الدولة الإسلامية and داعش one id",
    text: "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم في الموصل. وقالت الشرطة إن عناصر داعش فروا.",
    check: (entities) => {
      const long = entityWith(entities, "تنظيم الدولة الإسلامية") ?? entityWith(entities, "الدولة الإسلامية");
      const short = entityEndingWith(entities, "داعش");
      assert.equal(long?.id, "kb:isis");
      assert.equal(short?.id, "kb:isis");
      assert.equal(entityWith(entities, "الموصل")?.latin, "Mosul");
    },
  },
  {
    name: "folds hamza spelling variants to one KB entity",
    text: "دعت الامم المتحدة إلى وقف القتال.",
    check: (entities) => assert.equal(entityWith(entities, "الامم المتحدة")?.id, "kb:un"),
  },
  {
    name: "links an organisation's later short form to the last named one",
    text: "هاجم مسلحون من تنظيم داعش قرية قرب كركوك. وقال مسؤول إن التنظيم خسر معظم مقاتليه.",
    check: (entities) => {
      const isis = entityEndingWith(entities, "داعش");
      assert.equal(isis?.id, "kb:isis");
      assert.ok(isis.mentions.some((m) => m.text === "التنظيم"));
      assert.equal(entityWith(entities, "كركوك")?.latin, "Kirkuk");
    },
  },
  {
    name: "romanizes a foreign name written in Arabic from the name list",
    text: "التقى الرئيس دونالد ترامب بنظيره الفرنسي في باريس.",
    check: (entities) => {
      assert.equal(entityWith(entities, "دونالد ترامب")?.latin, "Donald Trump");
      assert.equal(entityWith(entities, "باريس")?.latin, "Paris");
    },
  },
  {
    name: "records the title before a person as the role",
    text: "وقال وزير الخارجية العراقي فؤاد حسين إن بغداد ترفض التدخل.",
    check: (entities) => {
      const person = entities.find((entity) => entity.type === "PER");
      assert.ok(person, "a person is found");
      assert.equal(person.role?.text, "وزير الخارجية العراقي");
    },
  },
  {
    name: "reads the role of an apposition up to the comma before the name",
    text: "وقال المتحدث باسم وزارة الخارجية الأمريكية، جون كيربي، إن واشنطن تتابع الوضع.",
    check: (entities) => {
      const person = entityWith(entities, "جون كيربي");
      assert.equal(person?.role?.text, "المتحدث باسم وزارة الخارجية الأمريكية");
      assert.equal(person?.latin.startsWith("John "), true);
    },
  },
];

for (const { name, text, check } of cases) test(name, () => check(entitiesOf(text).entities));

/** Amman and Oman share the key عمان: diacritics decide where written, else the document. */
const ammanOrOman: { name: string; text: string; surface: string; latin: "Amman" | "Oman" }[] = [
  { name: "a shadda on م is Amman", text: "وصل الوفد إلى عمّان مساء الأحد.", surface: "عمّان", latin: "Amman" },
  { name: "a damma on ع is Oman", text: "وصل الوفد إلى عُمان مساء الأحد.", surface: "عُمان", latin: "Oman" },
  {
    name: "a dateline without marks is Amman",
    text: "عمان – قال مسؤولون إن الحكومة ستفتح المعابر الأسبوع المقبل.",
    surface: "عمان",
    latin: "Amman",
  },
  {
    name: "a dateline with the agency in brackets is Amman",
    text: "عمان (رويترز) - أعلنت الحكومة خطة جديدة للنقل.",
    surface: "عمان",
    latin: "Amman",
  },
  {
    name: "Jordanian context without marks is Amman",
    text: "زار الوزير عمان ثم توجه إلى إربد لتفقد المشاريع الأردنية.",
    surface: "عمان",
    latin: "Amman",
  },
  {
    name: "سلطنة and مسقط without marks are Oman",
    text: "وقعت سلطنة عمان اتفاقا للتجارة. وقال مسؤول في مسقط إن عمان تريد المزيد.",
    surface: "عمان",
    latin: "Oman",
  },
];
for (const { name, text, surface, latin } of ammanOrOman) {
  test(`links عمان by context: ${name}`, () => {
    const { entities } = entitiesOf(text);
    const place = entities.find((entity) => entity.mentions.some((m) => m.text.endsWith(surface)));
    assert.equal(place?.latin, latin);
    assert.equal(place?.type, "LOC");
  });
}

test("finds an organisation's whole KB name although the tagger cuts it", () => {
  const text = "وقعت الحكومة اتفاقا مع منظمة الأغذية والزراعة للأمم المتحدة لتمويل مشاريع الري.";
  const { entities } = entitiesOf(text);
  const fao = entities.find((entity) => entity.id === "kb:fao");
  assert.ok(fao, "the FAO is found");
  assert.equal(fao.mentions[0]!.text, "منظمة الأغذية والزراعة للأمم المتحدة");
  assert.equal(
    entities.find((entity) => entity.id === "kb:un"),
    undefined,
    "no separate UN mention inside it",
  );
});

test("gives one entity, of one type, to one surface", () => {
  const text = "قالت الفاو إن المحاصيل تراجعت. ووصل وفد من الفاو إلى بيروت لبحث دعم المزارعين.";
  const { entities } = entitiesOf(text);
  const withFao = entities.filter((entity) => entity.mentions.some((m) => m.text === "الفاو"));
  assert.equal(withFao.length, 1);
  assert.equal(withFao[0]!.type, "ORG");
  assert.equal(withFao[0]!.mentions.filter((m) => m.text === "الفاو").length, 2);
});

test("romanizes common Arabic names from the name list", () => {
  const { entities } = entitiesOf("وقال المتحدث سامر الخطيب إن ليلى حداد ستزور المدينة.");
  assert.equal(entityWith(entities, "سامر الخطيب")?.latin, "Samer al-Khatib");
  assert.equal(entityWith(entities, "ليلى حداد")?.latin, "Layla Haddad");
});

test("same name gives the same id across documents", () => {
  const a = entitiesOf("أكد الرئيس الفلسطيني محمود عباس أن المفاوضات متوقفة.").entities;
  const b = entitiesOf("نفى محمود عباس الأنباء عن استقالته.").entities;
  const idA = entityWith(a, "محمود عباس")?.id;
  assert.ok(idA);
  assert.equal(entityWith(b, "محمود عباس")?.id, idA);
});
