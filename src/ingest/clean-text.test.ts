import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { MarsadError, type MediaItem } from "../doc/index.js";
import { cleanText } from "./clean-text.js";
import { classifyMediaUrl } from "./media-url.js";

/** The residue line of the seed article (an Alhurra page flattened to text), verbatim. */
const SEED_RESIDUE =
  "https://youtube.com/watch?v=lojwLWF_zt4%22+width%3D%221214%22+height%3D%22683%22+frameborder%3D%220%22+allowfullscreen%3D%22allowfullscreen%22%3E%3C";
const BEFORE = "باركر كشف أيضا أن القوات العراقية تتقدم كثيرا.";
const AFTER = "وأوضح في سياق حديثه أن عمليات التحالف في العراق وسوريا متشابهة.";

const clean = (raw: string) => cleanText(raw, "article.txt");

interface Case {
  readonly name: string;
  readonly raw: string;
  readonly text: string;
  readonly media?: readonly MediaItem[];
}

const cases: Case[] = [
  {
    name: "removes the seed article's residue line and keeps its YouTube video",
    raw: `${BEFORE}\n${SEED_RESIDUE}\n${AFTER}`,
    text: `${BEFORE}\n${AFTER}`,
    media: [{ type: "video", url: "https://www.youtube.com/watch?v=lojwLWF_zt4" }],
  },
  {
    name: "removes residue glued to a URL inside a line, keeping the prose around it",
    raw: `${BEFORE} https://youtu.be/lojwLWF_zt4%22%3E%3C%2Fiframe%3E ${AFTER}`,
    text: `${BEFORE} ${AFTER}`,
    media: [{ type: "video", url: "https://www.youtube.com/watch?v=lojwLWF_zt4" }],
  },
  {
    name: "removes an embed URL whose attributes follow in raw quotes",
    raw: `${BEFORE}\nhttps://www.youtube.com/embed/lojwLWF_zt4" width="560" height="315" frameborder="0" allowfullscreen></iframe>\n${AFTER}`,
    text: `${BEFORE}\n${AFTER}`,
    media: [{ type: "video", url: "https://www.youtube.com/watch?v=lojwLWF_zt4" }],
  },
  {
    name: "cuts a URL at an entity-encoded quote",
    raw: `${BEFORE}\nhttps://player.vimeo.com/video/76979871&quot; width=&quot;640&quot;&gt;\n${AFTER}`,
    text: `${BEFORE}\n${AFTER}`,
    media: [{ type: "video", url: "https://vimeo.com/76979871" }],
  },
  {
    name: "removes an iframe and keeps its video",
    raw: `${BEFORE}<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/lojwLWF_zt4?rel=0" allowfullscreen></iframe>\n${AFTER}`,
    text: `${BEFORE}\n${AFTER}`,
    media: [{ type: "video", url: "https://www.youtube.com/watch?v=lojwLWF_zt4" }],
  },
  {
    name: "removes an iframe cut off at the end of its line",
    raw: `${BEFORE}\n<iframe src="https://www.dailymotion.com/embed/video/x8abc12" width="640"\n${AFTER}`,
    text: `${BEFORE}\n${AFTER}`,
    media: [{ type: "video", url: "https://www.dailymotion.com/video/x8abc12" }],
  },
  {
    name: "keeps an image of an <img> tag",
    raw: `${BEFORE} <img src="https://cdn.example.com/photos/parker.jpg" alt="باركر"> ${AFTER}`,
    text: `${BEFORE} ${AFTER}`,
    media: [{ type: "image", url: "https://cdn.example.com/photos/parker.jpg" }],
  },
  {
    name: "removes script blocks with their content",
    raw: `${BEFORE}\n<script>\nvar x = "<b>";\n</script>\n${AFTER}`,
    text: `${BEFORE}\n${AFTER}`,
  },
  {
    name: "removes inline tags, keeping their text",
    raw: 'قال <strong>باركر</strong> إن <a href="/x">التحالف</a> باق.',
    text: "قال باركر إن التحالف باق.",
  },
  {
    name: "turns <br> and </p> into line breaks",
    raw: "<p>السطر الأول</p><p>السطر الثاني<br>والثالث</p>",
    text: "السطر الأول\nالسطر الثاني\nوالثالث",
  },
  {
    name: "keeps < and > that are not tags",
    raw: "العدد 3 < 5 و 7 > 2، <3",
    text: "العدد 3 < 5 و 7 > 2، <3",
  },
  {
    name: "removes a line of leftover tag attributes",
    raw: `${BEFORE}\nwidth="560" height="315" frameborder="0" allowfullscreen>\n${AFTER}`,
    text: `${BEFORE}\n${AFTER}`,
  },
  {
    name: "removes URL-encoded markup inside a line",
    raw: `${BEFORE} %22+width%3D%22560%22%3E%3C%2Fiframe%3E ${AFTER}`,
    text: `${BEFORE} ${AFTER}`,
  },
  {
    name: "keeps a URL in prose",
    raw: "للمزيد زوروا https://example.com/news/1 اليوم.",
    text: "للمزيد زوروا https://example.com/news/1 اليوم.",
  },
  {
    name: "keeps a URL ending a sentence, with its full stop",
    raw: "المصدر: https://example.com/report.",
    text: "المصدر: https://example.com/report.",
  },
  {
    name: "keeps a non-media URL alone on its line",
    raw: `${BEFORE}\nhttps://example.com/news/1\n${AFTER}`,
    text: `${BEFORE}\nhttps://example.com/news/1\n${AFTER}`,
  },
  {
    name: "moves a media URL alone on its line to media",
    raw: `${BEFORE}\n  https://x.com/alhurranews/status/1634567890123456789  \n${AFTER}`,
    text: `${BEFORE}\n${AFTER}`,
    media: [{ type: "embed", url: "https://x.com/alhurranews/status/1634567890123456789" }],
  },
  {
    name: "lists a media URL in prose without removing it",
    raw: "شاهد المقابلة على https://youtu.be/lojwLWF_zt4 كاملة.",
    text: "شاهد المقابلة على https://youtu.be/lojwLWF_zt4 كاملة.",
    media: [{ type: "video", url: "https://www.youtube.com/watch?v=lojwLWF_zt4" }],
  },
  {
    name: "lists the same video once",
    raw: `<iframe src="https://www.youtube.com/embed/lojwLWF_zt4"></iframe>\n${BEFORE}\n${SEED_RESIDUE}`,
    text: BEFORE,
    media: [{ type: "video", url: "https://www.youtube.com/watch?v=lojwLWF_zt4" }],
  },
  {
    name: "decodes named and numeric character references",
    raw: "قال&nbsp;باركر &quot;لا&quot; &amp; &#1575;&#x644;&#1593;&#x631;&#1575;&#x642;",
    text: 'قال باركر "لا" & العراق',
  },
  {
    name: "leaves an ampersand without a reference alone",
    raw: "شركة AT&T و&copy بلا فاصلة",
    text: "شركة AT&T و&copy بلا فاصلة",
  },
  { name: "turns CRLF and lone CR into LF", raw: "سطر\r\nسطر\rسطر", text: "سطر\nسطر\nسطر" },
  {
    name: "collapses runs of spaces, tabs and NBSP into one space",
    raw: "قال \t  باركر\u00a0\u00a0إن",
    text: "قال باركر إن",
  },
  { name: "trims every line", raw: "  سطر أول  \n\t سطر ثان\t", text: "سطر أول\nسطر ثان" },
  {
    name: "collapses three or more blank lines into one",
    raw: "فقرة\n\n\n\n\nفقرة\n\nفقرة",
    text: "فقرة\n\nفقرة\n\nفقرة",
  },
  {
    name: "removes LRM, RLM and ALM",
    raw: "عام\u200e 2019\u200f، في\u061c العراق",
    text: "عام 2019، في العراق",
  },
  {
    name: "removes embeddings, overrides and isolates",
    raw: "\u202bقال\u202c \u2067باركر\u2069 \u202eإن\u202c",
    text: "قال باركر إن",
  },
  { name: "keeps ZWNJ and ZWJ inside words", raw: "می\u200cخواهم ل\u200dا", text: "می\u200cخواهم ل\u200dا" },
  { name: "removes control characters", raw: "قال\u0007 باركر\u0085إن", text: "قال باركر\nإن" },
];

