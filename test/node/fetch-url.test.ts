import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { MarsadError } from "../../src/doc/index.js";
import { fetchUrl } from "../../src/node/fetch-url.js";
import { classifyAddress } from "../../src/node/ip-address.js";

describe("classifyAddress", () => {
  const table: [string, string][] = [
    ["8.8.8.8", "public"],
    ["185.70.40.1", "public"],
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.1", "public"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "shared"],
    ["100.127.255.255", "shared"],
    ["100.128.0.1", "public"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.10", "reserved"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["[::1]", "loopback"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:10.0.0.1", "private"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:8.8.8.8", "public"],
    ["::127.0.0.1", "loopback"],
    ["64:ff9b::a9fe:a9fe", "link-local"],
    ["2002:c0a8:0101::1", "private"],
    ["2001:db8::1", "reserved"],
    ["2606:4700:4700::1111", "public"],
    ["2a00:1450:4001:80b::200e", "public"],
    ["1.2.3", "invalid"],
    ["256.1.1.1", "invalid"],
    ["1::2::3", "invalid"],
    ["example.com", "invalid"],
  ];
  for (const [address, kind] of table) {
    it(`${address} is ${kind}`, () => assert.equal(classifyAddress(address), kind));
  }
});

describe("fetchUrl", () => {
  let server: Server;
  let base = "";
  const page = "<html><body><p>نص الخبر</p></body></html>";

  before(async () => {
    server = createServer((req, res) => {
      const path = req.url ?? "/";
      if (path === "/page") {
        res.writeHead(200, {
          "Content-Type": "text/html; charset=utf-8",
          Date: "Wed, 01 May 2024 10:00:00 GMT",
          "Last-Modified": "Tue, 30 Apr 2024 09:00:00 GMT",
        });
        res.end(page);
      } else if (path === "/gzip") {
        res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
        res.end(gzipSync(page));
      } else if (path === "/bomb") {
        res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
        res.end(gzipSync(new Uint8Array(4 * 1024 * 1024)));
      } else if (path === "/big") {
        res.writeHead(200, { "Content-Type": "text/html" });
        // No Content-Length: the cap must be counted while the body streams.
        for (let i = 0; i < 64; i++) res.write("x".repeat(16 * 1024));
        res.end();
      } else if (path.startsWith("/hop/")) {
        const n = Number(path.slice(5));
        res.writeHead(302, { Location: n > 0 ? `/hop/${n - 1}` : "/page" });
        res.end();
      } else if (path === "/to-other-loopback") {
        res.writeHead(301, { Location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/page` });
        res.end();
      } else if (path === "/to-file") {
        res.writeHead(302, { Location: "file:///etc/passwd" });
        res.end();
      } else if (path === "/slow") {
        res.writeHead(200, { "Content-Type": "text/html" });
        res.write("<html>");
        // Never ends: the timeout must fire.
      } else {
        res.writeHead(404, { "Content-Type": "text/plain" });
        res.end("no");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const local = { allowPrivate: true };
  function rejects(promise: Promise<unknown>, code: string, message?: RegExp) {
    return assert.rejects(promise, (error: unknown) => {
      assert.ok(error instanceof MarsadError, String(error));
      assert.equal(error.code, code);
      if (message) assert.match(error.message, message);
      return true;
    });
  }

  it("fetches a page with its type, dates and final URL", async () => {
    const got = await fetchUrl(`${base}/page`, local);
    assert.equal(new TextDecoder().decode(got.bytes), page);
    assert.equal(got.contentType, "text/html; charset=utf-8");
    assert.equal(got.date, "Wed, 01 May 2024 10:00:00 GMT");
    assert.equal(got.lastModified, "Tue, 30 Apr 2024 09:00:00 GMT");
    assert.equal(got.finalUrl, `${base}/page`);
  });

  it("refuses a loopback address unless private addresses are allowed", async () => {
    await rejects(
      fetchUrl(`${base}/page`),
      "url.refused",
      /127\.0\.0\.1 is a loopback address; pass --allow-private/,
    );
    await rejects(fetchUrl(`http://[::ffff:127.0.0.1]:1/`), "url.refused", /loopback/);
  });

  it("refuses a host name that resolves to a loopback address", async () => {
    await rejects(
      fetchUrl("http://localhost:1/page"),
      "url.refused",
      /localhost resolves to .* loopback address/,
    );
  });

  it("refuses schemes other than http and https", async () => {
    await rejects(fetchUrl("file:///etc/passwd"), "url.invalid", /only http and https/);
    await rejects(fetchUrl("not a url"), "url.invalid");
    await rejects(fetchUrl(`${base}/to-file`, local), "url.invalid", /redirects to a file: URL/);
  });

  it("follows redirects up to the cap, then stops", async () => {
    const got = await fetchUrl(`${base}/hop/4`, local);
    assert.equal(got.finalUrl, `${base}/page`);
    assert.equal(got.redirects.length, 5);
    await rejects(fetchUrl(`${base}/hop/5`, local), "url.redirects", /more than 5 redirects/);
  });

  it("checks every redirect target again", async () => {
    await rejects(
      fetchUrl(`${base}/to-other-loopback`, { allowAddresses: ["127.0.0.1"] }),
      "url.refused",
      /127\.0\.0\.2 is a loopback address/,
    );
  });

  it("undoes gzip and caps the decoded size, so a bomb stops at the cap", async () => {
    assert.equal(new TextDecoder().decode((await fetchUrl(`${base}/gzip`, local)).bytes), page);
    await rejects(
      fetchUrl(`${base}/bomb`, { ...local, maxBytes: 1024 * 1024 }),
      "url.too-large",
      /over the limit/,
    );
  });

  it("caps a body without Content-Length while it streams", async () => {
    await rejects(fetchUrl(`${base}/big`, { ...local, maxBytes: 256 * 1024 }), "url.too-large");
  });

  it("names the status of a failed request", async () => {
    await rejects(fetchUrl(`${base}/missing`, local), "url.http", /answered 404 Not Found/);
  });

  it("times out a page that never ends", async () => {
    await rejects(fetchUrl(`${base}/slow`, { ...local, timeoutMs: 300 }), "url.timeout", /within 0\.3 s/);
  });

  it("names a refused connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await rejects(fetchUrl(`http://127.0.0.1:${port}/`, local), "url.network", /refused the connection/);
  });
});
