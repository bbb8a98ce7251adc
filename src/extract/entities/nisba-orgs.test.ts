import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DATA_DIR, loadResources } from "../../node/resources.js";
import { splitSentences, tokenize } from "../../text/index.js";
import { findEntities, type EntityRecord } from "./index.js";
import { findNisbaOrgs, NO_DEMONYMS, parseDemonyms, type NisbaOrg } from "./nisba-orgs.js";

const loaded = loadResources();
const demonymsTsv = readFileSync(join(DATA_DIR, "kb", "demonyms.tsv"), "utf8");
// The stage's resources with the demonyms (src/node/resources.ts may not read the file yet).
const resources = { ...loaded.entities, demonyms: parseDemonyms(demonymsTsv) };

/** The stage's entities on a text; every mention round-trips and mentions are sorted. */
function entitiesOf(text: string): readonly EntityRecord[] {
  const tokens = tokenize(text, loaded.clitics);
  const entities = findEntities(text, splitSentences(text), tokens, resources);
  for (const entity of entities)
    entity.mentions.forEach((mention, i) => {
      assert.equal(text.slice(mention.start, mention.end), mention.text, "every mention round-trips");
      if (i > 0) assert.ok(entity.mentions[i - 1]!.start <= mention.start, "mentions sorted by start");
    });
  return entities;
}

/** The rule alone on a text, nothing covered (or the tokens `covered` marks). */
function nisbaOrgsOf(text: string, covered?: (tokenText: string) => boolean): NisbaOrg[] {
  const tokens = tokenize(text, loaded.clitics);
  const taken = Uint8Array.from(tokens, (token) => (covered?.(token.text) ? 1 : 0));
  const orgs = findNisbaOrgs(text, tokens, taken, resources.demonyms, loaded.entities.kb.titles);
  for (const org of orgs)
    for (const mention of org.mentions)
      assert.equal(text.slice(mention.start, mention.end), mention.text, "every mention round-trips");
  return orgs;
}

const found: { name: string; text: string; surface: string; id: string; latin: string }[] = [
  {
    name: "finds الحكومة العراقية",
    text: "أعلنت الحكومة العراقية خطة جديدة للكهرباء.",
    surface: "الحكومة العراقية",
    id: "org:government:IQ",
    latin: "Iraqi government",
  },
  {
    name: "leaves و outside والحكومة العراقية",
    text: "التقى الوفد رئيس البرلمان والحكومة العراقية أمس.",
    surface: "الحكومة العراقية",
    id: "org:government:IQ",
    latin: "Iraqi government",
  },
  {
    name: "leaves ل outside للقوات التركية",
    text: "سمحت أنقرة للقوات التركية بعبور الحدود.",
    surface: "لقوات التركية",
    id: "org:forces:TR",
    latin: "Turkish forces",
  },
  {
    name: "a masculine head takes a masculine nisba: الجيش السوري",
    text: "قال مصدر إن الجيش السوري تقدم شرقا.",
    surface: "الجيش السوري",
    id: "org:army:SY",
    latin: "Syrian army",
  },
  {
    name: "a non-human plural takes the feminine: السلطات الإيرانية",
    text: "اعتقلت السلطات الإيرانية ثلاثة صحفيين.",
    surface: "السلطات الإيرانية",
    id: "org:authorities:IR",
    latin: "Iranian authorities",
  },
  {
    name: "reads وزارة with its genitive: وزارة الخارجية التركية",
    text: "استدعت وزارة الخارجية التركية السفير.",
    surface: "وزارة الخارجية التركية",
    id: "org:foreign-ministry:TR",
    latin: "Turkish Foreign Ministry",
  },
  {
    name: "gives a country its own head name: الخارجية الأميركية",
    text: "قالت متحدثة باسم الخارجية الأميركية إن المحادثات مستمرة.",
    surface: "الخارجية الأميركية",
    id: "org:foreign-ministry:US",
    latin: "US State Department",
  },
  {
    name: "finds الشرطة التركية",
    text: "فرقت الشرطة التركية المحتجين في إسطنبول.",
    surface: "الشرطة التركية",
    id: "org:police:TR",
    latin: "Turkish police",
  },
  {
    name: "finds الرئاسة المصرية in a second sentence",
    text: "فرقت الشرطة التركية المحتجين. ونفت الرئاسة المصرية الخبر.",
    surface: "الرئاسة المصرية",
    id: "org:presidency:EG",
    latin: "Egyptian presidency",
  },
  {
    name: "folds أمريكية and أميركية to one nisba",
    text: "انسحبت القوات الأمريكية من القاعدة.",
    surface: "القوات الأمريكية",
    id: "org:forces:US",
    latin: "US forces",
  },
];
for (const { name, text, surface, id, latin } of found) {
  test(name, () => {
    const org = nisbaOrgsOf(text).find((entity) => entity.mentions.some((m) => m.text === surface));
    assert.ok(org, `${surface} is found`);
    assert.equal(org.id, id);
    assert.equal(org.type, "ORG");
    assert.equal(org.latin, latin);
  });
}

