/**
 * Tells Windows-1256 from ISO-8859-6 by what each makes of the bytes above 0x7F. The two share
 * ء–غ at 0xC1–0xDA but part ways after: Windows-1256 puts ف ق ك at 0xDD–0xDF, where ISO-8859-6
 * has nothing, and its ل م ن ه و ي at 0xE1–0xED, where it has ف ق ك ل … and harakat. So:
 * - Windows-1256 text read as ISO-8859-6 hits unassigned bytes at every ف ق ك غ ـ;
 * - ISO-8859-6 text read as Windows-1256 turns ق ه و ى ي (0xE2, 0xE7–0xEA) into â ç è é ê
 *   glued to Arabic letters, which no writer does.
 * The reading with fewer such impossibilities wins; a tie goes to Windows-1256, by far the more
 * common of the two on the web.
 */

export type LegacyArabicEncoding = "windows-1256" | "iso-8859-6";

/** How one decoded character counts as evidence. */
const enum Kind {
  Other,
  /** Arabic letter or mark: what Arabic text is made of. */
  Arabic,
  /** Latin letter with diacritics (à-ÿ): fine next to Latin, impossible inside an Arabic word. */
  Latin,
  /** Unassigned byte (U+FFFD) or C1 control: never in real text. */
  Invalid,
}

function kindOf(code: number): Kind {
  if ((code >= 0x0621 && code <= 0x065f) || (code >= 0x0671 && code <= 0x06d3) || code === 0x0640)
    return Kind.Arabic;
  if (code >= 0x00c0 && code <= 0x00ff && code !== 0x00d7 && code !== 0x00f7) return Kind.Latin;
  if (code === 0xfffd || (code >= 0x0080 && code <= 0x009f)) return Kind.Invalid;
  return Kind.Other;
}

/** Evidence from reading the high bytes in one encoding. */
export interface LegacyReading {
  readonly encoding: LegacyArabicEncoding;
  readonly text: string;
  /** Characters decoded from bytes above 0x7F. */
  readonly high: number;
  /** Of those, Arabic letters and marks. */
  readonly arabic: number;
  /** Of those, impossible ones: unassigned bytes, C1 controls, Latin letters touching Arabic ones. */
  readonly impossible: number;
}

/** Both single-byte encodings map byte ≥ 0x80 to exactly one UTF-16 unit, so indexes line up. */
function readAs(bytes: Uint8Array, encoding: LegacyArabicEncoding): LegacyReading {
  const text = new TextDecoder(encoding).decode(bytes);
  let high = 0;
  let arabic = 0;
  let impossible = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    high++;
    const kind = kindOf(code);
    if (kind === Kind.Arabic) arabic++;
    else if (kind === Kind.Invalid) impossible++;
    else if (
      kind === Kind.Latin &&
      // charCodeAt is NaN outside the text, which kindOf calls Other.
      (kindOf(text.charCodeAt(i - 1)) === Kind.Arabic || kindOf(text.charCodeAt(i + 1)) === Kind.Arabic)
    ) {
      impossible++;
    }
  }
  return { encoding, text, high, arabic, impossible };
}

/**
 * The more plausible Arabic reading of bytes that are not UTF-8, or null when neither is Arabic:
 * at least half the high bytes must be Arabic letters and at most 2% impossible.
 */
export function readLegacyArabic(bytes: Uint8Array): LegacyReading | null {
  const windows = readAs(bytes, "windows-1256");
  const iso = readAs(bytes, "iso-8859-6");
  const best = iso.impossible < windows.impossible ? iso : windows;
  if (best.high === 0) return null;
  const isArabic = best.arabic >= best.high * 0.5 && best.impossible <= best.high * 0.02;
  return isArabic ? best : null;
}
