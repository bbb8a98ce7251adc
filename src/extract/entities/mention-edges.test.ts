import { test } from "node:test";
import assert from "node:assert/strict";
import { loadResources } from "../../node/resources.js";
import { isVerbForm, splitSentences, tokenize } from "../../text/index.js";
import { isMonthWord } from "../times/time-lexicon.js";
import { findEntities } from "./index.js";
import {
  isMonthOfDate,
  isSetApart,
  namesNothing,
  withoutComplementiser,
  withoutLoneLetter,
  withPairedQuotes,
} from "./mention-edges.js";
import { mentionOfTokens, type FoundMention } from "./mentions.js";
import type { Token } from "../../doc/index.js";

const resources = loadResources();
const isMonth = (token: Token) => isMonthWord(resources.times, token.key);

/** Tokens of `text` and the mention from the first token `first` to the last token `last` (inclusive). */
function mentionIn(text: string, first: string, last: string): { tokens: Token[]; mention: FoundMention } {
  const tokens = tokenize(text, resources.clitics);
  const from = tokens.findIndex((token) => token.text === first);
  const to = tokens.findLastIndex((token) => token.text === last);
  const mention = mentionOfTokens(tokens, from, to + 1, "ORG");
  assert.ok(mention);
  return { tokens, mention };
}

/** The surfaces of every mention the stage finds in `text`. */
function surfacesOf(text: string): string[] {
  const tokens = tokenize(text, resources.clitics);
  const entities = findEntities(text, splitSentences(text), tokens, resources.entities);
  return entities.flatMap((entity) => entity.mentions.map((mention) => mention.text));
}

const surfaceOf = (text: string, mention: FoundMention | null) =>
  mention === null ? null : text.slice(mention.start, mention.end);

test("a head noun's quoted name takes in its closing mark, and its name drops the marks", () => {
  const text = 'وفاز مرشح حزب "النهضة الجديدة" في الانتخابات.';
  const { tokens, mention } = mentionIn(text, "حزب", "الجديدة");
  const paired = withPairedQuotes(tokens, mention);
  assert.equal(surfaceOf(text, paired), 'حزب "النهضة الجديدة"');
  assert.equal(paired!.name, "حزب النهضة الجديدة");
});

test("a quoted acronym after a full name is left out of the name's mention", () => {
  const text = 'وقالت وكالة الطاقة الدولية "آي إي إيه" إن الطلب ارتفع.';
  const { tokens, mention } = mentionIn(text, "وكالة", "آي");
  assert.equal(surfaceOf(text, withPairedQuotes(tokens, mention)), "وكالة الطاقة الدولية");
});

test("a mention opening on an odd mark starts after it; paired marks are kept as they are", () => {
  const text = 'وصل "مارك ستيفنز إلى المدينة.';
  const { tokens, mention } = mentionIn(text, '"', "ستيفنز");
  assert.equal(surfaceOf(text, withPairedQuotes(tokens, mention)), "مارك ستيفنز");
  const paired = 'صحيفة "الأنباء" اليومية';
  const whole = mentionIn(paired, "صحيفة", '"');
  assert.equal(withPairedQuotes(whole.tokens, whole.mention), whole.mention);
});

test("a month name beside a number, a slash or شهر is a date, elsewhere it may be a name", () => {
  const cases: [string, string, boolean][] = [
    ["وقع الهجوم في 12 نيسان الماضي.", "نيسان", true],
    ["وقع الهجوم في أبريل/نيسان الماضي.", "نيسان", true],
    ["انتهت المهلة في شهر تموز.", "تموز", true],
    ["أعلنت نيسان عن سيارة جديدة.", "نيسان", false],
  ];
  for (const [text, word, expected] of cases) {
    const { tokens, mention } = mentionIn(text, word, word);
    assert.equal(isMonthOfDate(tokens, mention, isMonth), expected, text);
  }
});

test("the stage keeps no month of a date as an entity and no mention with an odd quotation mark", () => {
  const text =
    'وقال رئيس حزب "العدالة والبناء" سامي الحداد إن الحزب سيشارك في انتخابات 15 نيسان/أبريل 2019، ' +
    'وذكرت صحيفة "الشرق الجديد" أن الوزير زار عمان في أيار/مايو.';
  const tokens = tokenize(text, resources.clitics);
  const entities = findEntities(text, splitSentences(text), tokens, resources.entities, {
    isMonthName: isMonth,
  });
  for (const entity of entities)
    for (const mention of entity.mentions) {
      assert.ok(!["نيسان", "أيار", "أبريل", "مايو"].includes(mention.text), `${mention.text} is a month`);
      const marks = [...mention.text].filter((char) => '"«»“”'.includes(char)).length;
      assert.equal(marks % 2, 0, `${mention.text} holds its quotation marks in pairs`);
    }
});

