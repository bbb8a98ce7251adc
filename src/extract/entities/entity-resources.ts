import { buildKnowledgeBase, type KbFiles, type KnowledgeBase } from "./kb.js";
import { parseNerModel, type NerModel } from "./tagger.js";

/** What the entities stage needs: the tagger model and the knowledge base. */
export interface EntityResources {
  readonly model: NerModel;
  readonly kb: KnowledgeBase;
}

/** The raw text of the model file (data/models/ner/) and the knowledge-base files (data/kb/). */
export interface EntityFiles extends KbFiles {
  readonly model: string;
}

/** Parses the model and compiles the knowledge base (about half a second, once per process). */
export function buildEntityResources(files: EntityFiles): EntityResources {
  return Object.freeze({ model: parseNerModel(files.model), kb: buildKnowledgeBase(files) });
}

/** Data versions for provenance: the model's and the knowledge base's. */
export function entityResourceVersions(resources: EntityResources): Record<string, string> {
  return { [resources.model.name]: resources.model.version, [resources.kb.name]: resources.kb.version };
}
