/**
 * Entry point. The Arabic font is self-hosted from @fontsource (bundled woff2 files), so Arabic
 * renders the same on a machine without any Arabic system font, and the CSP needs no font host.
 */
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "./styles.css";
import { render } from "preact";
import { App } from "./components/app.js";

const root = document.getElementById("app");
if (root) render(<App />, root);
