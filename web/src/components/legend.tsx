import { useT } from "../i18n.js";

/** The colour key; each sample carries the same class (colour and underline style) as in the text. */
export function Legend() {
  const t = useT();
  const items = [
    ["mk mk-entity mk-per", t("typePER")],
    ["mk mk-entity mk-org", t("typeORG")],
    ["mk mk-entity mk-loc", t("typeLOC")],
    ["mk mk-entity mk-misc", t("typeMISC")],
    ["mk mk-quote", t("kindQuote")],
    ["mk mk-time", t("kindTime")],
    ["mk mk-event", t("kindEvent")],
  ] as const;
  return (
    <ul class="legend" aria-label={t("legend")}>
      {items.map(([cls, label]) => (
        <li key={cls}>
          <span class={cls}>{label}</span>
        </li>
      ))}
    </ul>
  );
}
