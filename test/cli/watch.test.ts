import assert from "node:assert/strict";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { IngestSession } from "../../src/cli/ingest/ingest-session.js";
import { inlineAnalyzer } from "../../src/cli/ingest/analyze-pool.js";
import { NO_RUN_META } from "../../src/cli/prepare-source.js";
import { parseFeedList } from "../../src/cli/watch/feed-list.js";
import { backoffMs, pollFeed, type FeedState } from "../../src/cli/watch/poll-feed.js";
import { MarsadError } from "../../src/doc/index.js";
import { fetchUrl } from "../../src/node/fetch-url.js";
import { openStore } from "../../src/store/index.js";
import { stubAnalyzer } from "../helpers/cli.js";
import { testResources } from "../helpers/resources.js";
import { runMarsad } from "./store-cli.js";

/** Arabic news items, written for this test. */
const ITEMS = [
  ["1", "افتتحت بلدية عمّان اليوم حديقة عامة جديدة في حي الشميساني."],
  ["2", "أعلنت وزارة التربية أن العام الدراسي يبدأ في الأول من أيلول."],
  ["3", "قال وزير الزراعة إن موسم الزيتون هذا العام أفضل من سابقه."],
];

let published = 2;
let version = 1;
const seen: IncomingHttpHeaders[] = [];

