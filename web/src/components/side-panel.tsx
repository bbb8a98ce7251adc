/** Beside the article: where it came from, its media, who is quoted and what happened. */
import type { Entity, MarsadRecord, MediaType } from "../../../src/doc/index.js";
import { entityIndex } from "../article-marks.js";
import { eventTypeName } from "../event-types.js";
import { useT, type Label } from "../i18n.js";
import { hrefFor } from "../router.js";
import { safeHttpUrl } from "../safe-url.js";
import { ExternalLink, Link, SafeUrl } from "./link.js";

const MEDIA_LABEL: Readonly<Record<MediaType, Label>> = {
  video: "mediaVideo",
  image: "mediaImage",
  audio: "mediaAudio",
  embed: "mediaEmbed",
  link: "mediaLink",
};

/** Focuses a mark in the text, so a side-panel entry leads to its exact characters. */
function focusMark(key: string): void {
  const mark = document.querySelector<HTMLElement>(`mark[data-key="${CSS.escape(key)}"]`);
  mark?.scrollIntoView({ block: "center" });
  mark?.focus();
}

/** Several entity links separated by the language's comma. */
function EntityNames(props: { ids: readonly string[]; entities: ReadonlyMap<string, Entity> }) {
  return (
    <>
      {props.ids.map((id, i) => (
        <span key={id}>
          {i > 0 && "، "}
          <EntityName id={id} entities={props.entities} />
        </span>
      ))}
    </>
  );
}

function EntityName(props: { id: string | null; entities: ReadonlyMap<string, Entity>; fallback?: string }) {
  const entity = props.id ? props.entities.get(props.id) : undefined;
  if (!entity) return <>{props.fallback ?? props.id ?? ""}</>;
  return <Link href={hrefFor("entity", { id: entity.id })}>{entity.name}</Link>;
}

export function SidePanel(props: { record: MarsadRecord }) {
  const t = useT();
  const { record } = props;
  const entities = entityIndex(record);
  const speakers = new Map<string, { id: string | null; text: string; quotes: number[] }>();
  record.quotes.forEach((quote, index) => {
    const key = quote.speaker?.entity ?? quote.speaker?.text ?? "";
    const entry = speakers.get(key) ?? {
      id: quote.speaker?.entity ?? null,
      text: quote.speaker?.text ?? t("unknownSpeaker"),
      quotes: [],
    };
    entry.quotes.push(index);
    speakers.set(key, entry);
  });
  return (
    <aside class="side-panel" aria-label={t("article")}>
      <section>
        <h2>{t("original")}</h2>
        <p dir="ltr" class="url">
          {record.meta.url ? <SafeUrl url={record.meta.url} /> : "—"}
        </p>
      </section>
      {record.media.length > 0 && (
        <section>
          <h2>{t("media")}</h2>
          <ul>
            {record.media.map((item) => {
              const safe = safeHttpUrl(item.url);
              return (
                <li key={item.url} class="media-item">
                  <span class="badge">{t(MEDIA_LABEL[item.type])}</span>{" "}
                  {safe ? <ExternalLink href={safe}>{item.url}</ExternalLink> : <span>{item.url}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <section>
        <h2>{t("whoQuoted")}</h2>
        {speakers.size === 0 && <p>{t("noQuotes")}</p>}
        <ul>
          {[...speakers.values()].map((speaker) => (
            <li key={speaker.id ?? speaker.text}>
              <EntityName id={speaker.id} entities={entities} fallback={speaker.text} />{" "}
              <span class="count">{t("quotesN", { n: speaker.quotes.length })}</span>
              <ol class="quote-list">
                {speaker.quotes.map((index) => (
                  <li key={index} dir="auto">
                    <button type="button" class="linklike" onClick={() => focusMark(`quote:${index}`)}>
                      «{record.quotes[index]?.text}»
                    </button>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t("whatHappened")}</h2>
        {record.events.length === 0 && <p>{t("noEvents")}</p>}
        <ul>
          {record.events.map((event, index) => (
            <li key={index} class="event-item">
              <button type="button" class="badge ev-badge" onClick={() => focusMark(`event:${index}`)}>
                {eventTypeName(event.type, t.lang)}
              </button>{" "}
              <span lang="ar">{event.trigger.text}</span>
              {event.actors.length > 0 && (
                <div>
                  {t("actors")}: <EntityNames ids={event.actors} entities={entities} />
                </div>
              )}
              {event.targets.length > 0 && (
                <div>
                  {t("targets")}: <EntityNames ids={event.targets} entities={entities} />
                </div>
              )}
              {event.place && (
                <div>
                  {t("place")}: <EntityName id={event.place} entities={entities} />
                </div>
              )}
              {event.time && (
                <div>
                  {t("time")}: <bdi>{event.time}</bdi>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t("entitiesPanel")}</h2>
        <ul class="chips">
          {record.entities.map((entity) => (
            <li key={entity.id}>
              <Link
                class={`chip mk-${entity.type.toLowerCase()}`}
                href={hrefFor("entity", { id: entity.id })}
              >
                {entity.name} <span class="count">{entity.mentions.length}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </aside>
  );
}
