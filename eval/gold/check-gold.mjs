#!/usr/bin/env node
// Checks the gold annotation files in eval/gold/news/ against the ANT multi-source JSONL.
// Plain Node ESM, no dependencies.
//
//   node eval/gold/check-gold.mjs [path/to/ant_multisource_...jsonl] [--dir folder]
//
// --dir checks a batch being annotated outside the repository (eval/gold/tools/) instead of news/.
//
// Default JSONL path: ../shared/data/news/ant-multisource/ant_multisource_v2.1_middleEast_internationalNews_sample.jsonl
// relative to the repository root. Exits 1 if any error is found.

import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..");
const args = process.argv.slice(2);
const dirAt = args.indexOf("--dir");
const dirArg = dirAt >= 0 ? args[dirAt + 1] : undefined;
if (dirAt >= 0 && dirArg === undefined) {
  console.error("check-gold: --dir needs a folder");
  process.exit(2);
}
const positional = args.filter((_, i) => dirAt < 0 || (i !== dirAt && i !== dirAt + 1));
const jsonlPath = resolve(
  positional[0] ??
    join(
      repoRoot,
      "..",
      "shared",
      "data",
      "news",
      "ant-multisource",
      "ant_multisource_v2.1_middleEast_internationalNews_sample.jsonl",
    ),
);
const goldDir = dirArg === undefined ? join(here, "news") : resolve(dirArg);

const QUOTE_KINDS = new Set(["direct", "indirect", "mixed"]);
const TIME_TYPES = new Set(["DATE", "TIME", "DURATION", "SET"]);
// The PLOVER types are those of the event-triggers lexicon header (`types=…`), so the gold and the
// events stage cannot drift apart.
const triggersHeader = readFileSync(
  join(repoRoot, "data", "lexicons", "event-triggers", "event-triggers.tsv"),
  "utf8",
).split("\n", 1)[0];
const EVENT_TYPES = new Set(/\btypes=(\S+)/.exec(triggersHeader)?.[1]?.split(",") ?? []);
if (EVENT_TYPES.size === 0) {
  console.error("check-gold: no types= in the event-triggers lexicon header");
  process.exit(1);
}
const MODS = new Set(["START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN"]);
const MARKS = "\"«»“”„‘’'";
const OPEN_CLOSE = { "«": "»", "“": "”", "„": "”", "‘": "’" };

const DATE_RE =
  /^(\d{3}|\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}|\d{4}-(SP|SU|FA|WI)|PRESENT_REF|PAST_REF|FUTURE_REF)$/;
const TIME_RE = /^\d{4}-\d{2}-\d{2}T(\d{2}:\d{2}|MO|AF|EV|NI)Z?$/;
const DUR_RE = /^P((\d+|X)(Y|M|W|D|DE))$|^PT(\d+|X)(H|M|S)$/;
const VALUE_RE = { DATE: DATE_RE, TIME: TIME_RE, DURATION: DUR_RE, SET: DUR_RE };
const anyValue = (v) => DATE_RE.test(v) || TIME_RE.test(v) || DUR_RE.test(v);

const MONTHS = {
  Jan: 1,
  Feb: 2,
  Mar: 3,
  Apr: 4,
  May: 5,
  Jun: 6,
  Jul: 7,
  Aug: 8,
  Sep: 9,
  Oct: 10,
  Nov: 11,
  Dec: 12,
};
function publishedFromTime(time) {
  // "Fri, 04 May 2018 18:19:13 +0400": the date as printed (no time-zone conversion)
  const m = /^\w{3}, (\d{2}) (\w{3}) (\d{4}) /.exec(time ?? "");
  if (!m) return null;
  return `${m[3]}-${String(MONTHS[m[2]]).padStart(2, "0")}-${m[1]}`;
}

// ---- load the articles needed
if (!existsSync(goldDir)) {
  console.error(`check-gold: ${goldDir}: no such folder`);
  process.exit(2);
}
const goldFiles = readdirSync(goldDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const golds = goldFiles.map((f) => ({ file: f, data: JSON.parse(readFileSync(join(goldDir, f), "utf8")) }));
const wanted = new Set(golds.map((g) => g.data.id));
const articles = new Map();
for (const line of readFileSync(jsonlPath, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const idm = /"id":\s*"([^"]+)"/.exec(line);
  if (idm && !wanted.has(idm[1])) continue;
  const rec = JSON.parse(line);
  if (wanted.has(rec.id)) articles.set(rec.id, rec);
}

