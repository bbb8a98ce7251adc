/** Test helpers: the committed lexicons, loaded once, and a one-call detector. Not part of the stage. */
import { loadResources } from "../../node/resources.js";
import { tokenize } from "../../text/index.js";
import { parseIsoDate } from "./civil-date.js";
import { findTimes, type TimeRecord } from "./find-times.js";

export const resources = loadResources();
export const clitics = resources.clitics;
export const timeWords = resources.times;

/** The time expressions of `text` against a reference date (ISO) or none. */
export function timesOf(text: string, reference: string | null): TimeRecord[] {
  return findTimes(text, tokenize(text, clitics), timeWords, parseIsoDate(reference));
}
