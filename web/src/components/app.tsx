/** The shell: skip link, header with navigation and the language toggle, and the current view. */
import { setLang, useT, type Label } from "../i18n.js";
import { AnalyzePage } from "../pages/analyze-page.js";
import { ArticlePage } from "../pages/article-page.js";
import { EntityPage } from "../pages/entity-page.js";
import { QuotesPage } from "../pages/quotes-page.js";
import { SearchPage } from "../pages/search-page.js";
import { TimelinePage } from "../pages/timeline-page.js";
import { hrefFor, useRoute, type Route, type View } from "../router.js";
import { Link } from "./link.js";

const NAV: readonly [View, Label][] = [
  ["search", "navSearch"],
  ["quotes", "navQuotes"],
  ["timeline", "navTimeline"],
  ["analyze", "navAnalyze"],
];

function Page(props: { route: Route }) {
  const { route } = props;
  switch (route.view) {
    case "search":
      return <SearchPage route={route} />;
    case "article":
      return <ArticlePage route={route} />;
    case "entity":
      return <EntityPage route={route} />;
    case "quotes":
      return <QuotesPage route={route} />;
    case "timeline":
      return <TimelinePage route={route} />;
    case "analyze":
      return <AnalyzePage />;
  }
}

/** The app at the location the browser shows. */
export function App() {
  return <AppView route={useRoute()} />;
}

/** The app at `route`; the server renders it for a URL it was asked for (web/src/ssr.tsx). */
export function AppView(props: { route: Route }) {
  const t = useT();
  const { route } = props;
  return (
    <>
      <a class="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header class="app-header">
        <Link href={hrefFor("search")} class="brand">
          <span class="brand-name">{t("appName")}</span>
          <span class="tagline">{t("tagline")}</span>
        </Link>
        <nav aria-label={t("navMain")}>
          <ul>
            {NAV.map(([view, label]) => (
              <li key={view}>
                <Link href={hrefFor(view)} aria-current={route.view === view ? "page" : undefined}>
                  {t(label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <button
          type="button"
          class="lang-toggle"
          lang={t.lang === "ar" ? "en" : "ar"}
          aria-label={t("langToggleLabel")}
          onClick={() => setLang(t.lang === "ar" ? "en" : "ar")}
        >
          {t("langToggle")}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </>
  );
}
