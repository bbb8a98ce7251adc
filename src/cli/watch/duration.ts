/** `--every 10m`: a number and a unit (ms, s, m, h, d; seconds when none), to milliseconds. */
import { MarsadError } from "../../doc/index.js";

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseDuration(option: string, value: string, minimumMs: number): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/i.exec(value.trim());
  const ms = match ? Number(match[1]) * UNIT_MS[(match[2] ?? "s").toLowerCase()]! : NaN;
  if (!Number.isFinite(ms) || ms < minimumMs) {
    throw new MarsadError(
      "option.invalid",
      option,
      `"${value}" is not a duration of at least ${formatDuration(minimumMs)}; write e.g. 30s, 10m or 1h`,
    );
  }
  return Math.round(ms);
}

/** 600000 → "10m", 90000 → "1m30s": for log lines. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return [h ? `${h}h` : "", m ? `${m}m` : "", rest || (!h && !m) ? `${rest}s` : ""].join("");
}
