/** Story clusters: the same story across outlets; a story opens to its member articles. */
import { useState } from "preact/hooks";
import type { StorySummary } from "../../../src/store/types.js";
import { api } from "../api.js";
import { useT } from "../i18n.js";
import { hrefFor } from "../router.js";
import { useApi } from "../use-api.js";
import { Link } from "./link.js";
import { Async } from "./status.js";

function StoryMembers(props: { id: string }) {
  const t = useT();
  const loaded = useApi(props.id, (signal) => api.story(props.id, signal));
  return (
    <Async loaded={loaded}>
      {(story) => (
        <ul class="members">
          {story.members.map((member) => (
            <li key={member.id}>
              <Link href={hrefFor("article", { id: member.id })}>
                <bdi>{member.title ?? t("untitled")}</bdi>
              </Link>{" "}
              <span class="meta-line">
                <span>{member.outlet ?? "—"}</span>
                <span>{member.published?.slice(0, 10) ?? t("unknownDate")}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </Async>
  );
}

function StoryItem(props: { story: StorySummary }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const { story } = props;
  return (
    <li class="story">
      <button type="button" class="linklike story-title" aria-expanded={open} onClick={() => setOpen(!open)}>
        <bdi>{story.title ?? t("untitled")}</bdi>
      </button>
      <p class="meta-line">
        <span>{t("storyArticles", { n: story.articles, m: story.outlets.length })}</span>
        {story.outlets.length > 0 && <span>{story.outlets.join(" — ")}</span>}
        <span>
          <bdi>
            {story.first?.slice(0, 10) ?? "?"} – {story.last?.slice(0, 10) ?? "?"}
          </bdi>
        </span>
      </p>
      {open && <StoryMembers id={story.id} />}
    </li>
  );
}

export function StoryList(props: { from: string; to: string }) {
  const t = useT();
  const loaded = useApi(`${props.from}|${props.to}`, (signal) =>
    api.stories({ from: props.from, to: props.to, limit: 30 }, signal),
  );
  return (
    <section aria-labelledby="stories-title">
      <h2 id="stories-title">{t("storiesTitle")}</h2>
      <Async loaded={loaded}>
        {(listing) => (
          <ul class="stories">
            {listing.items.map((story) => (
              <StoryItem key={story.id} story={story} />
            ))}
          </ul>
        )}
      </Async>
    </section>
  );
}
