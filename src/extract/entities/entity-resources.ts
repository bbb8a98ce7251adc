import { buildKnowledgeBase, type KbFiles, type KnowledgeBase } from "./kb.js";
import { buildLatinNames, type LatinNames } from "./romanize.js";
import { buildTagScorer, type TagScorer } from "./tag-scorer.js";
import { parseNerModel, type NerModel } from "./tagger.js";

/** What the entities stage needs: the tagger model, the knowledge base and the tagger over both. */
export interface EntityResources {
  readonly model: NerModel;
  readonly kb: KnowledgeBase;
  /** Tags sentences with `model` and the KB's gazetteer; memoises per word type, so one per resources. */
  readonly tagger: TagScorer;
  /** Latin names of unlisted entities, memoised (romanize.ts). */
  readonly latinNames: LatinNames;
}

/** The raw text of the model file (data/models/ner/) and the knowledge-base files (data/kb/). */
export interface EntityFiles extends KbFiles {
  readonly model: string;
}

/** Parses the model and compiles the knowledge base (about half a second, once per process). */
export function buildEntityResources(files: EntityFiles): EntityResources {
  const model = parseNerModel(files.model);
  const kb = buildKnowledgeBase(files);
  return Object.freeze({
    model,
    kb,
    tagger: buildTagScorer(model, kb.gazetteer),
    latinNames: buildLatinNames(kb),
  });
}

/** Data versions for provenance: the model's and the knowledge base's. */
export function entityResourceVersions(resources: EntityResources): Record<string, string> {
  return { [resources.model.name]: resources.model.version, [resources.kb.name]: resources.kb.version };
}
