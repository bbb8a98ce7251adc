import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entity, EntityType, TimeExpression } from "../../doc/index.js";
import { splitSentences, tokenize } from "../../text/index.js";
import { eventArguments } from "./event-arguments.js";
import { findTriggers, sentenceTokenRanges, stemKey } from "./find-triggers.js";
import { mentionRefs } from "./mention-refs.js";
import { resources } from "./test-support.js";

/** Entities from named surfaces (each surface's first occurrence), so cases do not depend on the tagger. */
function entitiesOf(text: string, names: readonly [string, EntityType][]): Entity[] {
  return names.map(([name, type]) => {
    const start = text.indexOf(name);
    assert.ok(start >= 0, `${name} is in the text`);
    return { id: name, type, name, latin: "", mentions: [{ start, end: start + name.length, text: name }] };
  });
}

function argumentsOf(text: string, names: readonly [string, EntityType][], times: TimeExpression[] = []) {
  const tokens = tokenize(text, resources.clitics);
  const keys = tokens.map(stemKey);
  const [sentence] = splitSentences(text);
  assert.ok(sentence);
  const [range] = sentenceTokenRanges(tokens, [sentence]);
  const [trigger] = findTriggers(text, tokens, keys, sentence, range![0], range![1], resources.events);
  assert.ok(trigger, `a trigger in ${text}`);
  const mentions = mentionRefs(entitiesOf(text, names), tokens);
  return eventArguments(trigger, tokens, keys, mentions, times, resources.events);
}

const CASES: readonly {
  name: string;
  text: string;
  names: [string, EntityType][];
  actors: string[];
  targets: string[];
  place: string | null;
}[] = [
  {
    name: "takes the entity after a verb as actor and the next as target (VSO)",
    text: "قصف الجيش مواقع داعش في الرقة.",
    names: [
      ["الجيش", "ORG"],
      ["داعش", "ORG"],
      ["الرقة", "LOC"],
    ],
    actors: ["الجيش"],
    targets: ["داعش"],
    place: "الرقة",
  },
  {
    name: "takes the entity before a verb as actor when none follows (SVO)",
    text: "قالت الشرطة إن الحوثيين هاجموا ناقلة نفط.",
    names: [["الحوثيين", "ORG"]],
    actors: ["الحوثيين"],
    targets: [],
    place: null,
  },
  {
    name: "takes the possessor of مقتل as target and على يد as agent",
    text: "أعلن مقتل البغدادي على يد التحالف.",
    names: [
      ["البغدادي", "PER"],
      ["التحالف", "ORG"],
    ],
    actors: ["التحالف"],
    targets: ["البغدادي"],
    place: null,
  },
  {
    name: "takes the possessor of غارات as actor and على as target mark",
    text: "تواصلت غارات التحالف على الحوثيين في صعدة.",
    names: [
      ["التحالف", "ORG"],
      ["الحوثيين", "ORG"],
      ["صعدة", "LOC"],
    ],
    actors: ["التحالف"],
    targets: ["الحوثيين"],
    place: "صعدة",
  },
  {
    name: "takes coordinated entities as actors (X وY وZ)",
    text: "قطعت السعودية والإمارات والبحرين العلاقات مع قطر.",
    names: [
      ["السعودية", "LOC"],
      ["الإمارات", "LOC"],
      ["البحرين", "LOC"],
      ["قطر", "LOC"],
    ],
    actors: ["السعودية", "الإمارات", "البحرين"],
    targets: ["قطر"],
    place: null,
  },
  {
    name: "reads a place from بـ attached to the name",
    text: "اعتقلت الشرطة ناشطا بطهران.",
    names: [
      ["الشرطة", "ORG"],
      ["طهران", "LOC"],
    ],
    actors: ["الشرطة"],
    targets: [],
    place: "طهران",
  },
];

for (const { name, text, names, actors, targets, place } of CASES) {
  test(name, () => {
    const found = argumentsOf(text, names);
    assert.deepEqual(found.actors, actors);
    assert.deepEqual(found.targets, targets);
    assert.equal(found.place, place);
  });
}

test("dates the event with the nearest date, not a duration", () => {
  const text = "قتل المسلحون جنديا الجمعة بعد حصار دام ثلاثة أيام.";
  const friday = text.indexOf("الجمعة");
  const days = text.indexOf("ثلاثة");
  const times: TimeExpression[] = [
    { start: friday, end: friday + 6, text: "الجمعة", type: "DATE", value: "2018-05-04" },
    { start: days, end: days + 10, text: text.slice(days, days + 10), type: "DURATION", value: "P3D" },
  ];
  assert.equal(argumentsOf(text, [], times).time, "2018-05-04");
});

test("prefers a date in the trigger's own clause over a closer one before فيما", () => {
  const text = "سيطر المسلحون على المدينة في 2014 فيما اعتقلت الشرطة قائدهم عام 2019.";
  const early = text.indexOf("2014");
  const late = text.indexOf("عام 2019");
  const times: TimeExpression[] = [
    { start: early, end: early + 4, text: "2014", type: "DATE", value: "2014" },
    { start: late, end: late + 8, text: "عام 2019", type: "DATE", value: "2019" },
  ];
  const tokens = tokenize(text, resources.clitics);
  const keys = tokens.map(stemKey);
  const [sentence] = splitSentences(text);
  const [range] = sentenceTokenRanges(tokens, [sentence!]);
  const triggers = findTriggers(text, tokens, keys, sentence!, range![0], range![1], resources.events);
  const arrest = triggers.find((trigger) => text.slice(trigger.start, trigger.end) === "اعتقلت");
  assert.ok(arrest, "اعتقلت is a trigger");
  assert.equal(eventArguments(arrest, tokens, keys, [], times, resources.events).time, "2019");
});

test("after أن the noun before the verb is its subject and the name after it its object", () => {
  const found = argumentsOf("أكد المحامي أن المحكمة أدانت الوزير.", [
    ["المحكمة", "ORG"],
    ["الوزير", "PER"],
  ]);
  assert.deepEqual(found.actors, ["المحكمة"]);
  assert.deepEqual(found.targets, ["الوزير"]);
});

test("a place after إلى is where, not whom (a visit)", () => {
  const found = argumentsOf("وصل الوزير إلى عمان مساء.", [
    ["الوزير", "PER"],
    ["عمان", "LOC"],
  ]);
  assert.deepEqual(found.actors, ["الوزير"]);
  assert.deepEqual(found.targets, []);
  assert.equal(found.place, "عمان");
});

test("a name inside a time expression is no participant", () => {
  const text = "هاجم مسلحون القرية الخميس.";
  const at = text.indexOf("الخميس");
  const times: TimeExpression[] = [
    { start: at, end: at + 6, text: "الخميس", type: "DATE", value: "2018-05-03" },
  ];
  const found = argumentsOf(text, [["الخميس", "ORG"]], times);
  assert.deepEqual(found.actors, []);
  assert.deepEqual(found.targets, []);
});
