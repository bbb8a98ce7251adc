/**
 * One class per UTF-16 unit, looked up in a table built once: the tokenizer and sentence splitter
 * read characters through it instead of regular expressions, which keeps the text core fast.
 */
export const enum CharClass {
  Other = 0,
  Space = 1,
  Newline = 2,
  ArabicLetter = 3,
  /** Diacritics, tatweel and joiners: they belong to the word around them. */
  ArabicMark = 4,
  LatinLetter = 5,
  Digit = 6,
  /** Sentence-final: . ! ? ؟ … (the Arabic semicolon ؛ too, which news uses between sentences). */
  Terminal = 7,
  Punct = 8,
  OpenQuote = 9,
  CloseQuote = 10,
  /** " and ' open and close alike. */
  AmbiguousQuote = 11,
  /** Zero-width and bidi controls: invisible, never a token of their own. */
  Control = 12,
  OtherLetter = 13,
}

export const CHAR_CLASS = buildTable();

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const range = (from: number, to: number, value: CharClass) => table.fill(value, from, to + 1);
  const chars = (list: string, value: CharClass) => {
    for (const char of list) table[char.charCodeAt(0)] = value;
  };
  // Letters of other scripts first, then the specific ranges override them.
  range(0x00c0, 0x024f, CharClass.LatinLetter);
  range(0x0370, 0x052f, CharClass.OtherLetter); // Greek, Cyrillic
  range(0x05d0, 0x05ea, CharClass.OtherLetter); // Hebrew
  range(0x4e00, 0x9fff, CharClass.OtherLetter);
  range(0x41, 0x5a, CharClass.LatinLetter);
  range(0x61, 0x7a, CharClass.LatinLetter);
  table[0xd7] = CharClass.Punct; // ×
  table[0xf7] = CharClass.Punct; // ÷
  range(0x30, 0x39, CharClass.Digit);
  range(0x0660, 0x0669, CharClass.Digit);
  range(0x06f0, 0x06f9, CharClass.Digit);
  range(0x0620, 0x064a, CharClass.ArabicLetter);
  range(0x066e, 0x06d3, CharClass.ArabicLetter);
  table[0x06d5] = CharClass.ArabicLetter;
  range(0x06fa, 0x06ff, CharClass.ArabicLetter);
  range(0x0750, 0x077f, CharClass.ArabicLetter);
  range(0xfb50, 0xfdff, CharClass.ArabicLetter); // presentation forms A
  range(0xfe70, 0xfefc, CharClass.ArabicLetter); // presentation forms B
  range(0x064b, 0x065f, CharClass.ArabicMark);
  table[0x0670] = CharClass.ArabicMark;
  table[0x0640] = CharClass.ArabicMark; // tatweel
  range(0x0610, 0x061a, CharClass.ArabicMark);
  range(0x06d6, 0x06ed, CharClass.ArabicMark);
  table[0x200c] = CharClass.ArabicMark; // ZWNJ and ZWJ shape letters inside a word
  table[0x200d] = CharClass.ArabicMark;
  chars(
    "\t\v\f \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000",
    CharClass.Space,
  );
  chars("\n\r\u0085\u2028\u2029", CharClass.Newline);
  chars(".!?\u061f\u061b\u2026\u06d4", CharClass.Terminal); // . ! ? ؟ ؛ … ۔
  chars(",;:()[]{}-\u060c\u066a\u066b\u066c\u2010\u2011\u2012\u2013\u2014\u2015/\\|*&%", CharClass.Punct);
  chars("\u201c\u00ab\u2039\u2018\u201e\u300c", CharClass.OpenQuote); // “ « ‹ ‘ „
  chars("\u201d\u00bb\u203a\u2019\u300d", CharClass.CloseQuote); // ” » › ’
  chars("\"'", CharClass.AmbiguousQuote);
  range(0x200b, 0x200b, CharClass.Control);
  range(0x200e, 0x200f, CharClass.Control);
  range(0x202a, 0x202e, CharClass.Control);
  range(0x2066, 0x2069, CharClass.Control);
  table[0x061c] = CharClass.Control;
  table[0xfeff] = CharClass.Control;
  table[0x00ad] = CharClass.Control;
  return table;
}

export function charClass(code: number): CharClass {
  return CHAR_CLASS[code]! as CharClass;
}

export function isWordChar(cls: CharClass): boolean {
  return cls === CharClass.ArabicLetter || cls === CharClass.ArabicMark || cls === CharClass.LatinLetter;
}
