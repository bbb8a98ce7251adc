import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { CliIo } from "../../src/cli/io.js";
import { MarsadError } from "../../src/doc/index.js";
import { parseSize, serveCommand, type ServeDeps } from "../../src/cli/serve.js";
import type { RunningServer } from "../../src/server/index.js";
import { testResources } from "../helpers/resources.js";
import { fakeStore } from "./fake-store.js";
import { sampleRecords } from "./setup.js";

interface Run {
  readonly status: number;
  readonly stderr: string;
  readonly opened: number;
  readonly closed: boolean;
}

/** Runs `marsad serve` in process; `whileServing` runs against the listening server, then it stops. */
async function serve(
  args: readonly string[],
  env: Record<string, string> = {},
  whileServing: (server: RunningServer) => Promise<void> = async () => {},
  openError: Error | null = null,
): Promise<Run> {
  let status = -1;
  let stderr = "";
  let opened = 0;
  let closed = false;
  let stop: (signal: string) => void = () => {};
  const stopped = new Promise<string>((resolve) => (stop = resolve));
  let served: Promise<unknown> = Promise.resolve(null);
  const store = fakeStore(sampleRecords());
  const deps: Partial<ServeDeps> = {
    openStore: async () => {
      opened++;
      if (openError) throw openError;
      return { ...store, close: async () => void (closed = true) };
    },
    loadResources: testResources,
    stopSignal: () => stopped,
    env,
    onListening: (server) => {
      // Kept as a value, not a rejection, so a failure is reported once the command has returned.
      served = whileServing(server).then(
        () => null,
        (error: unknown) => error,
      );
      void served.finally(() => stop("SIGTERM"));
    },
  };
  const io: CliIo = {
    stdout: () => {},
    stderr: (text) => (stderr += text),
    loadAnalyzer: () => assert.fail("not used"),
  };
  const command = serveCommand(io, (value) => (status = value), deps).exitOverride();
  await command.parseAsync([...args], { from: "user" });
  const failure = await served;
  if (failure !== null) throw failure;
  return { status, stderr, opened, closed };
}

describe("marsad serve", () => {
  test("refuses a reachable address without a token, before opening the store", async () => {
    const run = await serve(["--host", "0.0.0.0", "--port", "0"]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /marsad: --host: listening on 0\.0\.0\.0 .*--token or MARSAD_TOKEN/);
    assert.equal(run.opened, 0);
  });

  test("names a bad port, origin or size", async () => {
    for (const [args, message] of [
      [["--port", "80000"], /--port: "80000" is not a port number/],
      [["--cors", "localhost:5173"], /--cors: localhost:5173 is not an origin/],
      [["--max-body", "lots"], /--max-body: "lots" is not a size/],
    ] as const) {
      const run = await serve(args);
      assert.equal(run.status, 2, args.join(" "));
      assert.match(run.stderr, message);
    }
  });

  test("serves on loopback until stopped, then closes the store", async () => {
    const run = await serve(["--port", "0"], {}, async (server) => {
      const res = await fetch(`${server.url}/api/stats`);
      assert.equal(res.status, 200);
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /serving http:\/\/127\.0\.0\.1:\d+ \(loopback only/);
    assert.equal(run.closed, true);
  });

  test("takes the token from MARSAD_TOKEN and requires it", async () => {
    const token = "a-long-enough-token-1234";
    const run = await serve(["--port", "0"], { MARSAD_TOKEN: token }, async (server) => {
      assert.equal((await fetch(`${server.url}/api/stats`)).status, 401);
      const ok = await fetch(`${server.url}/api/stats`, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(ok.status, 200);
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /access token required/);
  });

  test("names a store that cannot be opened and exits 1", async () => {
    const error = new MarsadError(
      "store.open",
      "news.db",
      "cannot open the store: the file is not a database",
    );
    const run = await serve(["--db", "news.db", "--port", "0"], {}, async () => {}, error);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^marsad: news\.db: cannot open the store: the file is not a database\n$/);
  });

  test("reads sizes in bytes, k and MB", () => {
    assert.equal(parseSize("2MB"), 2 * 1024 * 1024);
    assert.equal(parseSize("512k"), 512 * 1024);
    assert.equal(parseSize("4096"), 4096);
    assert.throws(() => parseSize("1GB"), /not a size/);
    assert.throws(() => parseSize("100"), /not a size/);
  });
});
