/**
 * @module text
 * The Arabic text core: match keys, sentences, tokens with clitic segments. Pure; runs in a browser.
 */
import type { Span, Stage, Token } from "../doc/index.js";
import type { Resources } from "../resources/index.js";
import { splitSentences } from "./split-sentences.js";
import { tokenize } from "./tokenize.js";

export { matchKey, isFolded } from "./normalize.js";
export { splitSentences } from "./split-sentences.js";
export { tokenize } from "./tokenize.js";
export { segmentWord, parseCliticLexicon, type CliticLexicon, type WordSegment } from "./segment-clitics.js";
export { isCommonWord, isVerbForm } from "./clitic-lexicon.js";
export { stemSegment } from "./stem.js";
export { LETTER_NAMES, isLetterName } from "./letter-names.js";

export const sentencesStage: Stage<never, "sentences", Resources> = {
  id: "sentences@1",
  needs: [],
  gives: "sentences",
  run: (doc): readonly Span[] => splitSentences(doc.text),
};

export const tokensStage: Stage<never, "tokens", Resources> = {
  id: "tokens@3",
  needs: [],
  gives: "tokens",
  run: (doc, ctx): readonly Token[] => tokenize(doc.text, ctx.resources.clitics),
};
