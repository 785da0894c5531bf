import type { CatalogEntry } from '../../../shared/src/catalogTypes';
import { apiOf, codeOf, twinName } from '../../../shared/src/entryNames';

/**
 * A catalog entry as the look-up lists it, searchable by what each part holds: the label its code
 * and title, the description its summary, the detail the words of its description.
 */
export function entryItemText(entry: CatalogEntry): { label: string; description: string; detail: string } {
  return {
    label: `${codeOf(entry)}  ${entry.title}${apiOf(entry)}`,
    description: entrySummary(entry),
    detail: entry.description || entry.details.join(' ') || entry.remedy,
  };
}

/**
 * What a quick pick shows beside the name: string code, the code it arrives under (typing 100 finds
 * 2388293), the page's title, category, transient or permanent, twins (so typing 470 finds 131047).
 */
export function entrySummary(entry: CatalogEntry): string {
  return [
    entry.stringCode && entry.stringCode !== entry.title ? entry.stringCode : undefined,
    entry.subcodeOf !== undefined ? `error_subcode of ${entry.subcodeOf}` : undefined,
    entry.pageTitle ? `Meta’s page: ${entry.pageTitle}` : undefined,
    entry.category,
    entry.transient ? 'transient: retry with back-off' : 'permanent',
    entry.deprecated ? 'deprecated' : undefined,
    entry.source,
    ...(entry.twins ?? []).map((twin) => `= ${twinName(twin)}`),
  ]
    .filter((part) => part !== undefined)
    .join(' · ');
}
