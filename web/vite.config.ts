import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// Built by `npm run web:build` (`vite build web`: the CLI makes web/ the root, so paths here are
// relative to it); `marsad serve` serves web/dist at `/`. The second build (`--ssr`) makes
// web/dist-ssr/ssr.js, the server's renderer of articles opened by URL (src/server/prerender.ts):
// self-contained, since preact is only a dev dependency of the package.
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [preact()],
  build: isSsrBuild
    ? { outDir: "dist-ssr", emptyOutDir: true, target: "node20" }
    : { outDir: "dist", emptyOutDir: true, target: "es2022" },
  ssr: { noExternal: true },
  // `npm run web:dev` proxies the API to a `marsad serve --port 8080`.
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
}));
