import { test } from "node:test";
import assert from "node:assert/strict";
import type { Entity, EntityType } from "../../doc/index.js";
import { loadResources } from "../../node/resources.js";
import { tokenize } from "../../text/index.js";
import { lookUpWords } from "./find-cues.js";
import { isObjectMention, pronounAntecedent } from "./pronoun-antecedent.js";
import { buildReading, type Reading } from "./reading.js";
import type { CueGender } from "./speech-cues.js";

const resources = loadResources();

function read(text: string, names: readonly [string, EntityType][] = []): Reading {
  const tokens = tokenize(text, resources.clitics);
  const entities: Entity[] = names.map(([name, type]) => {
    const start = text.indexOf(name);
    return { id: name, type, name, latin: name, mentions: [{ start, end: start + name.length, text: name }] };
  });
  return buildReading(text, tokens, lookUpWords(tokens, resources.speechCues), entities);
}

function antecedent(text: string, cue: string, gender: CueGender, names: [string, EntityType][] = []) {
  const reading = read(text, names);
  const i = reading.tokens.findIndex((token) => token.text === cue);
  const found = pronounAntecedent(reading, 0, i, gender);
  return found === null ? null : reading.text.slice(found.start, found.end);
}

test("ولكنها قالت takes the woman after an earlier كانت in the sentence", () => {
  const text = "دخل سامي المبنى بينما كانت زوجته الفرنسية تنتظر في الخارج، ولكنها قالت إنها لم تره.";
  assert.equal(antecedent(text, "قالت", "f", [["سامي", "PER"]]), "زوجته الفرنسية");
});

test("a masculine pronoun or verb, or no earlier كانت, leaves the speaker to be carried", () => {
  const text = "دخل سامي المبنى بينما كان أخوه ينتظر في الخارج، ولكنه قال إنه لم يره.";
  assert.equal(antecedent(text, "قال", "m", [["سامي", "PER"]]), null);
  const none = "دخل سامي المبنى وانتظرت زوجته في الخارج، ولكنها قالت إنها لم تره.";
  assert.equal(antecedent(none, "قالت", "f", [["سامي", "PER"]]), null);
});

test("a person after a ب/ل word near the sentence start is an object, not after a comma or a cue", () => {
  const index = (reading: Reading, word: string) => reading.tokens.findIndex((token) => token.text === word);
  const object = read("والتقت الوزيرة بنظيرها الروسي سيرغي لافروف في موسكو.");
  assert.equal(isObjectMention(object, 0, index(object, "سيرغي")), true);
  const comma = read("وفي أول تعليق له، قال سامي إن الأمر انتهى.");
  assert.equal(isObjectMention(comma, 0, index(comma, "سامي")), false);
  const cue = read("وفي تصريح للصحفيين قال سامي إن الأمر انتهى.");
  assert.equal(isObjectMention(cue, 0, index(cue, "سامي")), false);
  const subject = read("ووصل سامي إلى المدينة أمس.");
  assert.equal(isObjectMention(subject, 0, index(subject, "سامي")), false);
});
