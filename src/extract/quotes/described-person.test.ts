import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entity, EntityType } from "../../doc/index.js";
import { loadResources } from "../../node/resources.js";
import { tokenize } from "../../text/index.js";
import { describedPerson } from "./described-person.js";
import { lookUpWords } from "./find-cues.js";
import { subjectAfter } from "./find-speaker.js";
import { buildReading, type Reading } from "./reading.js";

const resources = loadResources();

/** A reading with hand-written entities, each name found at every occurrence. */
function read(text: string, names: readonly [string, EntityType][]): Reading {
  const tokens = tokenize(text, resources.clitics);
  const entities: Entity[] = names.map(([name, type]) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      mentions.push({ start: at, end: at + name.length, text: name });
    assert.ok(mentions.length > 0, `${name} is in the text`);
    return { id: name, type, name, latin: name, mentions };
  });
  return buildReading(text, tokens, lookUpWords(tokens, resources.speechCues), entities);
}

/** The person describedPerson gives for the subject read after the cue word. */
function personAfter(reading: Reading, cue: string): string | null {
  const i = reading.tokens.findIndex((token) => token.text === cue);
  const found = subjectAfter(reading, i + 1, reading.tokens.length);
  assert.ok(found !== null && found.entity === null, "the subject is a phrase naming no entity");
  return describedPerson(reading, found)?.entity?.id ?? null;
}

test("a description is the person it introduced earlier", () => {
  const text =
    "بث التلفزيون خطابا للرئيس الراحل علي صالح قبل مقتله. ووجه الرئيس اليمني الراحل انتقادات للحوثيين.";
  assert.equal(personAfter(read(text, [["علي صالح", "PER"]]), "ووجه"), "علي صالح");
});

test("a description sharing only its title word with an earlier one is not linked", () => {
  const text = "بث التلفزيون خطابا للرئيس الراحل علي صالح قبل مقتله. وقال الرئيس الأمريكي إن الحرب ستنتهي.";
  assert.equal(personAfter(read(text, [["علي صالح", "PER"]]), "وقال"), null);
});

test("a description whose words stand apart from the name is not linked", () => {
  const text = "التقى الرئيس الراحل في القصر، ثم وصل علي صالح. وقال الرئيس الراحل إن الحرب ستنتهي.";
  assert.equal(personAfter(read(text, [["علي صالح", "PER"]]), "وقال"), null);
});

test("a name between a description and a colon is the speaker", () => {
  const text = 'وقال قاضي المنصة كيم سي يون: "المتهمة مسؤولة عن جرائمها".';
  assert.equal(personAfter(read(text, [["كيم سي يون", "PER"]]), "وقال"), "كيم سي يون");
});

test("a name after a description and before other words may be the object", () => {
  const text = "وانتقد وزير الخارجية الإسرائيلي بوتين في كلمة أمام البرلمان.";
  const reading = read(text, [["بوتين", "PER"]]);
  const head = reading.tokens.findIndex((token) => token.text === "وزير");
  const name = reading.tokens.findIndex((token) => token.text === "بوتين");
  const phrase = {
    entity: null,
    start: reading.tokens[head]!.start,
    end: reading.tokens[name - 1]!.end,
    next: name,
  };
  assert.equal(describedPerson(reading, phrase), null);
});
