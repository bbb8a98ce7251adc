import type { Document } from "./document.js";
import type { LayerMap, LayerName } from "./layers.js";
import type { Note } from "./note.js";

export interface StageContext<Resources> {
  /** Loaded once by the caller, frozen. */
  readonly resources: Resources;
  /** ISO date anchoring relative times; stages never ask the clock. */
  readonly reference: string | null;
  /** The only way out besides the return value. */
  note(note: Note): void;
}

/** A pure pipeline step: same document, resources and reference give the same layer. */
export interface Stage<Needs extends LayerName, Gives extends LayerName, Resources = unknown> {
  /** `layer@n`: bumped whenever the output changes. */
  readonly id: string;
  readonly needs: readonly Needs[];
  readonly gives: Gives;
  run(doc: Document<Needs>, ctx: StageContext<Resources>): LayerMap[Gives];
}
