/** Days and clock times: أمس، اليوم الجمعة، السبت الماضي، يوم 24 يونيو، مساء السبت، الساعة العاشرة صباحا. */
import type { TimeBase, TimeClock, TimeParse } from "./normalize-time.js";
import { digitValue } from "./number-words.js";
import { dayMonth, numericDate } from "./read-dates.js";
import { bareKey, hasArticle, isDashAt, keyAt, kindAt, type Piece, type Scan } from "./scan.js";
import type { TimeWordKind } from "./time-lexicon.js";

// Days

/** أمس، اليوم، غدا، أول أمس، الليلة; merged with a weekday (أمس الخميس) and a clock. */
export function dayWordAt(scan: Scan, i: number): Piece | null {
  const word = kindAt(scan, i, "day-word");
  if (word === null) return null;
  let end = word.end;
  const isNight = word.word.note !== "";
  // نهاية اليوم، في نهاية المطاف: "in the end", an idiom (منتصف الليلة الماضية is a time).
  if (kindAt(scan, i - 1, "mod") !== null && word.word.number === 0 && !isNight) return null;
  // في ذلك اليوم: "that day" points back to a day of the story, not to today.
  if (DEMONSTRATIVES.has(keyAt(scan, i - 1))) return null;
  // الغد، الأمس are nouns: "tomorrow" only as في الغد، يوم الغد، بالأمس (حزب الغد is a name).
  if (word.prefix === 0 && word.word.number !== 0 && bareKey(scan, i, 0).startsWith("ال")) {
    if (SUPPORTS.every((kind) => kindAt(scan, i - 1, kind) === null)) return null;
  }
  if (word.word.number === 0 && word.word.note === "") {
    // اليوم الأول، اليوم التالي، اليوم العالمي، اليوم نفسه: a day of some other count, not today.
    const next = keyAt(scan, end);
    if (next === "نفسه" || next === "ذاته") return null;
    if (
      next.startsWith("ال") &&
      kindAt(scan, end, "weekday") === null &&
      kindAt(scan, end, "direction") === null
    ) {
      return null;
    }
    if (kindAt(scan, end, "direction") !== null) return null;
  }
  let offset = word.word.number;
  // الليلة الماضية is last night, the night before today; الليلة المقبلة is tonight.
  const direction = isNight ? kindAt(scan, end, "direction") : null;
  if (direction !== null) {
    if (direction.word.number < 0) offset -= 1;
    end = direction.end;
  }
  if (kindAt(scan, end, "weekday", false) !== null) end = kindAt(scan, end, "weekday", false)!.end;
  const base: TimeBase = { kind: "relative-day", offset };
  const daypart = word.word.note !== "" ? word.word.note : undefined;
  return withDayTail(scan, end, word.prefix, { base, ...(daypart === undefined ? {} : { daypart }) });
}

/** Words before اليوم that make it a day of the story: في ذلك اليوم، في نفس اليوم من عام 1947. */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(["ذلك", "تلك", "ذاك", "وذلك", "وتلك", "نفس", "ذات"]);
const SUPPORTS: readonly TimeWordKind[] = ["preposition", "signal", "day-noun", "daypart"];

/** اليوم نفسه، نفس اليوم، غداة: the day the story is at, i.e. the day the text last named. */
export function anaphoricDayAt(scan: Scan, i: number): Piece | null {
  const word = kindAt(scan, i, "anaphoric-day");
  // نفس اليوم من عام 1947: the same day of another year, not of the story.
  if (word === null || keyAt(scan, word.end) === "من") return null;
  return { end: word.end, prefix: word.prefix, parse: { base: { kind: "context-day", anaphoric: true } } };
}

/** الجمعة، الجمعة الماضي، السبت المقبل، الاثنين 14 فبراير 2022، الاثنين الموافق 14 فبراير. */
export function weekdayAt(scan: Scan, i: number): Piece | null {
  const weekday = kindAt(scan, i, "weekday");
  if (weekday === null) return null;
  let end = weekday.end;
  const direction = kindAt(scan, end, "direction", false);
  // ليل السبت الأحد، ليل الأحد-الاثنين: a night named by the two days it joins; the value is the first.
  const pair = kindAt(scan, isDashAt(scan, end) ? end + 1 : end, "weekday", false);
  if (pair !== null) end = pair.end;
  let base: TimeBase = { kind: "weekday", weekday: weekday.word.number, direction: null };
  if (direction !== null) {
    end = direction.end;
    base = { kind: "weekday", weekday: weekday.word.number, direction: direction.word.number };
  }
  let k = end;
  if (scan.tokens[k]?.text === "،" || scan.tokens[k]?.text === ",") k++;
  const same = kindAt(scan, k, "same-day");
  if (same !== null) k = same.end;
  const date =
    scan.tokens[k]?.kind === "number" ? (numericDate(scan, k) ?? dayMonth(scan, k)) : dayMonth(scan, k);
  if (date !== null && date.parse.base.kind === "date" && date.parse.base.day !== null) {
    return withDayTail(scan, date.end, weekday.prefix, date.parse);
  }
  return withDayTail(scan, end, weekday.prefix, { base });
}

