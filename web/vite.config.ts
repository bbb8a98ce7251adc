import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// Built by `npm run web:build` (`vite build web`: the CLI makes web/ the root, so paths here are
// relative to it); `marsad serve` serves web/dist at `/`.
export default defineConfig({
  plugins: [preact()],
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
  // `npm run web:dev` proxies the API to a `marsad serve --port 8080`.
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
