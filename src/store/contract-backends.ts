/**
 * The backends the store contract suite (contract.test.ts) runs on: SQLite on a file and in
 * memory always, PostgreSQL when MARSAD_TEST_POSTGRES holds a server URL (each store in a
 * throw-away schema). Add a backend here and the whole suite runs on it.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testResources } from "../../test/helpers/resources.js";
import { openSqliteStore } from "./sqlite/index.js";
import type { Store } from "./types.js";

const resources = testResources();

/** A backend under test: `open` gives a fresh, empty store; `dispose` removes what it made. */
export interface Backend {
  readonly name: string;
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

const dir = mkdtempSync(join(tmpdir(), "marsad-contract-"));
let files = 0;

export const BACKENDS: Backend[] = [
  {
    name: "sqlite file",
    open: () => openSqliteStore({ path: join(dir, `store-${files++}.db`), resources }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  },
  {
    name: "sqlite :memory:",
    open: () => openSqliteStore({ path: ":memory:", resources }),
    dispose: async () => {},
  },
];

const postgresUrl = process.env.MARSAD_TEST_POSTGRES;
if (postgresUrl !== undefined && postgresUrl !== "") {
  const { openPostgresStore } = await import("./postgres/index.js");
  const { dropSchema } = await import("./postgres/scratch-schema.js");
  const schemas: string[] = [];
  BACKENDS.push({
    name: "postgres",
    open: () => {
      const schema = `marsad_test_${process.pid}_${schemas.length}`;
      schemas.push(schema);
      return openPostgresStore({ url: postgresUrl, resources, schema });
    },
    dispose: async () => {
      for (const schema of schemas) await dropSchema(postgresUrl, schema);
    },
  });
}
