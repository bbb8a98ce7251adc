import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { MarsadError } from "../doc/index.js";
import { readInput } from "./read-input.js";

const dir = mkdtempSync(join(tmpdir(), "marsad-read-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function failsWith(code: string, input: string) {
  return (error: unknown) => error instanceof MarsadError && error.code === code && error.input === input;
}

test("reads a file's bytes and keeps the name as given", async () => {
  const path = join(dir, "a.txt");
  writeFileSync(path, "سوريا");
  const { name, bytes } = await readInput(path);
  assert.equal(name, path);
  assert.equal(new TextDecoder().decode(bytes), "سوريا");
});

test("refuses a file over the cap by its size, before reading", async () => {
  const path = join(dir, "big.txt");
  writeFileSync(path, "x".repeat(101));
  await assert.rejects(readInput(path, { maxBytes: 100 }), failsWith("input.too-large", path));
  assert.equal((await readInput(path, { maxBytes: 101 })).bytes.length, 101);
});

test("refuses a missing path, and a path through a file", async () => {
  await assert.rejects(readInput(join(dir, "none.txt")), failsWith("input.missing", join(dir, "none.txt")));
  const through = join(dir, "a.txt", "b.txt");
  writeFileSync(join(dir, "a.txt"), "x");
  await assert.rejects(readInput(through), failsWith("input.missing", through));
});

test("refuses a directory", async () => {
  await assert.rejects(readInput(dir), failsWith("input.directory", dir));
});

test("reads a device as a stream, capped", async () => {
  assert.equal((await readInput("/dev/null")).bytes.length, 0);
  await assert.rejects(
    readInput("/dev/zero", { maxBytes: 1 << 20 }),
    failsWith("input.too-large", "/dev/zero"),
  );
});

test("reads standard input for -, and stops past the cap", async () => {
  const stdin = (async function* () {
    yield "قال ";
    yield new TextEncoder().encode("باركر");
  })();
  assert.equal(new TextDecoder().decode((await readInput("-", { stdin })).bytes), "قال باركر");
  let pulled = 0;
  const endless = (async function* () {
    for (;;) {
      pulled++;
      yield new Uint8Array(1000);
    }
  })();
  await assert.rejects(
    readInput("-", { stdin: endless, maxBytes: 10_000 }),
    failsWith("input.too-large", "-"),
  );
  assert.equal(pulled, 11);
});
