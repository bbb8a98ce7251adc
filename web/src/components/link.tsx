import type { ComponentChildren } from "preact";
import { useT } from "../i18n.js";
import { onLinkClick } from "../router.js";
import { safeHttpUrl } from "../safe-url.js";

/** An in-app link: a real href (shareable, opens in a new tab) that navigates without a reload. */
export function Link(props: {
  href: string;
  children: ComponentChildren;
  class?: string;
  "aria-label"?: string;
  "aria-current"?: "page";
}) {
  return (
    <a
      href={props.href}
      class={props.class}
      aria-label={props["aria-label"]}
      aria-current={props["aria-current"]}
      onClick={onLinkClick}
    >
      {props.children}
    </a>
  );
}

/** A link out of Marsad; the caller passes only URLs that `safeHttpUrl` accepted. */
export function ExternalLink(props: { href: string; children: ComponentChildren }) {
  return (
    <a href={props.href} target="_blank" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">
      {props.children}
    </a>
  );
}

/** Shows a URL as a link only when it is http(s); anything else is inert text. */
export function SafeUrl(props: { url: string | null }) {
  const t = useT();
  if (!props.url) return null;
  const safe = safeHttpUrl(props.url);
  if (safe) return <ExternalLink href={safe}>{props.url}</ExternalLink>;
  return (
    <span class="unsafe-url" title={t("unsafeUrl")}>
      {props.url} <small>({t("unsafeUrl")})</small>
    </span>
  );
}
