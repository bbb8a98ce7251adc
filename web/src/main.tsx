/**
 * Entry point. The Arabic font is self-hosted from @fontsource (bundled woff2 files), so Arabic
 * renders the same on a machine without any Arabic system font, and the CSP needs no font host.
 */
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "./styles.css";
import { hydrate, render } from "preact";
import { App } from "./components/app.js";
import { startLang } from "./i18n.js";
import { InitialDataContext, readInitialData } from "./initial-data.js";

const root = document.getElementById("app");
if (root) {
  const initial = readInitialData(document);
  const app = (
    <InitialDataContext.Provider value={initial}>
      <App />
    </InitialDataContext.Provider>
  );
  // The server renders in Arabic: its markup is hydrated as it stands, and only after the browser
  // has painted it, so the article shows before the app's first render has run.
  if (initial && root.firstChild && startLang() === "ar") {
    requestAnimationFrame(() => setTimeout(() => hydrate(app, root)));
  } else {
    root.textContent = "";
    render(app, root);
  }
}
