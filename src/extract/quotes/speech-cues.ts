/**
 * The speech-cues lexicon (data/lexicons/speech-cues/speech-cues.tsv) compiled for look-ups by token
 * match key: reporting verbs, participles, attribution words and the function words read around
 * them. The proclitics و (wa) and ف (fa) are compiled in as variants of each form, so a token is
 * looked up with one Map access (وقال، فإن، وبحسب) and no string slicing.
 */
import { MarsadError, type Token } from "../../doc/index.js";
import { matchKey } from "../../text/index.js";

/** What a word does around a report; see data/lexicons/speech-cues/SOURCE.md. */
export type CueClass =
  | "verb"
  | "participle"
  | "impersonal"
  | "transmit"
  | "said-noun"
  | "self-noun"
  | "according"
  | "according-head"
  | "complementizer"
  | "blocker"
  | "conjunction"
  | "adverb"
  | "aux"
  | "relative"
  | "preposition"
  | "setting"
  | "title"
  | "source-in"
  | "accuse"
  | "naming"
  | "name-noun"
  | "aside"
  | "narrator"
  | "name-head"
  | "content-noun"
  | "blame"
  | "belief"
  | "continue"
  | "intransitive"
  | "document"
  | "charge";

/**
 * Each class's bit in `CueWord.classes`. An object literal, not a Map: callers name the class with
 * a literal (isA(…, "verb")), and once inlined the optimizer reads such a property as a constant,
 * where a Map look-up hashes the name on every call (isA and hasClass run for most words).
 */
const CLASS_BITS: Readonly<Record<CueClass, number>> = {
  verb: 1 << 0,
  participle: 1 << 1,
  impersonal: 1 << 2,
  transmit: 1 << 3,
  "said-noun": 1 << 4,
  "self-noun": 1 << 5,
  according: 1 << 6,
  "according-head": 1 << 7,
  complementizer: 1 << 8,
  blocker: 1 << 9,
  conjunction: 1 << 10,
  adverb: 1 << 11,
  aux: 1 << 12,
  relative: 1 << 13,
  preposition: 1 << 14,
  setting: 1 << 15,
  title: 1 << 16,
  "source-in": 1 << 17,
  accuse: 1 << 18,
  naming: 1 << 19,
  "name-noun": 1 << 20,
  aside: 1 << 21,
  narrator: 1 << 22,
  "name-head": 1 << 23,
  "content-noun": 1 << 24,
  blame: 1 << 25,
  belief: 1 << 26,
  continue: 1 << 27,
  intransitive: 1 << 28,
  document: 1 << 29,
  charge: 1 << 30,
};

const CLASSES: ReadonlySet<string> = new Set(Object.keys(CLASS_BITS));
/** The lexicon's class for a form that is no cue word at all (a name spelt like a clitic and a cue). */
const NONE = "none";

/**
 * `say`: reports only with a complementizer, a quote mark or a colon; `object`: also a noun
 * complement; `name`: only a quoted fragment it names (أطلقوا عليه اسم "…"، لقبوه بـ"…");
 * `stance`: as `say`, and also a quoted fragment of any length in its clause, the speaker's words
 * (رفضت بغضب "التهديدات"، أعرب عن شعوره "بالخزي"، استنكر "ترويج صور مفبركة").
 */
export type CueFrame = "say" | "object" | "name" | "stance";

/**
 * Grammatical gender a reporting form demands of its subject: `f` for قالت، تقول، مضيفة, `m` for
 * قال، يقول، مضيفا, `p` for a plural form (قالوا، يقولون، مضيفين), null when the form does not say.
 */
export type CueGender = "m" | "f" | "p" | null;

/** The classes of one form, as bits (`classBit`), with the frame of its cue class. */
export interface CueWord {
  readonly classes: number;
  readonly frame: CueFrame;
  readonly gender: CueGender;
  /** Letters of a compiled proclitic (و ف) before the form in the token; 0 for the form itself. */
  readonly prefix: number;
  /**
   * The preposition that introduces an object verb's content (دعا X إلى Y، اتهم X بـY، حذر من Y),
   * as a match key; null when the content follows the verb or its subject directly.
   */
  readonly prep: string | null;
  /** A second preposition its content may follow, from a second lexicon line (أفاد بـ، أفاد عن). */
  readonly alsoPrep: string | null;
  /**
   * The form begins with a hamzat al-wasl (اعتقد، اتهم): written with أ instead it is the first
   * person of the imperfect (أعتقد "I think"), the quoted speaker's own words, not a report.
   */
  readonly wasl: boolean;
}

export interface SpeechCues {
  readonly name: string;
  readonly version: string;
  readonly size: number;
  readonly words: ReadonlyMap<string, CueWord>;
}

/** The bit of a class in `CueWord.classes`. */
export function classBit(cueClass: CueClass): number {
  return CLASS_BITS[cueClass];
}

/** True when the word (possibly undefined) has the class. */
export function hasClass(word: CueWord | undefined, cueClass: CueClass): boolean {
  return word !== undefined && (word.classes & classBit(cueClass)) !== 0;
}

/** Classes that open a report; the others only help read one. */
export const CUE_CLASSES: number =
  classBit("verb") |
  classBit("participle") |
  classBit("impersonal") |
  classBit("transmit") |
  classBit("said-noun") |
  classBit("according") |
  classBit("charge");

const PREFIXES = ["و", "ف"];
const SETTING = classBit("setting");
/** Forms this short get no proclitic variants: ول or وب would be too easily misread. */
const SHORTEST_PREFIXED = 1;