/** يوم أمس، يوم الجمعة، يوم 24 يونيو. */
export function dayNounAt(scan: Scan, i: number): Piece | null {
  const noun = kindAt(scan, i, "day-noun");
  if (noun === null) return null;
  const k = noun.end;
  const inner =
    dayWordAt(scan, k) ??
    weekdayAt(scan, k) ??
    (scan.tokens[k]?.kind === "number" ? numericDate(scan, k) : null) ??
    dayMonth(scan, k);
  if (inner === null || inner.prefix > 0) return null;
  return { end: inner.end, prefix: noun.prefix, parse: inner.parse };
}

/** صباح اليوم، مساء السبت، فجر أمس، بعد ظهر الثلاثاء، هذا الصباح، في المساء. */
export function daypartAt(scan: Scan, i: number): Piece | null {
  const thisWord = kindAt(scan, i, "this");
  const at = thisWord?.end ?? i;
  const part = kindAt(scan, at, "daypart", thisWord === null);
  if (part === null) return null;
  const prefix = thisWord?.prefix ?? part.prefix;
  // صباحا، ليلا: an adverb after a day or a clock is read with them (withDayTail); alone, it is
  // the part of the day in context (هجوم استهدف صباحا).
  if (bareKey(scan, at, part.prefix).endsWith("ا")) {
    if (thisWord !== null || part.prefix > 0) return null;
    // صباحا مساء, صباح مساء: "morning and evening", i.e. all the time.
    if (kindAt(scan, part.end, "daypart") !== null || kindAt(scan, i - 1, "daypart") !== null) return null;
    return { end: part.end, prefix, parse: { base: { kind: "context-day" }, daypart: part.word.value } };
  }
  const today: TimeParse = { base: { kind: "relative-day", offset: 0 }, daypart: part.word.value };
  if (thisWord !== null) return { end: part.end, prefix, parse: today };
  if (part.word.note === "after-preposition") {
    const before = keyAt(scan, i - 1);
    if (part.prefix > 0 || (before !== "في" && before !== "وفي")) return null;
    return { end: part.end, prefix, parse: { base: { kind: "context-day" }, daypart: part.word.value } };
  }
  const k = part.end;
  const inner = dayNounAt(scan, k) ?? dayWordAt(scan, k) ?? weekdayAt(scan, k) ?? dayMonth(scan, k);
  if (inner === null || inner.prefix > 0) {
    // بعد الظهر alone: the afternoon of the day in context.
    if (keyAt(scan, part.end - 1).startsWith("ال") && part.end - i > 1) {
      return { end: part.end, prefix, parse: { base: { kind: "context-day" }, daypart: part.word.value } };
    }
    return null;
  }
  return { end: inner.end, prefix: part.prefix, parse: { ...inner.parse, daypart: part.word.value } };
}

