/** An entity: names, roles, mentions over time, quotes by and about it, co-occurring entities, its events. */
import type { EntityDetail } from "../../../src/store/types.js";
import { api } from "../api.js";
import { EventItem } from "../components/event-item.js";
import { Link } from "../components/link.js";
import { MonthChart } from "../components/month-chart.js";
import { QuoteCard } from "../components/quote-card.js";
import { Async } from "../components/status.js";
import { useT } from "../i18n.js";
import { hrefFor, type Route } from "../router.js";
import { useApi } from "../use-api.js";

/** Co-occurring entities as a ranked list with bars proportional to shared articles. */
function Cooccurring(props: { entity: EntityDetail }) {
  const t = useT();
  const max = Math.max(1, ...props.entity.cooccurring.map((c) => c.shared));
  return (
    <ol class="ranked">
      {props.entity.cooccurring.slice(0, 15).map((other) => (
        <li key={other.id}>
          <Link class={`chip mk-${other.type.toLowerCase()}`} href={hrefFor("entity", { id: other.id })}>
            <bdi>{other.name}</bdi>
          </Link>
          <span class="rank-bar" aria-hidden="true">
            <span class="rank-fill" style={{ inlineSize: `${(other.shared / max) * 100}%` }} />
          </span>
          <span class="count">{t("sharedN", { n: other.shared })}</span>
        </li>
      ))}
    </ol>
  );
}

function EntityBody(props: { entity: EntityDetail }) {
  const t = useT();
  const { entity } = props;
  return (
    <article class="entity-page" aria-labelledby="entity-title">
      <header class="entity-head">
        <p class="kicker">
          <span class={`chip mk-${entity.type.toLowerCase()}`}>{t(`type${entity.type}`)}</span>
        </p>
        <h1 id="entity-title" lang="ar" dir="rtl">
          {entity.name}
        </h1>
        <p class="latin">
          <bdi dir="ltr" lang="en">
            {entity.latin}
          </bdi>
        </p>
        <p class="meta-line">
          <span>{t("articlesN", { n: entity.articles })}</span>
          <span>{t("mentionsN", { n: entity.mentions })}</span>
          <Link href={hrefFor("search", { entity: entity.id })}>{t("navSearch")}</Link>
          <Link href={hrefFor("quotes", { speaker: entity.id })}>{t("quotesBy")}</Link>
        </p>
        {entity.aliases.length > 0 && (
          <p>
            {t("aliases")}: <bdi>{entity.aliases.join("، ")}</bdi>
          </p>
        )}
        {entity.roles.length > 0 && (
          <p>
            {t("roles")}:{" "}
            {entity.roles.map((role) => (
              <span key={role.text} class="chip">
                <bdi>{role.text}</bdi> <span class="count">{role.count}</span>
              </span>
            ))}
          </p>
        )}
      </header>
      <MonthChart data={entity.timeline} label={t("mentionsOverTime")} />
      {entity.recentMentions.length > 0 && (
        <p class="recent-mentions">
          {t("recentMentions")}:{" "}
          {entity.recentMentions.map((mention) => (
            <Link
              key={`${mention.article}:${mention.start}`}
              class="chip"
              href={hrefFor("article", { id: mention.article, hl: `${mention.start}-${mention.end}` })}
            >
              <bdi>{mention.text}</bdi>
            </Link>
          ))}
        </p>
      )}
      <div class="columns">
        <section aria-labelledby="quotes-by">
          <h2 id="quotes-by">{t("quotesBy")}</h2>
          {entity.quotesBy.length === 0 && <p>{t("noQuotes")}</p>}
          <ul class="cards">
            {entity.quotesBy.map((row) => (
              <QuoteCard key={`${row.article}:${row.index}`} row={row} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="quotes-about">
          <h2 id="quotes-about">{t("quotesAbout")}</h2>
          {entity.quotesAbout.length === 0 && <p>{t("noQuotes")}</p>}
          <ul class="cards">
            {entity.quotesAbout.map((row) => (
              <QuoteCard key={`${row.article}:${row.index}`} row={row} />
            ))}
          </ul>
        </section>
      </div>
      <div class="columns">
        <section aria-labelledby="cooc">
          <h2 id="cooc">{t("cooccurring")}</h2>
          <Cooccurring entity={entity} />
        </section>
        <section aria-labelledby="events-of">
          <h2 id="events-of">{t("eventsOf")}</h2>
          {entity.events.length === 0 && <p>{t("noEvents")}</p>}
          <ul class="cards">
            {entity.events.map((row) => (
              <EventItem key={`${row.article}:${row.index}`} row={row} />
            ))}
          </ul>
        </section>
      </div>
    </article>
  );
}

export function EntityPage(props: { route: Route }) {
  const id = props.route.params.get("id") ?? "";
  const loaded = useApi(id, (signal) => api.entity(id, signal));
  return <Async loaded={loaded}>{(entity) => <EntityBody entity={entity} />}</Async>;
}
