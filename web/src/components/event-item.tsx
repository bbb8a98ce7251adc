/** One event row: type, trigger in its sentence, actors, targets, place and date, linked to the article. */
import type { EventRow } from "../../../src/store/types.js";
import { eventTypeName } from "../event-types.js";
import { useT } from "../i18n.js";
import { hrefFor } from "../router.js";
import { Link } from "./link.js";

function Names(props: { items: readonly { id: string; name: string }[] }) {
  return (
    <>
      {props.items.map((item, i) => (
        <span key={item.id}>
          {i > 0 && "، "}
          <Link href={hrefFor("entity", { id: item.id })}>
            <bdi>{item.name}</bdi>
          </Link>
        </span>
      ))}
    </>
  );
}

export function EventItem(props: { row: EventRow }) {
  const t = useT();
  const { row } = props;
  const start = Math.max(0, row.trigger.start - row.context.start);
  const end = Math.min(row.context.text.length, row.trigger.end - row.context.start);
  return (
    <li class="event-card">
      <p>
        <span class={`badge ev-badge`}>{eventTypeName(row.type, t.lang)}</span>{" "}
        <bdi>{row.date ?? t("unknownDate")}</bdi>
      </p>
      <p dir="rtl" lang="ar" class="context">
        {row.context.text.slice(0, start)}
        <mark class="mk mk-event">{row.context.text.slice(start, end)}</mark>
        {row.context.text.slice(end)}
      </p>
      <dl class="inline-dl">
        {row.actors.length > 0 && (
          <>
            <dt>{t("actors")}</dt>
            <dd>
              <Names items={row.actors} />
            </dd>
          </>
        )}
        {row.targets.length > 0 && (
          <>
            <dt>{t("targets")}</dt>
            <dd>
              <Names items={row.targets} />
            </dd>
          </>
        )}
        {row.place && (
          <>
            <dt>{t("place")}</dt>
            <dd>
              <Names items={[row.place]} />
            </dd>
          </>
        )}
      </dl>
      <p class="meta-line">
        {row.outlet && <span>{row.outlet}</span>}
        <Link href={hrefFor("article", { id: row.article, hl: `${row.trigger.start}-${row.trigger.end}` })}>
          {t("openArticle")}: <bdi>{row.title ?? t("untitled")}</bdi>
        </Link>
      </p>
    </li>
  );
}
