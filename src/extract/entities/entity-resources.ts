import { buildKnowledgeBase, type KbFiles, type KnowledgeBase } from "./kb.js";
import { NO_DEMONYMS, parseDemonyms, type DemonymRules } from "./nisba-orgs.js";
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
  /** Head nouns and nationality adjectives naming organisations (nisba-orgs.ts); none when not given. */
  readonly demonyms: DemonymRules;
}

/** The raw text of the model file (data/models/ner/) and the knowledge-base files (data/kb/). */
export interface EntityFiles extends KbFiles {
  readonly model: string;
  /** data/kb/demonyms.tsv; without it the stage finds no head + nisba organisations. */
  readonly demonyms?: string;
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
    demonyms: files.demonyms === undefined ? NO_DEMONYMS : parseDemonyms(files.demonyms),
  });
}

/** Data versions for provenance: the model's, the knowledge base's and the demonyms' when given. */
export function entityResourceVersions(resources: EntityResources): Record<string, string> {
  const versions = {
    [resources.model.name]: resources.model.version,
    [resources.kb.name]: resources.kb.version,
  };
  const { demonyms } = resources;
  return demonyms === NO_DEMONYMS ? versions : { ...versions, [demonyms.name]: demonyms.version };
}
