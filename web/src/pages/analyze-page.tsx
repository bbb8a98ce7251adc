/** Paste text or HTML and see the annotated result; POST /api/analyze stores nothing. */
import { useState } from "preact/hooks";
import type { MarsadRecord } from "../../../src/doc/index.js";
import { api, ApiError } from "../api.js";
import { ArticleView } from "../components/article-view.js";
import { ErrorBox, Loading } from "../components/status.js";
import { useT } from "../i18n.js";

type Result =
  | { state: "idle" }
  | { state: "running" }
  | { state: "done"; record: MarsadRecord }
  | { state: "error"; error: ApiError };

export function AnalyzePage() {
  const t = useT();
  const [kind, setKind] = useState<"text" | "html">("text");
  const [result, setResult] = useState<Result>({ state: "idle" });
  const [empty, setEmpty] = useState(false);

  const submit = async (input: string, published: string): Promise<void> => {
    setEmpty(input.trim() === "");
    if (input.trim() === "") return;
    setResult({ state: "running" });
    try {
      const body = kind === "html" ? { html: input } : { text: input };
      const record = await api.analyze(published ? { ...body, published } : body);
      setResult({ state: "done", record });
    } catch (error) {
      setResult({
        state: "error",
        error: error instanceof ApiError ? error : new ApiError("client", 0, String(error)),
      });
    }
  };

  return (
    <section aria-labelledby="analyze-title">
      <h1 id="analyze-title">{t("analyzeTitle")}</h1>
      <p class="hint">{t("analyzeHint")}</p>
      <form
        class="analyze-form"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          void submit(String(data.get("input") ?? ""), String(data.get("published") ?? ""));
        }}
      >
        <fieldset class="kind">
          <legend>{t("inputKind")}</legend>
          <label>
            <input
              type="radio"
              name="kind"
              value="text"
              checked={kind === "text"}
              onChange={() => setKind("text")}
            />{" "}
            {t("inputText")}
          </label>
          <label>
            <input
              type="radio"
              name="kind"
              value="html"
              checked={kind === "html"}
              onChange={() => setKind("html")}
            />{" "}
            {t("inputHtml")}
          </label>
        </fieldset>
        <label for="analyze-input">{t("inputLabel")}</label>
        <textarea
          id="analyze-input"
          name="input"
          rows={7}
          dir={kind === "html" ? "ltr" : "rtl"}
          lang={kind === "html" ? undefined : "ar"}
        />
        <label>
          {t("published")} <input type="date" name="published" />
        </label>
        <button type="submit" disabled={result.state === "running"}>
          {result.state === "running" ? t("analyzing") : t("analyzeButton")}
        </button>
        {empty && (
          <p class="status error" role="alert">
            {t("emptyInput")}
          </p>
        )}
      </form>
      {result.state === "running" && <Loading />}
      {result.state === "error" && <ErrorBox error={result.error} />}
      {result.state === "done" && (
        <div class="analyzed">
          <p class="notice" role="status">
            {t("notStored")}
          </p>
          <ArticleView record={result.record} />
        </div>
      )}
    </section>
  );
}
