import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildResources, type Resources } from "../resources/index.js";

/** The repository's (or installed package's) data folder: two levels above this file in src/ and dist/. */
export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

function readData(path: string): string {
  return readFileSync(new URL(path, new URL("../../data/", import.meta.url)), "utf8");
}

/** Reads and compiles the committed lexicons and models; call once per process and pass the result on. */
export function loadResources(): Resources {
  return buildResources({
    cliticStems: readData("lexicons/clitic-stems/stems.tsv"),
    timeWords: readData("lexicons/time-words/time-words.tsv"),
    eventTriggers: readData("lexicons/event-triggers/event-triggers.tsv"),
    eventSalience: readData("models/event-salience/event-salience.tsv"),
    speechCues: readData("lexicons/speech-cues/speech-cues.tsv"),
    nerModel: readData("models/ner/ner-model.txt"),
    kbEntities: readData("kb/entities.tsv"),
    kbGovernorates: readData("kb/governorates.tsv"),
    kbPlaces: readData("kb/places.tsv"),
    kbNames: readData("kb/names.tsv"),
    kbCues: readData("kb/cues.tsv"),
    kbClusters: readData("kb/clusters.tsv"),
    kbDemonyms: readData("kb/demonyms.tsv"),
  });
}
