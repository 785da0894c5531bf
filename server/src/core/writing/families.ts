import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { CEQUENS_SOURCE } from '../../../../shared/src/cequensCatalog';

/**
 * A family of codes: one catalog's codes of one category (the Cloud API's rate limits 4, 80007,
 * 130429, 131048, 131056; its templates 132000…). Completion ranks the families a file already
 * handles first, and "missing cases" adds the members of those families a handler leaves out.
 */
export function familyOf(entry: CatalogEntry): string {
  return `${entry.source}\u0000${entry.category}`;
}

/** "Cloud API rate limit", "On-Premises message": a family as the editor names it. */
export function familyName(entry: CatalogEntry): string {
  return `${entry.source === CEQUENS_SOURCE ? 'On-Premises' : entry.source} ${entry.category}`;
}

/** "transient: retry with back-off" or "permanent: do not retry", and how, where the catalog says. */
export function retryClass(entry: CatalogEntry): string {
  if (!entry.transient) return 'permanent: do not retry';
  return entry.retry ? `transient: ${entry.retry}` : 'transient: retry with back-off';
}

/** The families and catalogs of the codes a document already holds. */
export class CatalogUsage {
  private readonly families = new Set<string>();
  private readonly sources = new Set<string>();

  constructor(entries: Iterable<CatalogEntry>) {
    for (const entry of entries) {
      this.families.add(familyOf(entry));
      this.sources.add(entry.source);
    }
  }

  get isEmpty(): boolean {
    return this.sources.size === 0;
  }

  /** 0 for a family the document handles, 1 for another of a catalog it uses, 2 for the rest. */
  rank(entry: CatalogEntry): number {
    if (this.families.has(familyOf(entry))) return 0;
    return this.sources.has(entry.source) ? 1 : 2;
  }
}
