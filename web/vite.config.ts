import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";

/**
 * The font files every page draws with at first paint (Arabic and Latin, regular and bold).
 * Without a preload, the browser asks for them only once the stylesheet is parsed and a layout
 * has found text that needs them; the text is then laid out and painted twice (issue #8: ~250 ms
 * of an article page opened by URL).
 */
const FIRST_PAINT_FONTS =
  /^assets\/noto-naskh-arabic-(arabic-400|arabic-700|latin-400)-normal-[\w-]+\.woff2$/;

function preloadFonts(): Plugin {
  return {
    name: "marsad-preload-fonts",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        const files = Object.keys(context.bundle ?? {}).filter((file) => FIRST_PAINT_FONTS.test(file));
        return files.sort().map((file) => ({
          tag: "link",
          attrs: { rel: "preload", href: `/${file}`, as: "font", type: "font/woff2", crossorigin: "" },
          injectTo: "head-prepend",
        }));
      },
    },
  };
}

// Built by `npm run web:build` (`vite build web`: the CLI makes web/ the root, so paths here are
// relative to it); `marsad serve` serves web/dist at `/`. The second build (`--ssr`) makes
// web/dist-ssr/ssr.js, the server's renderer of articles opened by URL (src/server/prerender.ts):
// self-contained, since preact is only a dev dependency of the package.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [preact(), preloadFonts()],
  build: isSsrBuild
    ? { outDir: "dist-ssr", emptyOutDir: true, target: "node20" }
    : { outDir: "dist", emptyOutDir: true, target: "es2022" },
  ssr: { noExternal: true },
  // `npm run web:dev` proxies the API to a `marsad serve --port 8080`.
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
}));