function fail(message: string): never {
  throw new MarsadError("input.format", "data/lexicons/speech-cues/speech-cues.tsv", message);
}

/**
 * Compiles the text of data/lexicons/speech-cues/speech-cues.tsv (header line, then
 * `form	class[	frame[	preposition]]`).
 */
export function parseSpeechCues(data: string): SpeechCues {
  const lines = data.split("\n");
  const header = lines[0] ?? "";
  const name = /\bname=(\S+)/.exec(header)?.[1];
  const version = /\bversion=(\S+)/.exec(header)?.[1];
  if (!header.startsWith("#") || name === undefined || version === undefined) {
    fail("the speech-cues lexicon has no `# name=… version=…` header");
  }
  const own = new Map<
    string,
    { classes: number; frame: CueFrame; prep: string | null; alsoPrep: string | null; wasl: boolean }
  >();
  const hamzated = new Set<string>();
  let size = 0;
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === "") continue;
    const [form, cueClass, frame, prep] = line.split("\t");
    // `none`: a form of its own that is no cue, so no prefixed reading is compiled for it (فورد is
    // Ford, not ف + ورد).
    if (form === undefined || cueClass === undefined || !(CLASSES.has(cueClass) || cueClass === NONE)) {
      fail(`line ${n + 1} of the speech-cues lexicon is not \`form	class[	frame]\` with a known class`);
    }
    if (
      frame !== undefined &&
      frame !== "say" &&
      frame !== "object" &&
      frame !== "name" &&
      frame !== "stance"
    ) {
      fail(
        `line ${n + 1} of the speech-cues lexicon has the frame "${frame}"; use say, object, name or stance`,
      );
    }
    const key = matchKey(form);
    const entry = own.get(key) ?? {
      classes: 0,
      frame: "say" as CueFrame,
      prep: null,
      alsoPrep: null,
      wasl: false,
    };
    if (form.startsWith("ا")) entry.wasl = true;
    if (form.startsWith("أ")) hamzated.add(key);
    if (cueClass !== NONE) entry.classes |= classBit(cueClass as CueClass);
    if (frame === "object" || frame === "name" || frame === "stance") entry.frame = frame;
    if (prep !== undefined && prep !== "") {
      // The first line's preposition is the form's; a second one is an alternative.
      const folded = matchKey(prep);
      if (entry.prep === null || entry.prep === folded) entry.prep = folded;
      else entry.alsoPrep = folded;
    }
    own.set(key, entry);
    size++;
  }
  // اضاف is a spelling of أضاف, not a form with wasl.
  for (const key of hamzated) {
    const entry = own.get(key);
    if (entry !== undefined) entry.wasl = false;
  }
  const words = new Map<string, CueWord>();
  for (const [key, entry] of own) {
    if (key.length <= SHORTEST_PREFIXED) continue;
    const gender = genderOf(key, own);
    for (const prefix of PREFIXES) {
      // A form of its own wins over a prefixed reading (وصف is a verb, not و + صف).
      if (!own.has(prefix + key)) words.set(prefix + key, { ...entry, gender, prefix: prefix.length });
    }
  }
  // لبيان، بتصريح: an occasion noun after the preposition ل or ب keeps its setting reading (the
  // clitic segmenter leaves such words whole); compiled here so a token still costs one look-up.
  for (const [key, entry] of own) {
    if ((entry.classes & SETTING) === 0) continue;
    for (const preposition of ["ل", "ب"]) {
      const form = preposition + key;
      if (!own.has(form)) words.set(form, { ...entry, classes: SETTING, gender: null, prefix: 0 });
    }
  }
  for (const [key, entry] of own) words.set(key, { ...entry, gender: genderOf(key, own), prefix: 0 });
  return { name: name!, version: version!, size, words };
}

const SPEAKING = classBit("verb") | classBit("participle") | classBit("transmit");

/**
 * The gender a reporting form agrees with, read from its paradigm in the lexicon rather than from
 * its letters alone: قالت is feminine because قال is listed, تقول because يقول is, مضيفة because
 * مضيفا is; قال and يقول are masculine because قالت and تقول are. Plural endings (ـوا، ـون، ـين) are
 * plural; دعت is feminine because دعا is (the long vowel drops before ـت). A form whose partner is
 * missing (تبين: perfect or imperfect?) says nothing.
 */
function genderOf(key: string, own: ReadonlyMap<string, { classes: number }>): CueGender {
  const entry = own.get(key);
  if (entry === undefined || (entry.classes & SPEAKING) === 0) return null;
  const listed = (form: string) => ((own.get(form)?.classes ?? 0) & SPEAKING) !== 0;
  if (key.endsWith("وا") || key.endsWith("ون") || key.endsWith("ين")) return "p";
  const stem = key.slice(0, -1);
  const rest = key.slice(1);
  // دعت، نفت، أبدت: a verb ending in a long vowel drops it before ـت.
  if (key.endsWith("ت") && (listed(stem) || listed(stem + "ا") || listed(stem + "ي"))) return "f";
  if (key.startsWith("ت") && listed("ي" + rest)) return "f";
  if (key.endsWith("ه") && listed(stem + "ا")) return "f";
  if (listed(key + "ت") || ((key.endsWith("ا") || key.endsWith("ي")) && listed(stem + "ت"))) return "m";
  if (key.startsWith("ي") && listed("ت" + rest)) return "m";
  if (key.endsWith("ا") && listed(stem + "ه")) return "m";
  return null;
}

/** The lexicon entry of a token, or undefined. */
export function cueWordOf(token: Token, cues: SpeechCues): CueWord | undefined {
  return token.kind === "word" ? cues.words.get(token.key) : undefined;
}
