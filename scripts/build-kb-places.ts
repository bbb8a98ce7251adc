/**
 * Builds data/kb/places.tsv: places with their Arabic and English names, for the entity gazetteer,
 * linking and romanization. Run with `npm run build:kb-places` (or `npx tsx scripts/build-kb-places.ts`);
 * the output is committed and nothing is read at run time.
 *
 * Sources, both offline:
 * - Node's ICU (CLDR) region names: `Intl.DisplayNames('ar'|'en', { type: 'region' })` for every
 *   two-letter region code, ids `geo:IQ`.
 * - Debian's libgeonames-common (GeoNames cities over 15,000 people and first-level divisions,
 *   CC BY 4.0): the gettext catalogues /usr/share/locale/{ar,en}/LC_MESSAGES/geonames.mo map a
 *   GeoNames id to its Arabic and English names, ids `geo:<geonames id>` or `geo:IQ.15`.
 *   Arabic entries still in Latin script (untranslated) are skipped.
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "data", "kb", "places.tsv");
const MO = (lang: string) => `/usr/share/locale/${lang}/LC_MESSAGES/geonames.mo`;
const VERSION = "1.0.0";

/** Reads a GNU gettext .mo catalogue (little-endian) into msgid → msgstr. */
function readMo(path: string): Map<string, string> {
  const bytes = readFileSync(path);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0x950412de) throw new Error(`${path}: not a little-endian .mo file`);
  const count = view.getUint32(8, true);
  const ids = view.getUint32(12, true);
  const strs = view.getUint32(16, true);
  const decoder = new TextDecoder("utf-8");
  const at = (table: number, i: number) => {
    const length = view.getUint32(table + 8 * i, true);
    const offset = view.getUint32(table + 8 * i + 4, true);
    return decoder.decode(bytes.subarray(offset, offset + length));
  };
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) out.set(at(ids, i), at(strs, i));
  return out;
}

const clean = (name: string) => name.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim();
const isArabic = (name: string) => /^[\u0600-\u06ff\s'-]+$/.test(name) && /[\u0621-\u064a]/.test(name);

const rows = new Map<string, string>();
const ar = new Intl.DisplayNames("ar", { type: "region" });
const en = new Intl.DisplayNames("en", { type: "region" });
for (let a = 65; a <= 90; a++) {
  for (let b = 65; b <= 90; b++) {
    const code = String.fromCharCode(a, b);
    let arabic: string | undefined;
    let english: string | undefined;
    try {
      arabic = ar.of(code);
      english = en.of(code);
    } catch {
      continue;
    }
    if (!arabic || !english || arabic === code || !isArabic(clean(arabic))) continue;
    rows.set(`geo:${code}`, `${clean(arabic)}\t${english}\tCOUNTRY\tgeo:${code}`);
  }
}
let geonamesVersion = "absent";
if (existsSync(MO("ar")) && existsSync(MO("en"))) {
  geonamesVersion = execFileSync("dpkg-query", ["-W", "-f=${Version}", "libgeonames-common"], {
    encoding: "utf8",
  }).trim();
  const arabic = readMo(MO("ar"));
  const english = readMo(MO("en"));
  for (const [id, name] of arabic) {
    const latin = english.get(id);
    const label = clean(name);
    if (id === "" || !latin || !isArabic(label)) continue;
    const kind = /^\d+$/.test(id) ? "CITY" : /^[A-Z]{2}\.\w+$/.test(id) ? "REGION" : null;
    if (kind === null) continue;
    rows.set(`geo:${id}`, `${label}\t${latin}\t${kind}\tgeo:${id}`);
  }
}
const lines = [...rows.values()].sort();
const header = `# name=kb-places version=${VERSION} licence=CC-BY-4.0 source=ICU-region-names(node-${process.versions.icu})+libgeonames-common-${geonamesVersion}`;
writeFileSync(OUT, [header, "# arabic\tlatin\tkind\tid", ...lines].join("\n") + "\n");
console.log(`wrote ${OUT}: ${lines.length} places`);
