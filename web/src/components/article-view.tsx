/** One analysed article: its header, the annotated text and the side panel. Used for stored and analysed records. */
import { useMemo } from "preact/hooks";
import type { MarsadRecord } from "../../../src/doc/index.js";
import { articleMarks } from "../article-marks.js";
import { useT } from "../i18n.js";
import { AnnotatedText } from "./annotated-text.js";
import { Legend } from "./legend.js";
import { SidePanel } from "./side-panel.js";

export function ArticleView(props: {
  record: MarsadRecord;
  cite?: { start: number; end: number } | undefined;
  story?: string;
}) {
  const t = useT();
  const { record } = props;
  const marks = useMemo(() => articleMarks(record, props.cite), [record, props.cite]);
  return (
    <div class="article-layout">
      <article class="article-main" aria-labelledby="article-title">
        <h1 id="article-title" dir="auto">
          {record.meta.title ?? t("untitled")}
        </h1>
        <p class="meta-line">
          <span>
            {t("published")}: <bdi dir="ltr">{record.meta.published ?? t("unknownDate")}</bdi>
          </span>
          {record.meta.outlet && (
            <span>
              {t("outlet")}: {record.meta.outlet}
            </span>
          )}
        </p>
        <Legend />
        <AnnotatedText text={record.text} marks={marks} />
      </article>
      <SidePanel record={record} />
    </div>
  );
}
