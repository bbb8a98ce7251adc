/** A row of labelled filter fields whose submit writes them into the URL (so the view can be shared). */
import type { ComponentChildren } from "preact";
import { useT, type Label } from "../i18n.js";

export interface Field {
  readonly name: string;
  readonly label: Label;
  readonly type?: "text" | "date";
  /** Choices for a select; the empty choice means "any". */
  readonly options?: readonly { value: string; label: string }[];
}

export function FilterForm(props: {
  fields: readonly Field[];
  values: Readonly<Record<string, string>>;
  onApply: (values: Record<string, string>) => void;
  children?: ComponentChildren;
}) {
  const t = useT();
  return (
    <form
      class="filter-form"
      key={JSON.stringify(props.values)}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        props.onApply(
          Object.fromEntries(props.fields.map((f) => [f.name, String(data.get(f.name) ?? "").trim()])),
        );
      }}
    >
      {props.fields.map((field) => (
        <label key={field.name}>
          <span>{t(field.label)}</span>
          {field.options ? (
            <select name={field.name} defaultValue={props.values[field.name] ?? ""}>
              <option value="">{t("allTypes")}</option>
              {field.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : field.type === "date" ? (
            <input name={field.name} type="date" defaultValue={props.values[field.name] ?? ""} />
          ) : (
            <input name={field.name} type="text" dir="auto" defaultValue={props.values[field.name] ?? ""} />
          )}
        </label>
      ))}
      <button type="submit">{t("apply")}</button>
      <button type="button" onClick={() => props.onApply({})}>
        {t("reset")}
      </button>
      {props.children}
    </form>
  );
}
