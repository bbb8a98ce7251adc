/** Search: one box, results with highlighted snippets, facets and a brushable date histogram; all state in the URL. */
import type { SearchHit } from "../../../src/store/types.js";
import { api } from "../api.js";
import { FacetPanel, FILTER_KEYS } from "../components/facet-panel.js";
import { Link } from "../components/link.js";
import { MonthChart } from "../components/month-chart.js";
import { Async, Loading, Pager } from "../components/status.js";
import { useT } from "../i18n.js";
import { hrefFor, navigate, type Route } from "../router.js";
import { useApi } from "../use-api.js";

const LIMIT = 20;

/** Marks the matched words of a snippet; highlight spans are relative to the snippet text. */
function Snippet(props: { hit: SearchHit }) {
  const { text, highlights } = props.hit.snippet;
  const parts = [];
  let at = 0;
  for (const span of [...highlights].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.end > text.length) continue;
    parts.push(text.slice(at, span.start));
    parts.push(
      <mark key={span.start} class="hl">
        {text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  parts.push(text.slice(at));
  return (
    <p class="snippet" dir="rtl" lang="ar">
      {parts}
    </p>
  );
}

/** Entities whose name, alias or Latin name matches the query, as shortcuts to their pages. */
function EntityMatches(props: { q: string }) {
  const t = useT();
  const loaded = useApi(`entities:${props.q}`, (signal) => api.entities({ q: props.q, limit: 6 }, signal));
  if (loaded.state !== "done" || loaded.data.items.length === 0) return null;
  return (
    <nav class="entity-matches" aria-label={t("entityMatches")}>
      <span>{t("entityMatches")}:</span>{" "}
      <ul class="chips">
        {loaded.data.items.map((entity) => (
          <li key={entity.id}>
            <Link class={`chip mk-${entity.type.toLowerCase()}`} href={hrefFor("entity", { id: entity.id })}>
              <bdi>{entity.name}</bdi>{" "}
              <bdi dir="ltr" class="count">
                {entity.latin}
              </bdi>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SearchPage(props: { route: Route }) {
  const t = useT();
  const { params } = props.route;
  const state = Object.fromEntries(
    ["q", ...FILTER_KEYS, "from", "to", "offset"].map((key) => [key, params.get(key) ?? ""]),
  );
  const offset = Number(state.offset) || 0;
  const go = (changes: Record<string, string | null>, replace = false): void =>
    navigate(hrefFor("search", { ...state, offset: undefined, ...changes }), replace);
  const filters = {
    q: state.q,
    entity: state.entity,
    speaker: state.speaker,
    type: state.type,
    outlet: state.outlet,
    from: state.from,
    to: state.to,
  };
  // Hits first, facets in a second request: facets cost the store far more than a page of hits
  // (seconds against a tenth of one on 100,000 articles), and the results should not wait for them.
  // Paging keeps the facets (their key leaves out the offset).
  const loaded = useApi(params.toString(), (signal) =>
    api.search({ ...filters, limit: LIMIT, offset }, signal),
  );
  // Asked only once the hits are in: the server answers one store query at a time, so a facets
  // query sent alongside could hold the hits (and the font files) back for seconds.
  const hitsIn = loaded.state !== "loading";
  const facets = useApi(
    JSON.stringify(filters),
    (signal) => api.search({ ...filters, limit: 1, facets: true }, signal),
    hitsIn,
  );
  const facetData = facets.state === "done" ? facets.data.facets : undefined;
  const stats = useApi("stats", (signal) => api.stats(signal), hitsIn);

  return (
    <section class="search-page" aria-labelledby="search-title">
      <h1 id="search-title">{t("searchTitle")}</h1>
      {stats.state === "done" && (
        <p class="stats-line">
          {t("statsLine", {
            articles: stats.data.articles,
            entities: stats.data.entities,
            quotes: stats.data.quotes,
            events: stats.data.events,
            stories: stats.data.stories,
          })}
        </p>
      )}
      <form
        role="search"
        class="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          const input = event.currentTarget.elements.namedItem("q");
          go({ q: input instanceof HTMLInputElement ? input.value.trim() : "" });
        }}
      >
        <label for="q" class="visually-hidden">
          {t("searchLabel")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          dir="auto"
          key={state.q}
          defaultValue={state.q}
          placeholder={t("searchPlaceholder")}
          aria-label={t("searchLabel")}
        />
        <button type="submit">{t("searchButton")}</button>
      </form>
      {state.q && <EntityMatches q={state.q} />}
      <Async loaded={loaded}>
        {(result) => (
          <div class="search-layout">
            <div class="results">
              {facetData && (
                <MonthChart
                  data={facetData.histogram}
                  label={t("histogram")}
                  from={state.from}
                  to={state.to}
                  onBrush={(from, to) => go({ from: from ?? null, to: to ?? null })}
                />
              )}
              <p class="count" role="status">
                {t("resultsCount", { n: result.total })}
              </p>
              {result.hits.length === 0 && <p>{t("noResults")}</p>}
              <ol class="hits" start={offset + 1}>
                {result.hits.map((hit) => {
                  const first = hit.snippet.highlights[0];
                  const hl = first
                    ? `${hit.snippet.start + first.start}-${hit.snippet.start + first.end}`
                    : undefined;
                  return (
                    <li key={hit.article.id} class="hit">
                      <h2 dir="auto">
                        <Link href={hrefFor("article", { id: hit.article.id, hl })}>
                          <bdi>{hit.article.title ?? t("untitled")}</bdi>
                        </Link>
                      </h2>
                      <p class="meta-line">
                        <span>{hit.article.published?.slice(0, 10) ?? t("unknownDate")}</span>
                        {hit.article.outlet && <span>{hit.article.outlet}</span>}
                      </p>
                      <Snippet hit={hit} />
                    </li>
                  );
                })}
              </ol>
              <Pager
                total={result.total}
                offset={offset}
                limit={LIMIT}
                hrefAt={(o) => hrefFor("search", { ...state, offset: o || undefined })}
              />
            </div>
            {facetData ? (
              <FacetPanel facets={facetData} state={state} go={go} />
            ) : (
              <aside class="facets" aria-label={t("facets")} aria-busy={facets.state === "loading"}>
                {facets.state === "loading" && <Loading />}
              </aside>
            )}
          </div>
        )}
      </Async>
    </section>
  );
}
