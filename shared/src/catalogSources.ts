import { Catalog } from './catalog';
import type { CatalogEntry, Twin } from './catalogTypes';
import { CEQUENS_SOURCE, cequensEntries } from './cequensCatalog';
import { CLOUD_SOURCE, cloudEntries, TWILIO_SOURCE } from './cloudCatalog';

/** The catalogs a user can choose (`cequens.catalogs`), in the order their entries are listed. */
export const CATALOG_SOURCES = [CEQUENS_SOURCE, CLOUD_SOURCE] as const;
export type CatalogSource = (typeof CATALOG_SOURCES)[number];

/** The catalog of the chosen sources; unknown names are ignored, and none chosen means all. */
export function catalogOf(sources: readonly string[] = CATALOG_SOURCES): Catalog {
  const chosen = CATALOG_SOURCES.filter((s) => sources.includes(s));
  const wanted = chosen.length > 0 ? chosen : CATALOG_SOURCES;
  const cloud = wanted.includes(CLOUD_SOURCE) ? cloudEntries() : [];
  const cequens = wanted.includes(CEQUENS_SOURCE) ? withCloudTwins(cequensEntries(), cloud) : [];
  return new Catalog([...cequens, ...cloud]);
}

/**
 * The twins are written once, on the Cloud entries (131047 → 470); the On-Premises entries get
 * them back here (470 → 131047, and Twilio's 63016 for 470), so that each card names the other.
 */
function withCloudTwins(cequens: readonly CatalogEntry[], cloud: readonly CatalogEntry[]): CatalogEntry[] {
  const sharing = (entry: CatalogEntry) => cequens.filter((e) => e.code === entry.code).length;
  return cequens.map((entry) => {
    const twins: Twin[] = [];
    for (const cloudEntry of cloud) {
      for (const twin of cloudEntry.twins ?? []) {
        if (twin.source === TWILIO_SOURCE && twin.through === entry.code) {
          if (!twins.some((t) => t.source === TWILIO_SOURCE && t.code === twin.code)) twins.push({ source: TWILIO_SOURCE, code: twin.code, confidence: 'confirmed' });
        } else if (twin.source === CEQUENS_SOURCE && twin.code === entry.code) {
          if (twin.stringCode ? twin.stringCode !== entry.stringCode : sharing(entry) > 1) continue;
          twins.push({ source: CLOUD_SOURCE, code: cloudEntry.code, confidence: twin.confidence });
        }
      }
    }
    return twins.length > 0 ? { ...entry, twins } : entry;
  });
}
