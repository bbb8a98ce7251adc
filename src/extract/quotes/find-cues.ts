import type { Mention, Token } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";
import {
  classBit,
  CUE_CLASSES,
  hasClass,
  type CueFrame,
  type CueGender,
  type CueWord,
  type SpeechCues,
} from "./speech-cues.js";
import { reportsNothing } from "./non-reporting-idioms.js";

/**
 * How a cue attributes speech:
 * - `verb`: a finite reporting verb (قال، أوضح), its subject before or after it;
 * - `participle`: continues the main clause's report (مضيفا أن، قائلا:);
 * - `impersonal`: no speaker stated (يُعتقد أن);
 * - `transmit`: نقل … عن فلان, the source after عن;
 * - `said-noun`: قوله as a cue (نقلت عنه قوله إن);
 * - `according`: بحسب/وفقا لـ/نقلا عن + source, the statement around it;
 * - `self`: حسب قوله, على حد تعبيره: the quote's own speaker, ending the quote.
 */
export type CueRole = "verb" | "participle" | "impersonal" | "transmit" | "said-noun" | "according" | "self";

export interface Cue {
  readonly role: CueRole;
  readonly frame: CueFrame;
  /** Token index of the cue's first and last (inclusive) token. */
  readonly first: number;
  readonly last: number;
  /** The cue's text, without a leading proclitic و or ف. */
  readonly span: Mention;
  /** The gender the cue's form demands of its subject (قالت: f). */
  readonly gender: CueGender;
}

function roleOf(word: CueWord): CueRole | undefined {
  if (hasClass(word, "according")) return "according";
  if (hasClass(word, "said-noun")) return "said-noun";
  if (hasClass(word, "transmit")) return "transmit";
  if (hasClass(word, "verb")) return "verb";
  if (hasClass(word, "participle")) return "participle";
  if (hasClass(word, "impersonal") || hasClass(word, "charge")) return "impersonal";
  return undefined;
}

/** The match key of من, "from" and "whom". */
const MIN = "من";

/** Keys of the particles that join an attribution word to what follows (حسب ما، وفقا لما، لـ، عن). */
const ATTRIBUTION_JOINERS = new Set(["ما", "لما", "ل", "عن", "لـ"]);

/**
 * The speech cues among tokens [from, to), in order. Multi-word attributions are read as one cue:
 * بحسب ما أفاد (the verb belongs to the attribution), وفقا لـ، نقلا عن، حسب قوله، على حد تعبيره.
 * `words` holds each token's lexicon entry (looked up once per document).
 */
export function findSpeechCues(
  text: string,
  tokens: readonly Token[],
  words: readonly (CueWord | undefined)[],
  from: number,
  to: number,
): Cue[] {
  const found: Cue[] = [];
  for (let i = from; i < to; i++) {
    const word = words[i];
    if (word === undefined) continue;
    const next = i + 1 < to ? words[i + 1] : undefined;
    if (hasClass(word, "according-head") && hasClass(next, "self-noun")) {
      found.push(makeCue(text, tokens, word, "self", "say", i, i + 1));
      i++;
      continue;
    }
    if ((word.classes & CUE_CLASSES) === 0) continue;
    const role = roleOf(word);
    if (role === undefined) continue;
    if (role === "according") {
      if (hasClass(next, "self-noun")) {
        found.push(makeCue(text, tokens, word, "self", "say", i, i + 1));
        i++;
        continue;
      }
      let last = i;
      // حسبما أفاد / بحسب ما أعلن / وفقا لما نقلته: the verb is part of the attribution.
      if (last + 1 < to && ATTRIBUTION_JOINERS.has(tokens[last + 1]!.key)) last++;
      const after = last + 1 < to ? words[last + 1] : undefined;
      // (حسبما نشر في الجريدة الرسمية: a verb of publishing names its document after في.)
      if (
        after !== undefined &&
        (hasClass(after, "verb") || hasClass(after, "transmit") || hasClass(after, "source-in"))
      )
        last++;
      found.push(makeCue(text, tokens, word, "according", "say", i, last));
      i = last;
      continue;
    }
    found.push(makeCue(text, tokens, word, role, word.frame, i, i));
  }
  return found;
}

/**
 * خلال حملته، في زيارته: token `i`, a word with a pronoun and no proclitic right after a bare
 * preposition, is a noun with its possessive ("his campaign"), never a verb with its object (حمّلته).
 * A preposition with a pronoun of its own may end a clause (اقترب منها وهددها), and من is also
 * "whom" (من وصفتهم بـ"…"): after those the word may be a verb.
 */
function isPossessedNoun(
  tokens: readonly Token[],
  words: readonly (CueWord | undefined)[],
  i: number,
): boolean {
  if (i === 0 || tokens[i]!.segments[0]!.kind === "proclitic") return false;
  const before = tokens[i - 1]!;
  return (
    hasClass(words[i - 1], "preposition") && before.key !== MIN && before.segments.at(-1)?.kind !== "enclitic"
  );
}

function makeCue(
  text: string,
  tokens: readonly Token[],
  word: CueWord,
  role: CueRole,
  frame: CueFrame,
  first: number,
  last: number,
): Cue {
  const start = tokens[first]!.start + word.prefix;
  const end = tokens[last]!.end;
  const gender = word.gender;
  return { role, frame, first, last, span: { start, end, text: text.slice(start, end) }, gender };
}

