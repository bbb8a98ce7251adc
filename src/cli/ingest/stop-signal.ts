/**
 * The signal that stops `ingest` and `watch` cleanly: the one the caller passes (tests), else the
 * first SIGINT or SIGTERM while the command runs. A second signal gets Node's default (exit at
 * once): the handlers are `once`, so an impatient user is never stuck.
 */
export interface StopSignal {
  readonly signal: AbortSignal;
  /** Removes the process handlers (call when the command ends). */
  dispose(): void;
}

export function stopSignal(given: AbortSignal | undefined): StopSignal {
  if (given) return { signal: given, dispose: () => {} };
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return {
    signal: controller.signal,
    dispose: () => {
      process.removeListener("SIGINT", stop);
      process.removeListener("SIGTERM", stop);
    },
  };
}
