/** Median of a list of numbers (the benchmarks report medians: the machines are noisy). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/**
 * Runs `fn` `runs` times after one warm-up and returns each run's wall time in ms. Each run starts
 * from a collected heap (when node runs with --expose-gc), so no run pays for an earlier one's garbage.
 */
export function timeRuns(runs: number, fn: () => void): number[] {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return times;
}
