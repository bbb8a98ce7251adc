/**
 * Whole numbers for the UI's labels. Arabic counts are written here rather than by
 * `Intl.NumberFormat("ar-EG")`: the first Arabic number format in a fresh tab loads ICU's locale
 * data, 40–200 ms of the main thread on the bench machine, right on the path of an article opened
 * by URL (issue #8). The output is the same (test/e2e/numbers.test.ts compares them).
 */
export type NumberLang = "ar" | "en";

const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";
/** ARABIC THOUSANDS SEPARATOR, what ar-EG groups with. */
const ARABIC_GROUP = "\u066C";

const formats = new Map<NumberLang, Intl.NumberFormat>();

function intl(lang: NumberLang, value: number): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === "ar" ? "ar-EG" : "en-US");
    formats.set(lang, format);
  }
  return format.format(value);
}

/** `value` as the language writes it: Arabic-Indic digits grouped by ٬ in Arabic, 1,234 in English. */
export function formatNumber(lang: NumberLang, value: number): string {
  // Negative and fractional numbers (none in the UI today) keep Intl's rules for sign and decimals.
  if (lang !== "ar" || !Number.isSafeInteger(value) || value < 0) return intl(lang, value);
  const digits = String(value);
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ARABIC_GROUP;
    out += ARABIC_INDIC[digits.charCodeAt(i) - 48];
  }
  return out;
}