for (const { name, raw, text, media = [] } of cases) {
  test(name, () => {
    const cleaned = clean(raw);
    assert.equal(cleaned.text, text);
    assert.deepEqual(cleaned.media, media);
  });
}

test("keeps words apart where an embed stood between them", () => {
  assert.equal(clean('قال<iframe src="https://youtu.be/lojwLWF_zt4"></iframe>باركر').text, "قال باركر");
});

test("notes every removal as info from clean@1", () => {
  const { notes } = clean(`\u200f${BEFORE}\n${SEED_RESIDUE}\n<b>${AFTER}</b>&amp;`);
  assert.deepEqual(notes.map((note) => note.code).sort(), [
    "clean.bidi",
    "clean.entities",
    "clean.markup",
    "clean.residue",
  ]);
  for (const note of notes) {
    assert.equal(note.severity, "info");
    assert.equal(note.source, "clean@1");
    assert.match(note.code, /^[a-z-]+\.[a-z-]+$/);
    assert.equal(note.span, undefined);
  }
  const residue = notes.find((note) => note.code === "clean.residue");
  assert.match(residue?.message ?? "", /youtube\.com\/watch\?v=lojwLWF_zt4%22/);
});

test("gives no notes for clean text", () => {
  assert.deepEqual(clean(`${BEFORE}\n\n${AFTER}`).notes, []);
});

