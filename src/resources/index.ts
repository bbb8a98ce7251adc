/**
 * @module resources
 * Lexicons and models compiled once from their data files. Core code never opens files: the Node
 * shell (src/node/resources.ts) or a browser bundle reads the bytes and hands the text here.
 */
import { parseCliticLexicon, type CliticLexicon } from "../text/segment-clitics.js";
import {
  buildEntityResources,
  entityResourceVersions,
  type EntityResources,
} from "../extract/entities/entity-resources.js";
import { parseTimeLexicon, type TimeLexicon } from "../extract/times/time-lexicon.js";
import { parseEventLexicon, type EventLexicon } from "../extract/events/event-lexicon.js";
import { parseSalienceModel, type SalienceModel } from "../extract/events/event-salience.js";
import { parseSpeechCues, type SpeechCues } from "../extract/quotes/speech-cues.js";

/** Everything the stages need, loaded once by the caller and then frozen. */
export interface Resources {
  readonly clitics: CliticLexicon;
  /** The entity tagger model and the alias knowledge base. */
  readonly entities: EntityResources;
  /** Month names, weekdays, numerals and other words of time expressions. */
  readonly times: TimeLexicon;
  /** Event trigger words (PLOVER types) and the cue words around them. */
  readonly events: EventLexicon;
  /** Weights that pick an article's main events among the triggers found. */
  readonly eventSalience: SalienceModel;
  /** Reporting verbs, attribution words and the particles read around them (quotes). */
  readonly speechCues: SpeechCues;
}

/** The raw text of each data file, keyed by its name. */
export interface ResourceFiles {
  readonly cliticStems: string;
  /** data/lexicons/time-words/time-words.tsv */
  readonly timeWords: string;
  /** data/lexicons/event-triggers/event-triggers.tsv */
  readonly eventTriggers: string;
  /** data/models/event-salience/event-salience.tsv */
  readonly eventSalience: string;
  /** data/lexicons/speech-cues/speech-cues.tsv */
  readonly speechCues: string;
  /** data/models/ner/ner-model.txt */
  readonly nerModel: string;
  /** data/kb/: entities.tsv, governorates.tsv, places.tsv, names.tsv, cues.tsv, clusters.tsv */
  readonly kbEntities: string;
  readonly kbGovernorates: string;
  readonly kbPlaces: string;
  readonly kbNames: string;
  readonly kbCues: string;
  readonly kbClusters: string;
  /** data/kb/demonyms.tsv: nationality adjectives and the organisation heads they qualify. */
  readonly kbDemonyms: string;
}

/** Compiles the data files into ready structures. */
export function buildResources(files: ResourceFiles): Resources {
  return Object.freeze({
    clitics: parseCliticLexicon(files.cliticStems),
    times: parseTimeLexicon(files.timeWords),
    events: parseEventLexicon(files.eventTriggers),
    eventSalience: parseSalienceModel(files.eventSalience),
    speechCues: parseSpeechCues(files.speechCues),
    entities: buildEntityResources({
      model: files.nerModel,
      entities: files.kbEntities,
      governorates: files.kbGovernorates,
      places: files.kbPlaces,
      names: files.kbNames,
      cues: files.kbCues,
      clusters: files.kbClusters,
      demonyms: files.kbDemonyms,
    }),
  });
}

/** Data versions, recorded in every document's provenance. */
export function resourceVersions(resources: Resources): Record<string, string> {
  return {
    [resources.clitics.name]: resources.clitics.version,
    [resources.times.name]: resources.times.version,
    [resources.events.name]: resources.events.version,
    [resources.eventSalience.name]: resources.eventSalience.version,
    [resources.speechCues.name]: resources.speechCues.version,
    ...entityResourceVersions(resources.entities),
  };
}
