import type { ArticleMark } from "../article-marks.js";
import { eventTypeName } from "../event-types.js";
import { useT, type Label, type Translate } from "../i18n.js";
import { hrefFor } from "../router.js";
import { Link } from "./link.js";

const QUOTE_KIND: Readonly<Record<string, Label>> = {
  direct: "quoteDirect",
  indirect: "quoteIndirect",
  mixed: "quoteMixed",
};

function Row(props: { label: string; value: string | null | undefined; latin?: boolean }) {
  if (!props.value) return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd dir={props.latin ? "ltr" : "auto"}>{props.value}</dd>
    </>
  );
}

function details(mark: ArticleMark, t: Translate) {
  switch (mark.kind) {
    case "entity":
      return {
        title: `${t("kindEntity")} — ${t(`type${mark.entity.type}`)}`,
        rows: [
          <Row key="c" label={t("canonical")} value={mark.entity.name} />,
          <Row key="l" label={t("latin")} value={mark.entity.latin} latin />,
        ],
        entity: mark.entity.id,
      };
    case "quote": {
      const kind = QUOTE_KIND[mark.quote.kind];
      const speaker = mark.speaker?.name ?? mark.quote.speaker?.text ?? t("unknownSpeaker");
      return {
        title: `${t("kindQuote")} — ${kind ? t(kind) : mark.quote.kind}`,
        rows: [
          <Row key="s" label={t("speaker")} value={speaker} />,
          <Row key="l" label={t("latin")} value={mark.speaker?.latin} latin />,
        ],
        entity: mark.speaker?.id,
      };
    }
    case "time":
      return {
        title: `${t("kindTime")} — ${mark.time.type}`,
        rows: [<Row key="v" label={t("value")} value={mark.time.value} latin />],
        entity: undefined,
      };
    case "event":
      return {
        title: `${t("kindEvent")} — ${eventTypeName(mark.event.type, t.lang)}`,
        rows: [<Row key="t" label={t("time")} value={mark.event.time} latin />],
        entity: undefined,
      };
    case "cite":
      return { title: "", rows: [], entity: undefined };
  }
}

/** The tooltip of a hovered or focused mark: type, canonical and Latin name, entity link. */
export function MarkTip(props: { id: string; mark: ArticleMark; top: number; right: number }) {
  const t = useT();
  const info = details(props.mark, t);
  return (
    <div
      id={props.id}
      role="tooltip"
      class="mark-tip"
      style={{ top: `${props.top}px`, right: `${props.right}px` }}
    >
      <strong>{info.title}</strong>
      <dl>{info.rows}</dl>
      {info.entity && <Link href={hrefFor("entity", { id: info.entity })}>{t("openEntity")}</Link>}
    </div>
  );
}