/** After a day: a part of day written as an adverb (صباحا، مساء) and a clock (الساعة العاشرة). */
export function withDayTail(scan: Scan, end: number, prefix: number, parse: TimeParse): Piece {
  let result: Piece = { end, prefix, parse };
  const adverb = kindAt(scan, end, "daypart", false);
  if (adverb !== null && bareKey(scan, end, 0).endsWith("ا")) {
    result = { end: adverb.end, prefix, parse: { ...parse, daypart: adverb.word.value } };
  }
  const clock = clockAt(scan, result.end);
  if (clock !== null && clock.prefix === 0 && clock.parse.clock !== undefined) {
    result = { end: clock.end, prefix, parse: { ...withoutDaypart(result.parse), clock: clock.parse.clock } };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Clock times

/** الساعة العاشرة صباحا، الساعة 19.50، الساعة 3 والنصف، 16.50 غرينتش، 10:30 مساء. */
export function clockAt(scan: Scan, i: number): Piece | null {
  const unit = kindAt(scan, i, "unit");
  const isHourWord = unit !== null && unit.word.value === "H" && hasArticle(scan, unit, i);
  let k = isHourWord ? unit.end : i;
  let hour = NaN;
  let minute = 0;
  const hhmm = readHourMinute(scan, k) ?? (isHourWord ? null : zonedFourDigits(scan, k));
  if (hhmm !== null) {
    [hour, minute, k] = [hhmm.hour, hhmm.minute, hhmm.end];
  } else {
    const n = isHourWord ? digitValue(scan.tokens[k]) : NaN;
    const word = kindAt(scan, k, "hour", false);
    if (!Number.isNaN(n) && (scan.tokens[k]?.text.length ?? 0) <= 2) [hour, k] = [n, k + 1];
    else if (word !== null) [hour, k] = [word.word.number, word.end];
    else return null;
    const fraction = kindAt(scan, k, "fraction");
    if (fraction !== null && fraction.prefix === 1) [minute, k] = [fraction.word.number, fraction.end];
    // الثالثة فجرا، الثامنة صباحا: an hour word without الساعة is a clock only before a part of day.
    if (!isHourWord && kindAt(scan, k, "daypart", false) === null) return null;
  }
  let daypart: string | undefined;
  const adverb = kindAt(scan, k, "daypart", false);
  // الثانية والنصف فجر الثلاثاء: a part of day in construct names the day of the clock.
  const ofDay = adverb === null ? null : daypartAt(scan, k);
  if (ofDay !== null && ofDay.prefix === 0 && ofDay.parse.base.kind !== "context-day") {
    const clock = clockOf(hour, minute, ofDay.parse.daypart, false);
    if (clock === null) return null;
    const prefix = isHourWord ? unit.prefix : 0;
    return { end: ofDay.end, prefix, parse: { ...withoutDaypart(ofDay.parse), clock } };
  }
  if (adverb !== null) {
    daypart = adverb.word.value;
    k = adverb.end;
  }
  let utc = false;
  if (keyAt(scan, k) === "بتوقيت") k++;
  const zone = kindAt(scan, k, "zone");
  if (zone !== null) [utc, k] = [true, zone.end];
  // A bare 10.30 is a clock only with a part of day or a zone after it.
  if (!isHourWord && daypart === undefined && !utc) return null;
  const clock = clockOf(hour, minute, daypart, utc);
  if (clock === null) return null;
  const prefix = isHourWord ? unit.prefix : 0;
  // الساعة العاشرة من صباح اليوم: the day comes after the clock.
  if (keyAt(scan, k) === "من") {
    const day = daypartAt(scan, k + 1);
    if (day !== null && day.prefix === 0) {
      return { end: day.end, prefix, parse: { ...withoutDaypart(day.parse), clock } };
    }
  }
  return { end: k, prefix, parse: { base: { kind: "context-day" }, clock } };
}

/** 19.50، 10:30: a number token with one separator, or digits, a colon and digits. */
export function readHourMinute(scan: Scan, i: number): { hour: number; minute: number; end: number } | null {
  const token = scan.tokens[i];
  if (token === undefined || token.kind !== "number") return null;
  const key = token.key;
  const dot = key.indexOf(".");
  const separator = dot > 0 ? dot : key.indexOf(",");
  if (separator > 0 && separator <= 2 && key.length - separator === 3) {
    return { hour: Number(key.slice(0, separator)), minute: Number(key.slice(separator + 1)), end: i + 1 };
  }
  const colon = scan.tokens[i + 1];
  const minutes = scan.tokens[i + 2];
  if (
    colon?.text === ":" &&
    minutes?.kind === "number" &&
    colon.start === token.end &&
    minutes.start === colon.end
  ) {
    if (key.length <= 2 && minutes.key.length === 2) {
      return { hour: Number(key), minute: Number(minutes.key), end: i + 3 };
    }
  }
  return null;
}

/** The 24-hour clock of an hour read with its part of day (الرابعة مساء is 16:00), or null. */
function clockOf(hour: number, minute: number, daypart: string | undefined, utc: boolean): TimeClock | null {
  if (hour > 24 || minute > 59) return null;
  const pm =
    daypart === "EV" ||
    daypart === "AF" ||
    (daypart === "NI" && hour >= 6) ||
    // الواحدة ظهرا is 13:00; الحادية عشرة ظهرا stays 11:00.
    (daypart === "MI" && hour < 6);
  const h = pm && hour < 12 ? hour + 12 : hour;
  return { hour: h === 24 ? 0 : h, minute, utc };
}

/** 1130 بتوقيت غرينتش: four digits with a time zone after them are a military-style clock. */
function zonedFourDigits(scan: Scan, i: number): { hour: number; minute: number; end: number } | null {
  const token = scan.tokens[i];
  if (token === undefined || token.kind !== "number" || !/^\d{4}$/.test(token.key)) return null;
  const k = keyAt(scan, i + 1) === "بتوقيت" ? i + 2 : i + 1;
  if (kindAt(scan, k, "zone") === null) return null;
  return { hour: Number(token.key.slice(0, 2)), minute: Number(token.key.slice(2)), end: i + 1 };
}

/** A clock is more precise than a part of day: مساء الجمعة الساعة التاسعة keeps the clock. */
function withoutDaypart(parse: TimeParse): TimeParse {
  return parse.mod === undefined ? { base: parse.base } : { base: parse.base, mod: parse.mod };
}
