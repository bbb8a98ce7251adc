/**
 * What `ingest` tells the person watching: on a terminal, one progress bar (articles, rate, ETA
 * when the total is known) drawn by cli-progress, with error lines printed above it; otherwise
 * (a log file, a pipe, CI) one plain line every few seconds. Both end with one summary line.
 */
import { MultiBar, type Params } from "cli-progress";
import type { IngestCounts } from "./ingest-session.js";

export interface ProgressReporter {
  update(counts: Readonly<IngestCounts>): void;
  /** The estimated number of documents, once known (null: unknown, no ETA). */
  setTotal(total: number | null): void;
  /** Writes a line (newline-terminated) without breaking the bar. */
  log(line: string): void;
  /** Stops the bar and prints the summary line. */
  finish(counts: Readonly<IngestCounts>): void;
}

export interface ReporterOptions {
  /** Where the bar is drawn; null prints plain lines through `write`. */
  readonly terminal: NodeJS.WritableStream | null;
  readonly write: (text: string) => void;
  /** Time between plain progress lines, in ms (default 5000). */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

const count = (n: number) => n.toLocaleString("en");

/** The counts after the total: what happened to the documents read so far. */
export function describeCounts(counts: Readonly<IngestCounts>): string {
  return (
    `${count(counts.added)} added, ${count(counts.duplicates)} duplicates, ` +
    `${count(counts.skipped)} already ingested, ${count(counts.failed)} failed`
  );
}

function seconds(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** Articles analysed and stored per second over a sliding window, so the rate and ETA follow changes. */
class RateWindow {
  private readonly samples: { time: number; done: number; seen: number }[] = [];
  constructor(private readonly windowMs = 10_000) {}
  add(time: number, done: number, seen: number): void {
    this.samples.push({ time, done, seen });
    while (this.samples.length > 2 && time - this.samples[0]!.time > this.windowMs) this.samples.shift();
  }
  /** [analysed per second, documents seen per second]. */
  rates(): [number, number] {
    const first = this.samples[0];
    const last = this.samples.at(-1);
    if (!first || !last || last.time - first.time < 200) return [0, 0];
    const s = (last.time - first.time) / 1000;
    return [(last.done - first.done) / s, (last.seen - first.seen) / s];
  }
}

export function createProgress(options: ReporterOptions): ProgressReporter {
  const now = options.now ?? Date.now;
  const started = now();
  const window = new RateWindow();
  window.add(started, 0, 0);
  let total: number | null = null;
  let lastLine = started;
  const seen = (c: Readonly<IngestCounts>) => c.read + c.failed;
  const done = (c: Readonly<IngestCounts>) => c.added + c.duplicates;

  const status = (c: Readonly<IngestCounts>, bar: string | null): string => {
    const [rate, seenRate] = window.rates();
    const parts = [`${count(seen(c))}${total === null ? "" : `/${count(total)}`} articles`];
    parts.push(`${count(Math.round(rate))}/s`);
    if (total !== null && seenRate > 0) parts.push(`ETA ${seconds(((total - seen(c)) / seenRate) * 1000)}`);
    parts.push(describeCounts(c));
    return `${bar === null ? "" : `${bar} `}${parts.join(" | ")}`;
  };

  const multibar = options.terminal
    ? new MultiBar({
        stream: options.terminal,
        hideCursor: true,
        linewrap: false,
        fps: 5,
        gracefulExit: true,
        format: (_options, params: Params, payload: { counts?: Readonly<IngestCounts> }) => {
          const c = payload.counts ?? { read: 0, added: 0, duplicates: 0, skipped: 0, failed: 0 };
          const width = 24;
          const filled =
            total === null ? null : Math.round(Math.min(1, params.value / Math.max(1, total)) * width);
          const bar = filled === null ? null : `[${"█".repeat(filled)}${"░".repeat(width - filled)}]`;
          return `ingest ${status(c, bar)}`;
        },
      })
    : null;
  const bar = multibar?.create(1, 0, {});

  return {
    update(counts) {
      const time = now();
      window.add(time, done(counts), seen(counts));
      if (bar) {
        bar.update(seen(counts), { counts: { ...counts } });
        return;
      }
      if (time - lastLine >= (options.intervalMs ?? 5000)) {
        lastLine = time;
        options.write(`marsad: ingest: ${status(counts, null)}\n`);
      }
    },
    setTotal(value) {
      total = value;
      if (value !== null) bar?.setTotal(Math.max(1, value));
    },
    log(line) {
      if (multibar) multibar.log(line);
      else options.write(line);
    },
    finish(counts) {
      multibar?.stop();
      const elapsed = Math.max(1, now() - started);
      const rate = (done(counts) * 1000) / elapsed;
      options.write(
        `marsad: ingest: ${describeCounts(counts)} in ${(elapsed / 1000).toFixed(1)} s ` +
          `(${count(Math.round(rate))} articles/s analysed and stored)\n`,
      );
    },
  };
}
