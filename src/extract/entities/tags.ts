import type { EntityType } from "../../doc/index.js";

/** The four classes Marsad records; GPE, LOC and facilities are folded into LOC. */
export const ENTITY_TYPES: readonly EntityType[] = ["PER", "ORG", "LOC", "MISC"];

/** BIO tags in model order: index 0 is O, then B-/I- for each type (B at 1 + 2t, I at 2 + 2t). */
export const TAGS: readonly string[] = ["O", ...ENTITY_TYPES.flatMap((type) => [`B-${type}`, `I-${type}`])];

export const TAG_COUNT = TAGS.length;

/** The type of a B-/I- tag index, or null for O. */
export function typeOfTag(tag: number): EntityType | null {
  return tag === 0 ? null : (ENTITY_TYPES[(tag - 1) >> 1] ?? null);
}

export function isInside(tag: number): boolean {
  return tag > 0 && (tag - 1) % 2 === 1;
}

/**
 * FANE's fine classes (Alotaibi & Lee 2014, an ACE-style two-level taxonomy) by coarse class.
 * PER.Group (العرب، المسلمين) names peoples, not persons: ANERcorp and Wojood (NORP) keep those apart,
 * so it goes to MISC. Facilities (FAC: Building-Grounds, Path, Airport, Subarea-Facility) are places
 * to a news reader and go to LOC with GPE. Vehicles, weapons and products are MISC.
 */
const FANE_TYPES: Readonly<Record<string, EntityType>> = {
  Politician: "PER",
  Athlete: "PER",
  Businessperson: "PER",
  Artist: "PER",
  Scientist: "PER",
  Police: "PER",
  Engineer: "PER",
  Religious_PER: "PER",
  Lawyer: "PER",
  Other_PER: "PER",
  Group: "MISC",
  Government: "ORG",
  Commercial: "ORG",
  Educational: "ORG",
  Media: "ORG",
  Religious_ORG: "ORG",
  Sports: "ORG",
  "Non-Governmental": "ORG",
  Entertainment: "ORG",
  "Medical-Science": "ORG",
  Continent: "LOC",
  Nation: "LOC",
  "State-or-Province": "LOC",
  "County-or-District": "LOC",
  "Population-Center": "LOC",
  "GPE-Cluster": "LOC",
  "Water-Body": "LOC",
  Celestial: "LOC",
  "Land-Region-Natural": "LOC",
  Address: "LOC",
  Boundary: "LOC",
  "Building-Grounds": "LOC",
  Path: "LOC",
  Airport: "LOC",
  "Subarea-Facility": "LOC",
};

/** Coarse labels of ANERcorp (PERS), AQMAR (PER, MIS0..MIS3), Wojood (PERS, GPE, NORP…) and ours. */
const COARSE_TYPES: Readonly<Record<string, EntityType | null>> = {
  PER: "PER",
  PERS: "PER",
  PERSON: "PER",
  ORG: "ORG",
  ORGANIZATION: "ORG",
  LOC: "LOC",
  GPE: "LOC",
  FAC: "LOC",
  LOCATION: "LOC",
  MISC: "MISC",
  MIS: "MISC",
  NORP: "MISC",
  EVENT: "MISC",
  PRODUCT: "MISC",
  LAW: "MISC",
  LANGUAGE: "MISC",
};

/**
 * Maps a corpus label (B-Politician, I-PERS, B-MIS2, B-GPE) to one of our BIO tag indexes.
 * AQMAR's typos (I--ORG, B-MIS1`, B-MIS-2, OO) are repaired; any other label (DATE, OCC, ENGLISH) is O.
 */
export function tagIndexOf(label: string): number {
  const match = /^([BI])-+(.+)$/.exec(label.trim());
  if (!match) return 0;
  const prefix = match[1]!;
  const name = match[2]!.replace(/[`'\d-]+$/, "").replace(/^MIS\w*$/, "MIS");
  const type = FANE_TYPES[name] ?? COARSE_TYPES[name.toUpperCase()] ?? null;
  if (type === null) return 0;
  return 1 + 2 * ENTITY_TYPES.indexOf(type) + (prefix === "I" ? 1 : 0);
}
