/** Facet lists beside the search results; choosing a value narrows the search, its chip removes it. */
import type { FacetCount, Facets } from "../../../src/store/types.js";
import { eventTypeName } from "../event-types.js";
import { useT, type Label } from "../i18n.js";

/** Search parameters that a facet sets, in the order the panel shows them. */
export const FILTER_KEYS = ["entity", "speaker", "type", "outlet"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

const SOURCES: Readonly<
  Record<FilterKey, { facet: keyof Omit<Facets, "histogram" | "sample">; title: Label }>
> = {
  entity: { facet: "entities", title: "facetEntities" },
  speaker: { facet: "speakers", title: "facetSpeakers" },
  type: { facet: "types", title: "facetTypes" },
  outlet: { facet: "outlets", title: "facetOutlets" },
};

export function FacetPanel(props: {
  facets: Facets;
  state: Readonly<Record<string, string>>;
  go: (changes: Record<string, string | null>) => void;
}) {
  const t = useT();
  const label = (key: FilterKey, facet: FacetCount): string =>
    key === "type" ? eventTypeName(facet.value, t.lang) : facet.label;
  const active = FILTER_KEYS.filter((key) => props.state[key]);
  return (
    <aside class="facets" aria-label={t("facets")}>
      {active.length > 0 && (
        <section>
          <h2>{t("activeFilters")}</h2>
          <ul class="chips">
            {active.map((key) => {
              const value = props.state[key] ?? "";
              const known = props.facets[SOURCES[key].facet].find((f) => f.value === value);
              const name = known ? label(key, known) : value;
              return (
                <li key={key}>
                  <button
                    type="button"
                    class="chip on"
                    aria-label={t("removeFilter", { name })}
                    onClick={() => props.go({ [key]: null })}
                  >
                    {t(SOURCES[key].title)}: <bdi>{name}</bdi> ×
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {FILTER_KEYS.map((key) => {
        const values = props.facets[SOURCES[key].facet];
        if (values.length === 0) return null;
        return (
          <section key={key}>
            <h2>{t(SOURCES[key].title)}</h2>
            <ul class="facet-list">
              {values.slice(0, 12).map((facet) => (
                <li key={facet.value}>
                  <button
                    type="button"
                    class={props.state[key] === facet.value ? "facet on" : "facet"}
                    aria-pressed={props.state[key] === facet.value}
                    onClick={() => props.go({ [key]: props.state[key] === facet.value ? null : facet.value })}
                  >
                    <bdi>{label(key, facet)}</bdi> <span class="count">{facet.count}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