let errors = 0;
let warnings = 0;
const err = (file, msg) => {
  errors++;
  console.log(`ERROR ${file}: ${msg}`);
};
const warn = (file, msg) => {
  warnings++;
  console.log(`warn  ${file}: ${msg}`);
};

function checkSpan(file, text, span, what, { allowNull = false } = {}) {
  if (span === null || span === undefined) {
    if (!allowNull) err(file, `${what}: missing span`);
    return null;
  }
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    err(file, `${what}: non-integer offsets`);
    return null;
  }
  if (start < 0 || end > text.length) {
    err(file, `${what}: [${start},${end}) outside text (length ${text.length})`);
    return null;
  }
  if (end <= start) {
    err(file, `${what}: empty span [${start},${end})`);
    return null;
  }
  const s = text.slice(start, end);
  if (/^\s/.test(s) || /\s$/.test(s)) err(file, `${what}: [${start},${end}) starts or ends with whitespace`);
  return s;
}

function marksBalanced(s) {
  const ascii = (s.match(/"/g) ?? []).length;
  if (ascii % 2 !== 0) return false;
  for (const [o, c] of Object.entries(OPEN_CLOSE)) {
    if (s.split(o).length - 1 !== s.split(c).length - 1 && o !== "„") return false;
  }
  return true;
}

const totals = {
  articles: 0,
  split: {},
  source: {},
  quotes: 0,
  quoteKinds: {},
  quotesWithCue: 0,
  quotesWithSpeaker: 0,
  times: 0,
  timeTypes: {},
  events: 0,
  eventTypes: {},
};
const inc = (o, k) => {
  o[k] = (o[k] ?? 0) + 1;
};
const seenIds = new Set();

console.log("file                                         split  quotes(d/i/m)  times  events");
for (const { file, data: g } of golds) {
  const rec = articles.get(g.id);
  if (file !== `${g.id}.json`) err(file, `file name does not match id ${g.id}`);
  if (seenIds.has(g.id)) err(file, `duplicate id ${g.id}`);
  seenIds.add(g.id);
  if (!rec) {
    err(file, `article ${g.id} not found in ${jsonlPath}`);
    continue;
  }
  const text = rec.text;
  const sha = createHash("sha1").update(text, "utf8").digest("hex");
  if (g.textSha1 !== sha) err(file, `textSha1 mismatch (gold ${g.textSha1}, jsonl ${sha})`);
  if (g.split !== "dev" && g.split !== "test") err(file, `split must be dev|test, got ${g.split}`);
  const pub = publishedFromTime(rec.time);
  if (g.published !== pub) err(file, `published ${g.published} != date of time field ${rec.time}`);
  for (const k of ["quotes", "times", "events"]) if (!Array.isArray(g[k])) err(file, `${k} must be an array`);
  if (!Array.isArray(g.quotes) || !Array.isArray(g.times) || !Array.isArray(g.events)) continue;
  for (const [k, v] of Object.entries(g)) {
    if (!["id", "split", "textSha1", "published", "quotes", "times", "events"].includes(k))
      err(file, `unexpected field ${k}`);
    if (typeof v === "string" && v.length > 80) err(file, `field ${k} looks like stored text`);
  }

  const qk = { direct: 0, indirect: 0, mixed: 0 };
  g.quotes.forEach((q, i) => {
    const w = `quote[${i}]`;
    if (!QUOTE_KINDS.has(q.kind)) err(file, `${w}: bad kind ${q.kind}`);
    else qk[q.kind]++;
    const s = checkSpan(file, text, q, `${w} content`);
    if (s !== null) {
      const first = s[0];
      const last = s[s.length - 1];
      if (q.kind === "direct") {
        if (MARKS.includes(first) || MARKS.includes(last))
          err(file, `${w}: direct quote content includes its quotation marks`);
        const before = text[q.start - 1] ?? "";
        const after = text.slice(q.end, q.end + 4);
        if (!MARKS.includes(before) && !/["«“]\s$/.test(text.slice(Math.max(0, q.start - 2), q.start)))
          warn(file, `${w}: direct quote not preceded by a quotation mark`);
        if (!/^[.،,!؟?…]*\s?["»”']/.test(after))
          warn(file, `${w}: direct quote not followed by a quotation mark`);
      } else if ((MARKS.includes(first) || MARKS.includes(last)) && !marksBalanced(s)) {
        err(file, `${w}: ${q.kind} quote content starts/ends with an unbalanced quotation mark`);
      }
    }
    if (q.cue !== null) checkSpan(file, text, q.cue, `${w} cue`, { allowNull: true });
    if (q.speaker !== null) checkSpan(file, text, q.speaker, `${w} speaker`, { allowNull: true });
    if (q.speaker && !q.speakerName) err(file, `${w}: speaker span without speakerName`);
    if (q.speakerName !== null && typeof q.speakerName !== "string")
      err(file, `${w}: speakerName must be a string or null`);
    if (q.cue) totals.quotesWithCue++;
    if (q.speaker) totals.quotesWithSpeaker++;
  });
  // nested quotes are allowed (an attribution inside an attributed sentence); crossing ones are not
  const qs = [...g.quotes].sort((a, b) => a.start - b.start);
  for (let i = 0; i < qs.length; i++)
    for (let j = i + 1; j < qs.length && qs[j].start < qs[i].end; j++) {
      const a = qs[i],
        b = qs[j];
      const nested = (b.start >= a.start && b.end <= a.end) || (a.start >= b.start && a.end <= b.end);
      if (!nested) err(file, `quotes [${a.start},${a.end}) and [${b.start},${b.end}) cross`);
      if (a.start === b.start && a.end === b.end) err(file, `duplicate quote span [${a.start},${a.end})`);
    }

  g.times.forEach((t, i) => {
    const w = `time[${i}]`;
    checkSpan(file, text, t, w);
    if (!TIME_TYPES.has(t.type)) err(file, `${w}: bad type ${t.type}`);
    else {
      inc(totals.timeTypes, t.type);
      if (!VALUE_RE[t.type].test(t.value)) err(file, `${w}: value ${t.value} is not a valid ${t.type} value`);
    }
    if (t.mod !== undefined && !MODS.has(t.mod)) err(file, `${w}: bad mod ${t.mod}`);
    if (t.calendar !== undefined && t.calendar !== "hijri") err(file, `${w}: bad calendar ${t.calendar}`);
  });
  const ts = [...g.times].sort((a, b) => a.start - b.start);
  for (let i = 1; i < ts.length; i++)
    if (ts[i].start < ts[i - 1].end)
      err(file, `times [${ts[i - 1].start},${ts[i - 1].end}) and [${ts[i].start},${ts[i].end}) overlap`);

  g.events.forEach((e, i) => {
    const w = `event[${i}]`;
    if (!EVENT_TYPES.has(e.type)) err(file, `${w}: bad PLOVER type ${e.type}`);
    else inc(totals.eventTypes, e.type);
    checkSpan(file, text, e.trigger, `${w} trigger`);
    for (const k of ["actors", "targets"]) {
      if (!Array.isArray(e[k]) || e[k].some((x) => typeof x !== "string" || !x.trim()))
        err(file, `${w}: ${k} must be an array of names`);
    }
    if (e.place !== null && typeof e.place !== "string") err(file, `${w}: place must be a name or null`);
    if (e.time !== null && !anyValue(e.time)) err(file, `${w}: time ${e.time} is not a TIMEX3 value`);
  });

  totals.articles++;
  inc(totals.split, g.split);
  inc(totals.source, rec.source);
  totals.quotes += g.quotes.length;
  for (const [k, v] of Object.entries(qk)) totals.quoteKinds[k] = (totals.quoteKinds[k] ?? 0) + v;
  totals.times += g.times.length;
  totals.events += g.events.length;
  console.log(
    `${g.id.padEnd(44)} ${g.split.padEnd(6)} ${String(g.quotes.length).padStart(3)} (${qk.direct}/${qk.indirect}/${qk.mixed})`.padEnd(
      67,
    ) + `${String(g.times.length).padStart(5)}  ${String(g.events.length).padStart(6)}`,
  );
}

const fmt = (o) =>
  Object.entries(o)
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
console.log("\nTotals");
console.log(`  articles: ${totals.articles} (${fmt(totals.split)}); sources: ${fmt(totals.source)}`);
console.log(
  `  quotes:   ${totals.quotes} (${fmt(totals.quoteKinds)}); with cue ${totals.quotesWithCue}, with speaker span ${totals.quotesWithSpeaker}`,
);
console.log(`  times:    ${totals.times} (${fmt(totals.timeTypes)})`);
console.log(`  events:   ${totals.events} (${fmt(totals.eventTypes)})`);
console.log(`  ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors ? 1 : 0);
