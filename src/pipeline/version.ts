/** Marsad's version, stamped in every record's provenance; kept equal to package.json by a test. */
export const MARSAD_VERSION = "0.1.0";
