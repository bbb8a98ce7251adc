import assert from "node:assert/strict";
import { test } from "node:test";
import { MarsadError, type Stage } from "../doc/index.js";
import type { Resources } from "../resources/index.js";
import { checkStages, DEFAULT_STAGES } from "./analyze.js";

test("the default stages give every layer a later stage needs", () => {
  assert.doesNotThrow(() => checkStages(DEFAULT_STAGES));
});

test("fails naming the stage and the missing layer", () => {
  const needsEntities = {
    id: "quotes@1",
    needs: ["entities"],
    gives: "quotes",
    run: () => [],
  } as unknown as Stage<"entities", "quotes", Resources>;
  assert.throws(
    () => checkStages([needsEntities]),
    (error: unknown) =>
      error instanceof MarsadError &&
      error.code === "pipeline.missing-layer" &&
      /quotes@1.*entities/.test(error.message),
  );
});
