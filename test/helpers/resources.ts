import { loadResources } from "../../src/node/resources.js";
import type { Resources } from "../../src/resources/index.js";

let loaded: Resources | undefined;

/** The real committed lexicons and models, loaded once per test process. */
export function testResources(): Resources {
  loaded ??= loadResources();
  return loaded;
}
