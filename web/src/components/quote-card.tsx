/** One quote with its sentence in context, its speaker and a link to the exact characters in the article. */
import type { QuoteRow } from "../../../src/store/types.js";
import { useT } from "../i18n.js";
import { hrefFor } from "../router.js";
import { Link } from "./link.js";

export function QuoteCard(props: { row: QuoteRow }) {
  const t = useT();
  const { row } = props;
  const { context, content } = row;
  // Offsets are article offsets; the quote is cut out of its context by subtraction.
  const start = Math.max(0, content.start - context.start);
  const end = Math.min(context.text.length, content.end - context.start);
  const speakerName = row.speaker?.name ?? row.speaker?.text ?? t("unknownSpeaker");
  return (
    <li class="quote-card">
      <p class="quote-speaker">
        {row.speaker?.entity ? (
          <Link href={hrefFor("entity", { id: row.speaker.entity })}>
            <bdi>{speakerName}</bdi>
          </Link>
        ) : (
          <bdi>{speakerName}</bdi>
        )}
        <span class="badge">
          {t(
            row.kind === "direct" ? "quoteDirect" : row.kind === "indirect" ? "quoteIndirect" : "quoteMixed",
          )}
        </span>
      </p>
      <blockquote dir="rtl" lang="ar" aria-label={t("inContext")}>
        {context.text.slice(0, start)}
        <mark class="mk mk-quote">{context.text.slice(start, end)}</mark>
        {context.text.slice(end)}
      </blockquote>
      <p class="meta-line">
        <span>{row.published?.slice(0, 10) ?? t("unknownDate")}</span>
        {row.outlet && <span>{row.outlet}</span>}
        <Link href={hrefFor("article", { id: row.article, hl: `${content.start}-${content.end}` })}>
          {t("openArticle")}: <bdi>{row.title ?? t("untitled")}</bdi>
        </Link>
      </p>
    </li>
  );
}
