/**
 * Magic numbers of files people hand to a text tool by mistake, so the error can say what the input
 * looks like ("a PNG image") rather than only that it is not text. Offsets and bytes from each
 * format's specification (PNG §5.2, ELF gABI, PKWARE APPNOTE, RFC 1952 for gzip, …).
 */
interface Signature {
  /** What the user is told the input looks like. */
  readonly name: string;
  readonly bytes: readonly number[];
  /** Byte offset of the signature; 0 unless given. */
  readonly at?: number;
  /** Two-letter signatures ("MZ") also need a NUL byte nearby before we believe them. */
  readonly weak?: boolean;
}

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  { name: "a PNG image", bytes: [0x89, ...ascii("PNG\r\n"), 0x1a, 0x0a] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: ascii("GIF8") },
  { name: "a WebP image or WAV/AVI file (RIFF)", bytes: ascii("RIFF") },
  { name: "a TIFF image", bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: "a TIFF image", bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: "a PDF document (convert it to text first)", bytes: ascii("%PDF-") },
  {
    name: "a ZIP archive (or a Word/Excel/EPUB file, which are ZIP archives)",
    bytes: [0x50, 0x4b, 0x03, 0x04],
  },
  { name: "an empty ZIP archive", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: "an old Microsoft Office document", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "a bzip2 archive", bytes: ascii("BZh") },
  { name: "an xz archive", bytes: [0xfd, ...ascii("7zXZ"), 0x00] },
  { name: "a 7-Zip archive", bytes: [...ascii("7z"), 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "a Zstandard archive", bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: "a RAR archive", bytes: [...ascii("Rar!"), 0x1a, 0x07] },
  { name: "a tar archive", bytes: ascii("ustar"), at: 257 },
  { name: "an ELF executable", bytes: [0x7f, ...ascii("ELF")] },
  { name: "a Mach-O executable", bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: "a Mach-O executable", bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: "a Java class or Mach-O universal binary", bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: "a Windows executable", bytes: ascii("MZ"), weak: true },
  { name: "a WebAssembly module", bytes: [0x00, ...ascii("asm")] },
  { name: "an SQLite database", bytes: [...ascii("SQLite format 3"), 0x00] },
  { name: "an MP4/QuickTime video", bytes: ascii("ftyp"), at: 4 },
  { name: "an MP3 file", bytes: ascii("ID3") },
  { name: "an Ogg media file", bytes: ascii("OggS") },
  { name: "a FLAC audio file", bytes: ascii("fLaC") },
  { name: "a web font", bytes: ascii("wOFF") },
  { name: "a web font", bytes: ascii("wOF2") },
];

function hasBytesAt(bytes: Uint8Array, expected: readonly number[], at: number): boolean {
  if (bytes.length < at + expected.length) return false;
  return expected.every((byte, i) => bytes[at + i] === byte);
}

/** What a known binary format the bytes start with looks like ("a PNG image"), or null. */
export function recognizeBinary(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) {
    if (!hasBytesAt(bytes, signature.bytes, signature.at ?? 0)) continue;
    if (signature.weak && !bytes.subarray(0, 1024).includes(0)) continue;
    return signature.name;
  }
  return null;
}

/** C0 controls that never occur in text files (tab, line feed, form feed, carriage return and ESC do). */
function isBinaryControl(byte: number): boolean {
  return (
    (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) ||
    byte === 0x7f
  );
}

/** Bytes examined by the binary heuristics: enough for a verdict, cheap on a 50 MB file. */
const SAMPLE_BYTES = 8192;

/**
 * True when the first bytes hold a NUL or more than 5% control bytes: the usual heuristic of
 * file(1) and git. Only meaningful for byte-oriented encodings (UTF-16 is full of NULs).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  if (sample.includes(0)) return true;
  let controls = 0;
  for (const byte of sample) if (isBinaryControl(byte)) controls++;
  return controls > sample.length * 0.05;
}