const notFound: { name: string; text: string; surface: string }[] = [
  {
    name: "not when the nisba disagrees: الجيش السورية",
    text: "وصل الجيش السورية أمس.",
    surface: "الجيش السورية",
  },
  {
    name: "not an indefinite phrase: حكومة عراقية",
    text: "تشكلت حكومة عراقية جديدة بعد الانتخابات.",
    surface: "حكومة عراقية",
  },
  {
    name: "not an adjective of an earlier noun: السياسة الخارجية الأمريكية",
    text: "تغيرت السياسة الخارجية الأمريكية كثيرا.",
    surface: "الخارجية الأمريكية",
  },
  {
    name: "not a title: وزيرة الخارجية البريطانية",
    text: "وصلت وزيرة الخارجية البريطانية إلى بغداد.",
    surface: "الخارجية البريطانية",
  },
  {
    name: "not across a comma",
    text: "أعلنت الحكومة، العراقية والكردية، اتفاقا.",
    surface: "الحكومة، العراقية",
  },
];
for (const { name, text, surface } of notFound) {
  test(name, () => assert.deepEqual(nisbaOrgsOf(text), [], `nothing for ${surface}`));
}

test("collapses the mentions of one id in a document, named by the first", () => {
  const text = "وقالت الحكومة العراقية إن الاتفاق نهائي. وأكدت الحكومة العراقيه التزامها به.";
  const orgs = entitiesOf(text).filter((entity) => entity.id === "org:government:IQ");
  assert.equal(orgs.length, 1);
  assert.deepEqual(
    orgs[0]!.mentions.map((m) => m.text),
    ["الحكومة العراقية", "الحكومة العراقيه"],
  );
  assert.equal(orgs[0]!.name, "الحكومة العراقية");
});

test("gives الخارجية and وزارة الخارجية of one country one id", () => {
  const orgs = nisbaOrgsOf("استدعت وزارة الخارجية الإيرانية السفير. وقالت الخارجية الإيرانية إنها احتجت.");
  assert.deepEqual(
    orgs.map((org) => [org.id, org.name, org.mentions.length, org.aliases]),
    [["org:foreign-ministry:IR", "وزارة الخارجية الإيرانية", 2, ["الخارجية الإيرانية"]]],
  );
});

test("not created over a covered token: the earlier mention wins", () => {
  assert.deepEqual(
    nisbaOrgsOf("انتشرت القوات العراقية في المدينة.", (token) => token === "العراقية"),
    [],
  );
});

test("a tagged head + nisba name takes the rule's id and English name", () => {
  // Whether the tagger or the rule finds it, the stage gives one id and "Iraqi government".
  const org = entitiesOf("أعلنت الحكومة العراقية خطة جديدة للكهرباء.").find((entity) =>
    entity.mentions.some((m) => m.text === "الحكومة العراقية"),
  );
  assert.equal(org?.id, "org:government:IQ");
  assert.equal(org?.latin, "Iraqi government");
});

test("same phrase gives the same id across documents", () => {
  const a = entitiesOf("انتشر الجيش العراقي في المدينة.");
  const b = entitiesOf("وقال بيان إن وحدات من الجيش العراقي وصلت إلى الحدود.");
  const idOf = (entities: readonly EntityRecord[]) =>
    entities.find((entity) => entity.mentions.some((m) => m.text === "الجيش العراقي"))?.id;
  assert.equal(idOf(a), "org:army:IQ");
  assert.equal(idOf(b), idOf(a));
});

test("not created over a mention the tagger or the knowledge base made", () => {
  // The KB lists الجيش السوري الحر (kb:fsa) and الجيش الإسرائيلي (kb:idf): those entities win.
  const entities = entitiesOf("اشتبك الجيش السوري الحر مع مسلحين. وقصف الجيش الإسرائيلي موقعا.");
  assert.equal(
    entities.find((entity) => entity.id === "org:army:SY"),
    undefined,
  );
  assert.equal(
    entities.find((entity) => entity.id === "org:army:IL"),
    undefined,
  );
  assert.ok(entities.some((entity) => entity.id === "kb:fsa"));
  assert.ok(entities.some((entity) => entity.id === "kb:idf"));
});

test("a country name that is the adjective of a head names the organisation, not the country", () => {
  // السعودية is both Saudi Arabia (a listed name) and the feminine adjective "Saudi".
  const entities = entitiesOf(
    "أعلنت السلطات السعودية اعتقال خمسة، وقالت الحكومة السعودية إن السعودية لن تتراجع.",
  );
  const ids = entities.map((entity) => entity.id);
  assert.ok(ids.includes("org:authorities:SA"));
  assert.ok(ids.includes("org:government:SA"));
  const country = entities.find((entity) => entity.id === "geo:SA");
  assert.deepEqual(
    country?.mentions.map((mention) => mention.text),
    ["السعودية"],
    "only the last السعودية, the subject of تتراجع, is the country",
  );
});

test("finds nothing without the demonyms file", () => {
  const text = "أعلنت الحكومة العراقية خطة جديدة.";
  const tokens = tokenize(text, loaded.clitics);
  const entities = findEntities(text, splitSentences(text), tokens, {
    ...loaded.entities,
    demonyms: NO_DEMONYMS,
  });
  assert.ok(!entities.some((entity) => entity.id === "org:government:IQ"));
});

test("every nisba points at a country of places.tsv, and a bad row names its line", () => {
  const places = new Set(
    readFileSync(join(DATA_DIR, "kb", "places.tsv"), "utf8")
      .split("\n")
      .map((line) => line.split("\t"))
      .filter((row) => row[2] === "COUNTRY")
      .map((row) => row[3]),
  );
  for (const nisba of resources.demonyms.nisbas.values()) assert.ok(places.has(nisba.country), nisba.country);
  assert.ok(resources.demonyms.nisbas.size > 150);
  assert.throws(() => parseDemonyms("# name=x version=1\nDEMONYM\tعراقي"), /line 2/);
  assert.throws(() => parseDemonyms("# name=x version=1\nHEAD\tالجيش\tX\tarmy\tarmy"), /line 2/);
});
