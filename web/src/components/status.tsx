import type { ComponentChildren } from "preact";
import type { ApiError } from "../api.js";
import { useT } from "../i18n.js";
import type { Loaded } from "../use-api.js";
import { Link } from "./link.js";

export function Loading() {
  const t = useT();
  return (
    <p class="status" role="status" aria-live="polite">
      {t("loading")}
    </p>
  );
}

/** Shows the API's one-sentence message; never a stack or a server path. */
export function ErrorBox(props: { error: ApiError }) {
  const t = useT();
  const message = props.error.status === 404 ? t("notFound") : props.error.message;
  return (
    <p class="status error" role="alert">
      {t("errorPrefix")}: {message}
    </p>
  );
}

/** Renders loading and error states, and `children(data)` once loaded. */
export function Async<T>(props: { loaded: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (props.loaded.state === "loading") return <Loading />;
  if (props.loaded.state === "error") return <ErrorBox error={props.loaded.error} />;
  return <>{props.children(props.loaded.data)}</>;
}

/** Previous/next over a listing; hidden when everything fits on one page. */
export function Pager(props: {
  total: number;
  offset: number;
  limit: number;
  hrefAt: (offset: number) => string;
}) {
  const t = useT();
  const { total, offset, limit } = props;
  if (total <= limit && offset === 0) return null;
  const to = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label={t("pageOf", { from: offset + 1, to, total })}>
      {offset > 0 ? <Link href={props.hrefAt(Math.max(0, offset - limit))}>{t("prev")}</Link> : <span />}
      <span>{t("pageOf", { from: offset + 1, to, total })}</span>
      {to < total ? <Link href={props.hrefAt(offset + limit)}>{t("next")}</Link> : <span />}
    </nav>
  );
}
