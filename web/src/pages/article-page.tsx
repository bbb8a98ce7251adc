import { useMemo } from "preact/hooks";
import type { StoredArticle } from "../../../src/store/types.js";
import { api } from "../api.js";
import { parseCite } from "../article-marks.js";
import { ArticleView } from "../components/article-view.js";
import { Async } from "../components/status.js";
import { articleKey, useInitialData } from "../initial-data.js";
import type { Route } from "../router.js";
import { useApi } from "../use-api.js";

/** A stored article by id; `hl=start-end` marks the passage a link cited. */
export function ArticlePage(props: { route: Route }) {
  const id = props.route.params.get("id") ?? "";
  const hl = props.route.params.get("hl");
  const cite = useMemo(() => parseCite(hl), [hl]);
  const initial = useInitialData<StoredArticle>(articleKey(id));
  const loaded = useApi(id, (signal) => api.article(id, signal), true, initial);
  return <Async loaded={loaded}>{(stored) => <ArticleView record={stored.record} cite={cite} />}</Async>;
}