/**
 * Classes a word keeps when read without its pronoun: a verb's (أسمتها is أسمت: verb, naming), a
 * title's (سفيرتها، محاميه: her ambassador, his lawyer, still a title before a name) and a
 * preposition's (خلالها، عبرها: a phrase of one word, never a subject).
 */
const VERB_CLASSES =
  classBit("verb") |
  classBit("participle") |
  classBit("naming") |
  classBit("blame") |
  classBit("title") |
  classBit("preposition");

const TITLE = classBit("title");
const NAME_HEAD = classBit("name-head");

/**
 * نقل or نشر with its pronoun after حسب ما (بحسب ما نقلته عنه الوكالة، وفقا لما نشرته الصحيفة): the
 * verb of the attribution.
 */
const JOINED_CLASSES = VERB_CLASSES | classBit("transmit") | classBit("source-in");

/** The token joins an attribution to its verb: ما، لما after بحسب، وفقا, or حسبما، وفقما written as one word. */
function joinsAttribution(token: Token, word: CueWord | undefined): boolean {
  return ATTRIBUTION_JOINERS.has(token.key) || (hasClass(word, "according") && token.key.endsWith("ما"));
}

/**
 * Each token's lexicon entry, looked up once. A verb with an object pronoun (واتهمتهم، ويطالبونه،
 * وحملهم) is looked up again without it, as the clitic segmenter splits it; only verb and
 * participle readings are taken from that second look-up.
 */
export function lookUpWords(tokens: readonly Token[], cues: SpeechCues): (CueWord | undefined)[] {
  const words = new Array<CueWord | undefined>(tokens.length);
  const lexicon = cues.words;
  const isComplementizer = (next: Token) => hasClass(lexicon.get(next.key), "complementizer");
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // cueWordOf written out: this runs once per token, and the call was not inlined.
    let word = token.kind === "word" ? lexicon.get(token.key) : undefined;
    // أعتقد، أعتبر: the first person of a verb whose own form begins with ا.
    if (word?.wasl === true && token.text.charAt(word.prefix) === "أ") word = undefined;
    if (word !== undefined && reportsNothing(tokens, i, isComplementizer)) word = undefined;
    const last = token.segments[token.segments.length - 1];
    if (
      word === undefined &&
      last !== undefined &&
      last.kind === "enclitic" &&
      token.segments.length > 1 &&
      !isPossessedNoun(tokens, words, i)
    ) {
      // The key folds letter for letter when it is as long as the text (no mark was dropped).
      const length = last.start - token.start;
      const key =
        token.key.length === token.text.length
          ? token.key.slice(0, length)
          : matchKey(token.text.slice(0, length));
      // (سفيرتها: before a pronoun ة is written ت; the lexicon holds the title with ة, folded to ه.
      // Only its title reading is taken: مطالبتها، متابعتي are nouns, not the verbs طالبت، تابعت.)
      const own = lexicon.get(key);
      const feminine =
        own === undefined && key.endsWith("ت") ? lexicon.get(`${key.slice(0, -1)}ه`) : undefined;
      const bare = own ?? feminine;
      if (bare !== undefined) {
        // (نقلها التلفزيون elsewhere relays a speaker named before: not a transmit cue of its own.)
        const kept =
          bare === feminine
            ? TITLE
            : i > 0 && joinsAttribution(tokens[i - 1]!, words[i - 1])
              ? JOINED_CLASSES
              : VERB_CLASSES;
        // (رفضه، إدانته: with a pronoun a verb of stance is mostly its verbal noun, "his refusal".)
        if ((bare.classes & kept) !== 0 && bare.frame !== "stance")
          word = { ...bare, classes: bare.classes & kept };
      }
    }
    // وفقا لصحيفة "الغارديان"، نقلا عن لوكالة: a noun that introduces names keeps that reading after
    // the preposition ل (the lexicon lists the bare noun, and ل + noun is no cue of its own).
    if (word === undefined && token.kind === "word") word = nameHeadAfterLam(token, lexicon);
    words[i] = word;
  }
  return words;
}

/**
 * The name-head reading of the word after a token's ل (لصحيفة → صحيفة), keeping that class only;
 * undefined when the token has no ل, when the article follows it (للصحيفة keeps its own look-up), or
 * when the word is no name head.
 */
function nameHeadAfterLam(token: Token, lexicon: SpeechCues["words"]): CueWord | undefined {
  let stem = -1;
  for (let k = 0; k < token.segments.length; k++) {
    const segment = token.segments[k]!;
    if (segment.kind !== "proclitic") break;
    if (segment.form === "ل") stem = k + 1;
  }
  const rest = stem > 0 ? token.segments[stem] : undefined;
  if (rest === undefined || rest.kind === "article") return undefined;
  // (This runs for every word no cue reads: as in lookUpWords, the key is sliced when it folds letter
  // for letter, and folded again only when a mark was dropped.)
  const at = rest.start - token.start;
  const key = token.key.length === token.text.length ? token.key.slice(at) : matchKey(token.text.slice(at));
  const bare = lexicon.get(key);
  return bare !== undefined && (bare.classes & NAME_HEAD) !== 0 ? { ...bare, classes: NAME_HEAD } : undefined;
}
