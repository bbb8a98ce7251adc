import { test } from "node:test";
import assert from "node:assert/strict";
import { MarsadError } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import { hasClass, parseSpeechCues } from "./speech-cues.js";

const HEADER = "# name=speech-cues version=9.9.9 licence=CC0-1.0 source=test";

const lexicon = parseSpeechCues(
  [
    HEADER,
    "أضاف\tverb\tsay",
    "أكد\tverb\tobject",
    "رفض\tverb\tstance",
    "بحسب\taccording",
    "في\tpreposition",
    "وصف\tverb\tobject",
    "ورد\tverb\tsay",
    "فورد\tnone",
  ].join("\n"),
);

const cases: { name: string; word: string; cueClass: Parameters<typeof hasClass>[1]; prefix?: number }[] = [
  { name: "finds a verb by its folded key (أضاف → اضاف)", word: "اضاف", cueClass: "verb", prefix: 0 },
  { name: "compiles و as a proclitic variant (وأضاف)", word: "وأضاف", cueClass: "verb", prefix: 1 },
  { name: "compiles ف as a proclitic variant (فأكد)", word: "فأكد", cueClass: "verb", prefix: 1 },
  { name: "reads وبحسب as بحسب with و", word: "وبحسب", cueClass: "according", prefix: 1 },
  { name: "gives the two-letter في its و variant", word: "وفي", cueClass: "preposition", prefix: 1 },
  { name: "keeps وصف a verb of its own, not و + صف", word: "وصف", cueClass: "verb", prefix: 0 },
];

for (const { name, word, cueClass, prefix } of cases) {
  test(name, () => {
    const entry = lexicon.words.get(matchKey(word));
    assert.ok(hasClass(entry, cueClass));
    if (prefix !== undefined) assert.equal(entry?.prefix, prefix);
  });
}

test("a form of class none is no cue and blocks the prefixed reading (فورد is not ف + ورد)", () => {
  assert.equal(lexicon.words.get(matchKey("فورد"))?.classes, 0);
  assert.ok(hasClass(lexicon.words.get(matchKey("وورد")), "verb"));
});

test("records the frame of object verbs and verbs of stance", () => {
  assert.equal(lexicon.words.get(matchKey("أكد"))?.frame, "object");
  assert.equal(lexicon.words.get(matchKey("رفض"))?.frame, "stance");
  assert.equal(lexicon.words.get(matchKey("أضاف"))?.frame, "say");
});

test("reads the name and version from the header", () => {
  assert.equal(lexicon.name, "speech-cues");
  assert.equal(lexicon.version, "9.9.9");
  assert.equal(lexicon.size, 8);
});

test("refuses a lexicon without a header, an unknown class or frame", () => {
  assert.throws(() => parseSpeechCues("قال\tverb\tsay"), MarsadError);
  assert.throws(() => parseSpeechCues(`${HEADER}\nقال\tnoun`), MarsadError);
  assert.throws(() => parseSpeechCues(`${HEADER}\nقال\tverb\tshout`), MarsadError);
});

test("reads the preposition column, the name frame and ل/ب forms of setting nouns", () => {
  const more = parseSpeechCues(
    [HEADER, "أطلق\tverb\tname", "بيان\tsetting", "دعا\tverb\tobject\tإلى", "قال\tverb\tsay"].join("\n"),
  );
  assert.equal(more.words.get(matchKey("دعا"))?.prep, matchKey("إلى"));
  assert.equal(more.words.get(matchKey("قال"))?.prep, null);
  assert.equal(more.words.get(matchKey("أطلق"))?.frame, "name");
  assert.ok(hasClass(more.words.get(matchKey("لبيان")), "setting"));
  assert.ok(hasClass(more.words.get(matchKey("ببيان")), "setting"));
  assert.equal(more.words.get(matchKey("لقال")), undefined);
});

test("marks a form listed with a bare alif, and not with hamza, as hamzat al-wasl", () => {
  const more = parseSpeechCues([HEADER, "أضاف\tverb\tsay", "اضاف\tverb\tsay", "اعتقد\tverb\tsay"].join("\n"));
  assert.equal(more.words.get(matchKey("اعتقد"))?.wasl, true);
  assert.equal(more.words.get(matchKey("أضاف"))?.wasl, false);
});

test("reads the gender of a verb whose long vowel drops before ـت from its paradigm (دعت، نفت; quotes@22)", () => {
  const cues = parseSpeechCues(
    [
      HEADER,
      "دعا\tverb\tobject\tإلى",
      "دعت\tverb\tobject\tإلى",
      "نفى\tverb\tobject",
      "نفت\tverb\tobject",
    ].join("\n"),
  );
  const genderOf = (word: string) => cues.words.get(matchKey(word))?.gender;
  assert.deepEqual(["دعت", "ودعت", "نفت", "دعا", "نفى"].map(genderOf), ["f", "f", "f", "m", "m"]);
});
