import type { Catalog } from '../../../../shared/src/catalog';
import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { apiOf } from '../../../../shared/src/entryNames';
import { familyName, retryClass, type CatalogUsage } from './families';

/** One code offered where a handler names a code: its text, and every meaning of it. */
export interface CodeSuggestion {
  /** What is inserted: `131047`, or a textual code inside quotes (`MISSING_TOKEN`). */
  readonly label: string;
  /** The meaning shown beside it: the one of the families the document uses first. */
  readonly title: string;
  /** Its family and retry class, and how many meanings the code has. */
  readonly detail: string;
  readonly entries: readonly CatalogEntry[];
  /** Orders the list: the families the document handles, then its catalogs, then by code. */
  readonly sortText: string;
}

/**
 * The catalog's codes that begin with what is typed, each once. Inside quotes, textual codes
 * (`MISSING_TOKEN`) too. A documented range (200–299) is not offered: it is no one code.
 */
export function codeSuggestions(catalog: Catalog, typed: string, quoted: boolean, usage: CatalogUsage): CodeSuggestion[] {
  const byLabel = new Map<string, CatalogEntry[]>();
  const add = (label: string, entry: CatalogEntry) => {
    if (!label.toLowerCase().startsWith(typed.toLowerCase())) return;
    const entries = byLabel.get(label);
    if (entries) entries.push(entry);
    else byLabel.set(label, [entry]);
  };
  for (const entry of catalog.entries) {
    if (entry.lastCode !== undefined || entry.subcodeOf !== undefined) continue;
    add(String(entry.code), entry);
    if (quoted && entry.stringCode) add(entry.stringCode, entry);
  }
  return [...byLabel].map(([label, entries]) => {
    const ranked = [...entries].sort((a, b) => usage.rank(a) - usage.rank(b));
    const first = ranked[0];
    const more = entries.length > 1 ? ` · ${entries.length} meanings` : '';
    return {
      label,
      title: `${first.title}${apiOf(first)}`,
      detail: `${familyName(first)} · ${retryClass(first)}${more}`,
      entries: ranked,
      sortText: `${usage.rank(first)}${label.padStart(12, '0')}`,
    };
  });
}