test("a name tagged with the complementiser before it starts after it; آن and إن بي سي are names", () => {
  const text = "وقال الوزير إن محمد بن راشد سيزور المدينة.";
  const { tokens, mention } = mentionIn(text, "إن", "راشد");
  assert.equal(surfaceOf(text, withoutComplementiser(tokens, mention)), "محمد بن راشد");
  const anne = "وقالت آن باترسون إن الزيارة مهمة.";
  const named = mentionIn(anne, "آن", "باترسون");
  assert.equal(withoutComplementiser(named.tokens, named.mention), named.mention);
  const acronym = "وبثت شبكة إن بي سي المقابلة.";
  const network = mentionIn(acronym, "إن", "سي");
  assert.equal(withoutComplementiser(network.tokens, network.mention), network.mention);
});

test("a complementiser inside a mention ends it, unless it spells the letter N", () => {
  const text = "وقالت وزارة الصحة إن حماس تدير المستشفى.";
  const { tokens, mention } = mentionIn(text, "وزارة", "حماس");
  assert.equal(surfaceOf(text, withoutComplementiser(tokens, mention)), "وزارة الصحة");
  const bbc = "وقالت بي بي سي أن المراسل غادر.";
  const told = mentionIn(bbc, "بي", "المراسل");
  assert.equal(surfaceOf(bbc, withoutComplementiser(told.tokens, told.mention)), "بي بي سي");
  const cnn = "وذكرت شبكة سي إن إن CNN الخبر.";
  const network = mentionIn(cnn, "شبكة", "CNN");
  assert.equal(withoutComplementiser(network.tokens, network.mention), network.mention);
});

test("a lone preposition or a rule of dashes names nothing; محمد علي does", () => {
  const rule = mentionIn("انتهى المقال. ------------ تابعونا", "-", "-");
  assert.equal(namesNothing(rule.tokens, rule.mention), true);
  const preposition = mentionIn("وحصل على الجائزة.", "على", "على");
  assert.equal(namesNothing(preposition.tokens, preposition.mention), true);
  const person = mentionIn("وقال محمد على إن الحكومة سترد.", "محمد", "على");
  assert.equal(namesNothing(person.tokens, person.mention), false);
});

test("على is no person in a document that names محمد علي", () => {
  const text = "وصل محمد علي إلى القاهرة. وأكد علي أن الاتفاق قائم، وحصل الوفد على موافقة الحكومة.";
  const surfaces = surfacesOf(text);
  assert.ok(!surfaces.includes("على"), surfaces.join(" | "));
});

test("a one-word alias that is a verb form is an organisation only set apart, or where tagged", () => {
  const text = 'وقررت النيابة فتح تحقيق في الحادث، وقالت وكالة الأنباء (واس) إن "فتح" رحبت بالقرار.';
  const tokens = tokenize(text, resources.clitics);
  const at = (surface: string) => tokens.findIndex((token) => token.text === surface);
  assert.equal(isSetApart(tokens, at("واس")), true);
  assert.equal(isSetApart(tokens, at("فتح")), false);
  const entities = findEntities(text, splitSentences(text), tokens, resources.entities, {
    isVerbForm: (token) => isVerbForm(resources.clitics, token),
  });
  const opened = tokens[at("فتح")]!;
  const named = entities.flatMap((entity) => entity.mentions.map((mention) => mention.start));
  assert.ok(!named.includes(opened.start), "فتح تحقيق opens an investigation");
});

test("a one-word name with the article is not found without it (قاعدة is a base)", () => {
  const text = "واستهدف القصف قاعدة جوية قرب المدينة، فيما تبنى تنظيم القاعدة هجوما آخر.";
  const surfaces = surfacesOf(text);
  assert.ok(!surfaces.includes("قاعدة"), surfaces.join(" | "));
});

test("an adjective that is a country's name with the article added names no place (الوضع المالي)", () => {
  const text = "تحسن الوضع المالي للشركة، وزار الوزير مالي الأسبوع الماضي، ودعمت الحكومة السورية القرار.";
  const surfaces = surfacesOf(text);
  assert.ok(!surfaces.includes("المالي"), surfaces.join(" | "));
  assert.ok(!surfaces.includes("السورية"), surfaces.join(" | "));
});

test("a listed name may go on with a number (فرانس 24), glued or apart", () => {
  const surfaces = surfacesOf("قال الوزير في حوار مع فرانس24 إن الوضع مستقر، وتابعوا البث على فرانس 24.");
  assert.ok(surfaces.includes("فرانس24"), surfaces.join(" | "));
  assert.ok(surfaces.includes("فرانس 24"), surfaces.join(" | "));
});

test("a name ends before a preposition written apart with its tatweel or a lone symbol, not before a letter", () => {
  const text = 'وقالت ماري لـ"الصحيفة" إن الوضع صعب.';
  const apart = mentionIn(text, "ماري", "لـ");
  assert.equal(surfaceOf(text, withoutLoneLetter(apart.tokens, apart.mention)), "ماري");
  const tagged = "وقال سمير # إن الوضع صعب.";
  const symbol = mentionIn(tagged, "سمير", "#");
  assert.equal(surfaceOf(tagged, withoutLoneLetter(symbol.tokens, symbol.mention)), "سمير");
  const letters = "بحسب وكالة د ب أ للأنباء.";
  const agency = mentionIn(letters, "وكالة", "أ");
  assert.equal(withoutLoneLetter(agency.tokens, agency.mention), agency.mention);
});
