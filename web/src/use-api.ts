import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { ApiError } from "./api.js";

export type Loaded<T> =
  | { readonly state: "loading" }
  | { readonly state: "error"; readonly error: ApiError }
  | { readonly state: "done"; readonly data: T };

/**
 * Runs an API call whenever `key` changes and aborts the previous one, so a fast typist or a
 * back button never sees an older answer land after a newer one.
 */
export function useApi<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
  /** False holds the call back (stays loading), e.g. until a more urgent answer is in. */
  enabled = true,
  /** The answer the page was rendered with on the server, if any: used for the first key, not fetched. */
  initial?: T,
): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>(() =>
    initial === undefined ? { state: "loading" } : { state: "done", data: initial },
  );
  const seededKey = useRef(initial === undefined ? null : key);
  // A layout effect runs right after render; a plain effect waits for the next frame, which in a
  // freshly opened tab delayed the request by 100-150 ms.
  useLayoutEffect(() => {
    if (seededKey.current === key) return;
    seededKey.current = null;
    setLoaded({ state: "loading" });
    if (!enabled) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setLoaded({ state: "done", data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError("client", 0, String(error));
        setLoaded({ state: "error", error: apiError });
      },
    );
    return () => controller.abort();
    // `load` is a fresh closure each render; `key` names what it fetches.
  }, [key, enabled]);
  return loaded;
}
