/** "Who said what about X": quotes filtered by speaker, mentioned entity, words and date. */
import { api } from "../api.js";
import { FilterForm, type Field } from "../components/filter-form.js";
import { QuoteCard } from "../components/quote-card.js";
import { Async, Pager } from "../components/status.js";
import { useT } from "../i18n.js";
import { hrefFor, navigate, type Route } from "../router.js";
import { useApi } from "../use-api.js";

const LIMIT = 30;
const FIELDS: readonly Field[] = [
  { name: "speaker", label: "filterSpeaker" },
  { name: "about", label: "filterAbout" },
  { name: "q", label: "filterText" },
  { name: "from", label: "from", type: "date" },
  { name: "to", label: "to", type: "date" },
];

export function QuotesPage(props: { route: Route }) {
  const t = useT();
  const { params } = props.route;
  const values = Object.fromEntries(FIELDS.map((f) => [f.name, params.get(f.name) ?? ""]));
  const offset = Number(params.get("offset")) || 0;
  const loaded = useApi(params.toString(), (signal) =>
    api.quotes({ ...values, limit: LIMIT, offset }, signal),
  );
  return (
    <section aria-labelledby="quotes-title">
      <h1 id="quotes-title">{t("quotesTitle")}</h1>
      <p class="hint">{t("quotesHint")}</p>
      <FilterForm fields={FIELDS} values={values} onApply={(next) => navigate(hrefFor("quotes", next))} />
      <Async loaded={loaded}>
        {(listing) => (
          <>
            <p class="count" role="status">
              {t("quotesN", { n: listing.total })}
            </p>
            {listing.items.length === 0 && <p>{t("noResults")}</p>}
            <ul class="cards">
              {listing.items.map((row) => (
                <QuoteCard key={`${row.article}:${row.index}`} row={row} />
              ))}
            </ul>
            <Pager
              total={listing.total}
              offset={offset}
              limit={LIMIT}
              hrefAt={(o) => hrefFor("quotes", { ...values, offset: o || undefined })}
            />
          </>
        )}
      </Async>
    </section>
  );
}
