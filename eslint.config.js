import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "web/dist/", "web/dist-ssr/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    // The core runs in a browser: node: modules live only in src/node, src/cli and the scripts.
    files: [
      "src/doc/**",
      "src/text/**",
      "src/resources/**",
      "src/extract/**",
      "src/pipeline/**",
      "src/ingest/**",
      "src/search/**",
    ],
    ignores: ["**/*.test.ts", "**/test-support.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "The core must run in a browser; put Node glue in src/node." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "process", "Buffer", "__dirname", "require"],
    },
  },
);