function feed(): string {
  const items = ITEMS.slice(0, published)
    .map(
      ([n, text]) =>
        `<item><title>خبر ${n}</title><link>https://news.example/${n}</link>` +
        `<pubDate>Sat, 09 Mar 2024 1${n}:00:00 +0300</pubDate><description>${text}</description></item>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>أخبار</title><link>https://news.example/</link>${items}</channel></rss>`;
}

const server: Server = createServer((request, response) => {
  if (request.url === "/feed.xml") {
    seen.push(request.headers);
    const etag = `"v${version}"`;
    if (request.headers["if-none-match"] === etag) {
      response.writeHead(304, { etag }).end();
      return;
    }
    response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag }).end(feed());
    return;
  }
  response.writeHead(500).end("down");
});
let base = "";
const dir = mkdtempSync(join(tmpdir(), "marsad-watch-"));
before(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("feed lists", () => {
  test("a text list: one URL per line, comments and blank lines skipped, bad lines named", () => {
    const list = parseFeedList(
      "# news\nhttps://a.example/rss\n\nhttps://b.example/feed#x  # second\nftp://c\n",
      "feeds.txt",
    );
    assert.deepEqual(list.urls, ["https://a.example/rss", "https://b.example/feed#x"]);
    assert.deepEqual(
      list.problems.map((p) => `${p.input}: ${p.message}`),
      ['feeds.txt:5: "ftp://c" is not an http(s) URL'],
    );
  });

  test("OPML: every outline's xmlUrl, at any depth", () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="عربي"><outline type="rss" text="أ" xmlUrl="https://a.example/rss"/>
      <outline text="ب" xmlUrl="https://b.example/atom"/></outline>
      <outline text="ج" xmlUrl="https://c.example/rss"/></body></opml>`;
    assert.deepEqual(parseFeedList(opml, "feeds.opml").urls, [
      "https://a.example/rss",
      "https://b.example/atom",
      "https://c.example/rss",
    ]);
  });

  test("a list without feeds is an error", () => {
    assert.throws(
      () => parseFeedList("# nothing\n", "feeds.txt"),
      (error: unknown) => error instanceof MarsadError && error.code === "feeds.invalid",
    );
  });
});

describe("one poll", () => {
  test("sends the last ETag back, ingests only new items, and backs off a failing feed", async () => {
    const store = await openStore(join(dir, "poll.db"), testResources());
    const session = new IngestSession({
      store,
      analyzer: inlineAnalyzer(() => stubAnalyzer, NO_RUN_META),
      batchSize: 10,
      maxInFlight: 4,
      skipBySource: false,
      onFailure: (input, error) => assert.fail(`${input}: ${String(error)}`),
    });
    const context = { session, fetch: fetchUrl, allowPrivate: true, everyMs: 600_000, now: Date.now };
    const state: FeedState = { url: `${base}/feed.xml`, failures: 0, due: 0 };
    try {
      published = 2;
      assert.match(
        (await pollFeed(state, context)).line,
        /feed\.xml: 200, 2 items, 2 new: 2 added, 0 duplicates, 0 failed \(/,
      );
      assert.equal(state.etag, '"v1"');
      assert.match((await pollFeed(state, context)).line, /feed\.xml: 304 not modified \(/);
      assert.equal(seen.at(-1)?.["if-none-match"], '"v1"');
      published = 3;
      version = 2;
      assert.match(
        (await pollFeed(state, context)).line,
        /feed\.xml: 200, 3 items, 1 new: 1 added, 0 duplicates, 0 failed \(/,
      );
      const broken: FeedState = { url: `${base}/broken`, failures: 0, due: 0 };
      const failed = await pollFeed(broken, context);
      assert.equal(failed.ok, false);
      assert.match(
        failed.line,
        /broken: failed: the server answered 500 Internal Server Error; next try in 20m \(failure 1 in a row\)/,
      );
      assert.equal(broken.failures, 1);
      assert.equal((await store.stats()).articles, 3);
    } finally {
      await store.close();
    }
  });

  test("the wait doubles with each failure in a row, up to 6 hours", () => {
    assert.deepEqual(
      [1, 2, 3].map((n) => backoffMs(600_000, n)),
      [1_200_000, 2_400_000, 4_800_000],
    );
    assert.equal(backoffMs(600_000, 40), 6 * 3_600_000);
    assert.equal(backoffMs(8 * 3_600_000, 3), 8 * 3_600_000);
  });
});

describe("marsad watch --once", () => {
  test("polls every feed once, one line each, and exits 1 when one failed", async () => {
    published = 2;
    const list = join(dir, "feeds.txt");
    writeFileSync(list, `# test feeds\n${base}/feed.xml\n${base}/broken\n`);
    const db = join(dir, "watch.db");
    const args = ["watch", list, "--once", "--allow-private", "--workers", "0", "--db", db];
    const run = await runMarsad(args);
    assert.equal(run.status, 1);
    assert.equal(run.stderr[0], `marsad: watch: 2 feeds every 10m into ${db}`);
    assert.match(
      run.stderr[1]!,
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ http:\/\/127\.0\.0\.1:\d+\/feed\.xml: 200, 2 items, 2 new: 2 added/,
    );
    assert.match(run.stderr[2]!, /\/broken: failed: the server answered 500/);
    assert.equal(run.stderr.length, 3);
    // A second run starts without validators: a full GET, and the items are known by their links.
    const again = await runMarsad(args);
    assert.match(again.stderr[1]!, /feed\.xml: 200, 2 items, 0 new: 0 added, 0 duplicates, 0 failed/);
  });

  test("refuses a loopback feed without --allow-private", async () => {
    const list = join(dir, "local.txt");
    writeFileSync(list, `${base}/feed.xml\n`);
    const run = await runMarsad(["watch", list, "--once", "--workers", "0", "--db", join(dir, "refused.db")]);
    assert.equal(run.status, 1);
    assert.match(
      run.stderr[1]!,
      /failed: refused: 127\.0\.0\.1 is a loopback address; pass --allow-private to fetch it;/,
    );
  });

  test("a bad --every is a usage error", async () => {
    const run = await runMarsad(["watch", join(dir, "feeds.txt"), "--every", "10 minutes"]);
    assert.equal(run.status, 2);
    assert.match(
      run.stderr[0]!,
      /^marsad: --every: "10 minutes" is not a duration of at least 1s; write e\.g\. 30s, 10m or 1h$/,
    );
  });
});
