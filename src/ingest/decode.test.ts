import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { MarsadError } from "../doc/index.js";
import { decodeText, firstInvalidUtf8 } from "./decode.js";

const ARABIC =
  "أعلن وزير المياه سامر الخطيب، الأربعاء، أن الحكومة وقّعت اتفاقاً مع منظمة الفاو في عمّان وسوريا.";

/** Encodes with a single-byte encoding, through a reverse table built from TextDecoder itself. */
function encodeSingleByte(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return Uint8Array.from(Array.from(text), (char) => {
    const byte = table.get(char);
    if (byte === undefined) throw new Error(`${encoding} cannot encode ${char}`);
    return byte;
  });
}

function encodeUtf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? "\ufeff" : "") + text;
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(2 * i, units.charCodeAt(i), littleEndian);
  return bytes;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function failsWith(code: string, message?: RegExp) {
  return (error: unknown) => {
    assert.ok(error instanceof MarsadError, `expected a MarsadError, got ${String(error)}`);
    assert.equal(error.code, code);
    if (message) assert.match(error.message, message);
    return true;
  };
}

const decodes: { name: string; bytes: Uint8Array; encoding: string; guessed: boolean }[] = [
  { name: "reads plain UTF-8", bytes: utf8(ARABIC), encoding: "utf-8", guessed: false },
  {
    name: "drops a UTF-8 byte order mark",
    bytes: Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(ARABIC)),
    encoding: "utf-8",
    guessed: false,
  },
  {
    name: "reads UTF-16LE with a byte order mark",
    bytes: encodeUtf16(ARABIC, true, true),
    encoding: "utf-16le",
    guessed: false,
  },
  {
    name: "reads UTF-16BE with a byte order mark",
    bytes: encodeUtf16(ARABIC, false, true),
    encoding: "utf-16be",
    guessed: false,
  },
  {
    name: "spots UTF-16LE without a byte order mark",
    bytes: encodeUtf16(ARABIC, true, false),
    encoding: "utf-16le",
    guessed: true,
  },
  {
    name: "spots UTF-16BE without a byte order mark",
    bytes: encodeUtf16(ARABIC, false, false),
    encoding: "utf-16be",
    guessed: true,
  },
  {
    name: "tells Windows-1256 by its ف ق ك",
    bytes: encodeSingleByte(ARABIC, "windows-1256"),
    encoding: "windows-1256",
    guessed: true,
  },
  {
    name: "tells ISO-8859-6 by its و ي",
    bytes: encodeSingleByte(ARABIC, "iso-8859-6"),
    encoding: "iso-8859-6",
    guessed: true,
  },
];

for (const { name, bytes, encoding, guessed } of decodes) {
  test(name, () => {
    const decoded = decodeText(bytes, "article.txt");
    assert.equal(decoded.encoding, encoding);
    assert.equal(decoded.guessed, guessed);
    assert.equal(decoded.text, ARABIC);
  });
}

test("prefers Windows-1256 when both readings are possible (the common one)", () => {
  // Letters from ء to ض sit at the same bytes (0xC1–0xD6) in both encodings.
  const bytes = encodeSingleByte("حرب ثابتة", "windows-1256");
  assert.deepEqual(Array.from(bytes), Array.from(encodeSingleByte("حرب ثابتة", "iso-8859-6")));
  assert.equal(decodeText(bytes, "a.txt").encoding, "windows-1256");
});

test("reads pure Arabic UTF-16LE without spaces or a byte order mark", () => {
  // Every byte pair is (letter, 0x06): valid ASCII-and-control UTF-8, which must not win.
  const decoded = decodeText(encodeUtf16("مرحبابالعالم", true, false), "a.txt");
  assert.equal(decoded.text, "مرحبابالعالم");
});

