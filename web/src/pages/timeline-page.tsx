/** Events on a time axis, filterable by type, actor and place, beside the story clusters. */
import { api } from "../api.js";
import { EventAxis } from "../components/event-axis.js";
import { EventItem } from "../components/event-item.js";
import { FilterForm, type Field } from "../components/filter-form.js";
import { Async, Pager } from "../components/status.js";
import { StoryList } from "../components/story-list.js";
import { eventTypeName, EVENT_TYPES } from "../event-types.js";
import { useT } from "../i18n.js";
import { hrefFor, navigate, type Route } from "../router.js";
import { useApi } from "../use-api.js";

const LIMIT = 50;

export function TimelinePage(props: { route: Route }) {
  const t = useT();
  const { params } = props.route;
  const fields: readonly Field[] = [
    {
      name: "type",
      label: "filterType",
      options: EVENT_TYPES.map((type) => ({ value: type, label: eventTypeName(type, t.lang) })),
    },
    { name: "entity", label: "filterActor" },
    { name: "place", label: "filterPlace" },
    { name: "from", label: "from", type: "date" },
    { name: "to", label: "to", type: "date" },
  ];
  const values = Object.fromEntries(fields.map((f) => [f.name, params.get(f.name) ?? ""]));
  const offset = Number(params.get("offset")) || 0;
  const loaded = useApi(params.toString(), (signal) =>
    api.events({ ...values, limit: LIMIT, offset }, signal),
  );
  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title">{t("timelineTitle")}</h1>
      <FilterForm fields={fields} values={values} onApply={(next) => navigate(hrefFor("timeline", next))} />
      <Async loaded={loaded}>
        {(listing) => (
          <>
            <p class="count" role="status">
              {t("eventsN", { n: listing.total })}
            </p>
            <EventAxis events={listing.items} />
          </>
        )}
      </Async>
      <div class="timeline-columns">
        <div>
          {loaded.state === "done" && (
            <>
              {loaded.data.items.length === 0 && <p>{t("noResults")}</p>}
              <ul class="cards">
                {loaded.data.items.map((row) => (
                  <EventItem key={`${row.article}:${row.index}`} row={row} />
                ))}
              </ul>
              <Pager
                total={loaded.data.total}
                offset={offset}
                limit={LIMIT}
                hrefAt={(o) => hrefFor("timeline", { ...values, offset: o || undefined })}
              />
            </>
          )}
        </div>
        <StoryList from={values.from ?? ""} to={values.to ?? ""} />
      </div>
    </section>
  );
}
