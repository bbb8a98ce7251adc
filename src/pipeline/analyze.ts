import {
  MarsadError,
  withLayer,
  type Document,
  type LayerMap,
  type LayerName,
  type Note,
  type Stage,
  type StageContext,
} from "../doc/index.js";
import { resourceVersions, type Resources } from "../resources/index.js";
import { entitiesStage } from "../extract/entities/index.js";
import { eventsStage } from "../extract/events/index.js";
import { quotesStage } from "../extract/quotes/index.js";
import { timesStage } from "../extract/times/index.js";
import { sentencesStage, tokensStage } from "../text/index.js";
import { createDocument, type CleanedSource } from "./create-document.js";
import { MARSAD_VERSION } from "./version.js";

/** A stage as the pipeline sees it: its own needs are checked when the pipeline is built. */
type AnyStage = Stage<LayerName, LayerName, Resources>;

/** The ordered stages; each one's needs are given by the ingest (media) or an earlier stage. */
export const DEFAULT_STAGES: readonly AnyStage[] = [
  sentencesStage,
  tokensStage,
  entitiesStage,
  timesStage,
  quotesStage,
  eventsStage,
] as readonly AnyStage[];

/** Fails, naming the stage and the layer, when a stage needs a layer no earlier stage gives. */
export function checkStages(stages: readonly AnyStage[], given: readonly LayerName[] = ["media"]): void {
  const available = new Set<LayerName>(given);
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!available.has(need)) {
        throw new MarsadError(
          "pipeline.missing-layer",
          stage.id,
          `stage ${stage.id} needs the ${need} layer, which no earlier stage gives`,
        );
      }
    }
    available.add(stage.gives);
  }
}

export interface AnalyzeOptions {
  /** ISO date anchoring relative times (`--published`); defaults to the document's publication date. */
  readonly reference?: string | null;
  readonly stages?: readonly AnyStage[];
}

/** Runs the stages over a cleaned source and returns the document with every layer. */
export function analyzeSource(
  source: CleanedSource,
  resources: Resources,
  options: AnalyzeOptions = {},
): Document<LayerName> {
  const stages = options.stages ?? DEFAULT_STAGES;
  checkStages(stages);
  let doc: Document<LayerName> = createDocument(source, MARSAD_VERSION) as Document<LayerName>;
  const notes: Note[] = [...doc.notes];
  const context: StageContext<Resources> = {
    resources,
    reference: options.reference ?? doc.meta.published?.slice(0, 10) ?? null,
    note: (note) => notes.push(note),
  };
  for (const stage of stages) {
    const layer: LayerMap[LayerName] = stage.run(doc, context);
    doc = withLayer(doc, stage.gives, layer, stage.id);
  }
  return {
    ...doc,
    notes,
    provenance: { ...doc.provenance, data: resourceVersions(resources) },
  };
}
