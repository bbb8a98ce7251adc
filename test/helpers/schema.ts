import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";

const schema: unknown = JSON.parse(
  readFileSync(new URL("../../schema/record.schema.json", import.meta.url), "utf8"),
);
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
const validate = ajv.compile(schema as object);

/** Validation errors of a record against schema/record.schema.json, as readable lines; empty when valid. */
export function schemaErrors(record: unknown): string[] {
  if (validate(record)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`);
}
