import type { Catalog } from '../../../../shared/src/catalog';
import type { CatalogEntry } from '../../../../shared/src/catalogTypes';
import { codeOf } from '../../../../shared/src/entryNames';

/**
 * The entries a look-up query names, best first: a code (131047; a code a range holds; the twin
 * code of another layer, Twilio's 63016), else words that all occur in the code, the textual code,
 * the title or (unless `namesOnly`, as a symbol search wants) the description ("re-engagement",
 * "missing token"). An empty query lists every entry.
 */
export function searchCatalog(catalog: Catalog, query: string, { namesOnly = false } = {}): CatalogEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...catalog.entries];
  const ranked = catalog.entries.flatMap((entry, order) => {
    const rank = rankOf(entry, words);
    return rank === undefined || (namesOnly && rank === DESCRIPTION_RANK) ? [] : [{ entry, rank, order }];
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.order - b.order).map((r) => r.entry);
}

const DESCRIPTION_RANK = 3;

/** 0: the code itself; 1: a code it starts with or a twin's; 2: the textual code or title; 3: the description. */
function rankOf(entry: CatalogEntry, words: readonly string[]): number | undefined {
  if (words.length === 1 && /^\d+$/.test(words[0])) {
    const code = Number(words[0]);
    if (code >= entry.code && code <= (entry.lastCode ?? entry.code)) return 0;
    if (codeOf(entry).startsWith(words[0]) || entry.twins?.some((t) => t.code === code)) return 1;
  }
  const name = `${codeOf(entry)} ${entry.stringCode ?? ''} ${entry.title} ${entry.api ?? ''}`.toLowerCase();
  if (words.every((w) => name.includes(w))) return 2;
  const all = `${name} ${entry.description} ${entry.details.join(' ')}`.toLowerCase();
  return words.every((w) => all.includes(w)) ? DESCRIPTION_RANK : undefined;
}
