import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { twinName } from '../../../shared/src/entryNames';

/** What a quick pick shows beside the name: string code, category, transient or permanent, twins (so typing 470 finds 131047). */
export function entrySummary(entry: CatalogEntry): string {
  return [
    entry.stringCode && entry.stringCode !== entry.title ? entry.stringCode : undefined,
    entry.category,
    entry.transient ? 'transient: retry with back-off' : 'permanent',
    entry.deprecated ? 'deprecated' : undefined,
    entry.source,
    ...(entry.twins ?? []).map((twin) => `= ${twinName(twin)}`),
  ]
    .filter((part) => part !== undefined)
    .join(' · ');
}
