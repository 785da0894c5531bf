import type { CatalogEntry } from '../../../shared/src/catalogTypes';

/** "470 Re-engagement message"; for a textual code, "401 MISSING_TOKEN". */
export function entryName(entry: CatalogEntry): string {
  return `${entry.code} ${entry.title}`;
}

/** What a quick pick shows beside the name: string code, category, transient or permanent. */
export function entrySummary(entry: CatalogEntry): string {
  return [
    entry.stringCode && entry.stringCode !== entry.title ? entry.stringCode : undefined,
    entry.category,
    entry.transient ? 'transient: retry with back-off' : 'permanent',
    entry.deprecated ? 'deprecated' : undefined,
    entry.source,
  ]
    .filter((part) => part !== undefined)
    .join(' · ');
}