const failures: { name: string; bytes: Uint8Array; code: string; message: RegExp }[] = [
  { name: "refuses zero bytes", bytes: new Uint8Array(0), code: "input.empty", message: /is empty/ },
  {
    name: "refuses whitespace only",
    bytes: utf8(" \n\t\u00a0\n"),
    code: "input.empty",
    message: /only whitespace/,
  },
  {
    name: "refuses a byte order mark alone",
    bytes: Uint8Array.of(0xef, 0xbb, 0xbf),
    code: "input.empty",
    message: /only whitespace/,
  },
  {
    name: "names a PNG image",
    bytes: Uint8Array.of(
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      0x49,
      0x48,
      0x44,
      0x52,
    ),
    code: "input.binary",
    message: /PNG image/,
  },
  {
    name: "names an ELF executable",
    bytes: Uint8Array.of(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0),
    code: "input.binary",
    message: /ELF/,
  },
  {
    name: "names a gzip archive",
    bytes: Uint8Array.of(0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3),
    code: "input.binary",
    message: /gzip/,
  },
  {
    name: "names a ZIP archive",
    bytes: Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0),
    code: "input.binary",
    message: /ZIP/,
  },
  {
    name: "calls unknown bytes with NULs binary",
    bytes: Uint8Array.of(1, 2, 3, 0, 0, 7, 200, 0, 9, 0, 0, 0),
    code: "input.binary",
    message: /binary data/,
  },
  {
    name: "refuses Latin-1 text with a hint",
    bytes: encodeSingleByte("Le café de la crème, déjà vu.", "windows-1252"),
    code: "input.encoding",
    message: /not valid UTF-8 \(bad byte at offset 6\).*--encoding windows-1256/,
  },
  {
    name: "refuses UTF-32",
    bytes: Uint8Array.of(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0),
    code: "input.encoding",
    message: /UTF-32/,
  },
];

for (const { name, bytes, code, message } of failures) {
  test(name, () => assert.throws(() => decodeText(bytes, "article.txt"), failsWith(code, message)));
}

test("names the input in its errors", () => {
  assert.throws(
    () => decodeText(new Uint8Array(0), "-"),
    (error: unknown) =>
      error instanceof MarsadError && error.input === "-" && /standard input/.test(error.message),
  );
});

test("honours a forced encoding, by any of its labels", () => {
  const bytes = encodeSingleByte("سوريا والعراق", "iso-8859-6");
  assert.deepEqual(decodeText(bytes, "a.txt", { encoding: "ISO_8859-6" }), {
    text: "سوريا والعراق",
    encoding: "iso-8859-6",
    guessed: false,
  });
  assert.equal(
    decodeText(encodeSingleByte("قال", "windows-1256"), "a.txt", { encoding: "cp1256" }).encoding,
    "windows-1256",
  );
});

test("fails on an unknown forced encoding with option.invalid", () => {
  assert.throws(
    () => decodeText(utf8("x"), "a.txt", { encoding: "klingon" }),
    failsWith("option.invalid", /unknown encoding "klingon"/),
  );
});

test("fails when the bytes are not valid in the forced encoding", () => {
  assert.throws(
    () => decodeText(Uint8Array.of(0x41, 0xc3, 0x28), "a.txt", { encoding: "utf-8" }),
    failsWith("input.encoding", /not valid utf-8 \(first bad byte at offset 1\)/),
  );
});

test("finds the offset of the first invalid UTF-8 byte", () => {
  assert.equal(firstInvalidUtf8(utf8("سلام")), -1);
  assert.equal(firstInvalidUtf8(Uint8Array.of(0x41, 0x42, 0xff)), 2);
  // A genuine U+FFFD (EF BF BD) is valid and skipped.
  assert.equal(firstInvalidUtf8(Uint8Array.of(0xef, 0xbf, 0xbd, 0x41, 0x80)), 4);
  const long = new Uint8Array(200_000).fill(0x61);
  long[150_001] = 0xc0;
  assert.equal(firstInvalidUtf8(long), 150_001);
  // Truncated sequence at the end.
  assert.equal(firstInvalidUtf8(Uint8Array.of(0x41, 0xd8)), 1);
});

test("any bytes give text or a MarsadError, never another error", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      try {
        const { text } = decodeText(bytes, "fuzz");
        assert.ok(text.trim().length > 0);
      } catch (error) {
        assert.ok(error instanceof MarsadError, String(error));
      }
    }),
    { numRuns: 2000 },
  );
});
