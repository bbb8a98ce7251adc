/**
 * Calendar periods named relative to now (العام الماضي، الشهر الجاري، هذا الأسبوع): read by the
 * period, date and ref-word readers alike, so kept apart from them.
 */
import type { TimeUnit } from "./normalize-time.js";
import { hasArticle, kindAt, type Piece, type Scan } from "./scan.js";

/** العام الماضي، الشهر المقبل، الأسبوع الجاري، هذا العام، العام قبل الماضي; after a modifier, العام alone. */
export function unitWithDirection(scan: Scan, i: number, afterMod: boolean): Piece | null {
  const thisWord = kindAt(scan, i, "this");
  const k = thisWord?.end ?? i;
  const unit = kindAt(scan, k, "unit", thisWord === null);
  if (unit === null || !hasArticle(scan, unit, k) || !isCalendarUnit(unit.word.value)) return null;
  // الأمين العام السابق: العام is "general" after a title.
  if (thisWord === null && kindAt(scan, i - 1, "general-title") !== null) return null;
  const value = unit.word.value as TimeUnit;
  // العقد is also "the contract": a decade only with الماضي/المقبل.
  if (value === "D" || (value === "DE" && kindAt(scan, unit.end, "direction", false) === null)) return null;
  const prefix = thisWord?.prefix ?? unit.prefix;
  let end = unit.end;
  let offset = 0;
  const direction = kindAt(scan, end, "direction", false);
  const signal = kindAt(scan, end, "signal", false);
  // العام قبل الماضي، الأسبوع بعد المقبل.
  const further = signal === null ? null : kindAt(scan, signal.end, "direction", false);
  if (direction !== null) {
    // العام الأخير is the last twelve months, a duration (as the gold reads it).
    if (direction.word.note === "last" && thisWord === null) {
      return { end: direction.end, prefix, parse: { base: { kind: "duration", unit: value, count: 1 } } };
    }
    offset = direction.word.number;
    end = direction.end;
  } else if (
    signal !== null &&
    further !== null &&
    (signal.word.value === "ago" || signal.word.value === "after")
  ) {
    offset = further.word.number + (signal.word.value === "ago" ? -1 : 1);
    end = further.end;
  } else if (thisWord === null && !afterMod) {
    return null;
  }
  return { end, prefix, parse: { base: { kind: "relative", unit: value, offset } } };
}

function isCalendarUnit(unit: string): boolean {
  return unit === "Y" || unit === "M" || unit === "W" || unit === "D" || unit === "DE";
}