test("fails with input.empty when nothing but residue is left", () => {
  assert.throws(
    () => clean(`${SEED_RESIDUE}\n<iframe src="https://youtu.be/lojwLWF_zt4"></iframe>`),
    (error: unknown) =>
      error instanceof MarsadError && error.code === "input.empty" && error.input === "article.txt",
  );
});

const urls: [string, MediaItem | null][] = [
  [
    "https://youtu.be/lojwLWF_zt4?t=42",
    { type: "video", url: "https://www.youtube.com/watch?v=lojwLWF_zt4" },
  ],
  [
    "https://m.youtube.com/watch?feature=share&v=lojwLWF_zt4",
    { type: "video", url: "https://www.youtube.com/watch?v=lojwLWF_zt4" },
  ],
  [
    "https://www.youtube.com/shorts/lojwLWF_zt4",
    { type: "video", url: "https://www.youtube.com/watch?v=lojwLWF_zt4" },
  ],
  [
    "//www.youtube.com/embed/lojwLWF_zt4",
    { type: "video", url: "https://www.youtube.com/watch?v=lojwLWF_zt4" },
  ],
  ["https://www.youtube.com/@alhurra", { type: "link", url: "https://www.youtube.com/@alhurra" }],
  [
    "https://player.vimeo.com/video/76979871?h=8272103f6e",
    { type: "video", url: "https://vimeo.com/76979871" },
  ],
  ["https://dai.ly/x8abc12", { type: "video", url: "https://www.dailymotion.com/video/x8abc12" }],
  [
    "https://twitter.com/alhurranews/status/1634567890123456789?s=20",
    { type: "embed", url: "https://x.com/alhurranews/status/1634567890123456789" },
  ],
  [
    "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Falhurra%2Fvideos%2F123%2F&width=560",
    { type: "video", url: "https://www.facebook.com/alhurra/videos/123/" },
  ],
  [
    "https://www.instagram.com/reel/Cq1AbCdEfGh/?igshid=x",
    { type: "video", url: "https://www.instagram.com/reel/Cq1AbCdEfGh/" },
  ],
  [
    "https://soundcloud.com/alhurra/episode-12",
    { type: "audio", url: "https://soundcloud.com/alhurra/episode-12" },
  ],
  ["https://cdn.example.com/clip.MP4", { type: "video", url: "https://cdn.example.com/clip.MP4" }],
  [
    "https://cdn.example.com/photo.jpeg?w=800",
    { type: "image", url: "https://cdn.example.com/photo.jpeg?w=800" },
  ],
  ["https://example.com/news/1", { type: "link", url: "https://example.com/news/1" }],
  ["javascript:alert(1)", null],
  ["/relative/path.mp4", null],
];

for (const [raw, expected] of urls) {
  test(`classifies ${raw}`, () => assert.deepEqual(classifyMediaUrl(raw), expected));
}

/** Strings mixing Arabic, residue pieces and invisible characters, to reach every cleaning path. */
const scraped = fc
  .array(
    fc.oneof(
      fc.string({ unit: "binary", maxLength: 20 }),
      fc.constantFrom(
        SEED_RESIDUE,
        "https://youtu.be/lojwLWF_zt4",
        '" width="560">',
        '<iframe src="https://x.com/a/status/1"',
        "</iframe>",
        "<script>",
        "</script>",
        "&quot;",
        "&#x202B;",
        "&#0;",
        "%22%3E%3C",
        "\u200f",
        "\u202e",
        "\u2067",
        "\r\n",
        "\n\n\n",
        "\u00a0",
        "قال باركر",
        "وسوريا",
        "<",
        ">",
      ),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

test("any text gives clean text without bidi controls, or input.empty", () => {
  fc.assert(
    fc.property(scraped, (raw) => {
      let text: string;
      try {
        text = clean(raw).text;
      } catch (error) {
        assert.ok(error instanceof MarsadError && error.code === "input.empty", String(error));
        return;
      }
      // eslint-disable-next-line no-control-regex -- the output must hold no control characters
      assert.doesNotMatch(text, /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u0000-\u0008\r]/);
      assert.ok(text.length > 0);
      assert.equal(text, text.trim());
      assert.doesNotMatch(text, /\n{3}|[ \t]\n|\n[ \t]| {2}/);
    }),
    { numRuns: 1500 },
  );
});

test("spaces are tidied on lines that need it and untouched on lines that do not", () => {
  const raw = "قال  إن\u00a0الوضع \n\u3000خطير\ufeff\nكما هو\n\tأخيرا ";
  assert.equal(cleanText(raw, "t").text, "قال إن الوضع\nخطير\nكما هو\nأخيرا");
});
