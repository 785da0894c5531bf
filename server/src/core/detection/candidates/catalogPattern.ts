import type { Catalog } from '../../../../../shared/src/catalog';

/** What the detector looks for in a catalog: one pattern finding every candidate. */
export interface CatalogPattern {
  readonly pattern: RegExp;
  readonly stringCodes: ReadonlySet<string>;
}

const patterns = new WeakMap<Catalog, CatalogPattern>();

/** The catalog's codes and textual codes as one global pattern, made once per catalog. */
export function catalogPatternOf(catalog: Catalog): CatalogPattern {
  let found = patterns.get(catalog);
  if (!found) {
    const stringCodes = new Set(catalog.stringCodes);
    const words = [...[...catalog.codes].map(String), ...stringCodes];
    // The codes themselves, as a trie (4(?:0[0128]|…)|…): the engine rejects most digits at once.
    found = { pattern: new RegExp(`\\b(?:${trieAlternation(words)})\\b`, 'g'), stringCodes };
    patterns.set(catalog, found);
  }
  return found;
}

/** A regular expression source matching exactly `words`, sharing their common prefixes. */
function trieAlternation(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  for (const word of words) {
    const rest = byFirst.get(word[0]) ?? [];
    rest.push(word.slice(1));
    byFirst.set(word[0], rest);
  }
  const branches = [...byFirst].map(([first, rests]) => {
    const longer = rests.filter((r) => r !== '');
    if (longer.length === 0) return escapeRegExp(first);
    const tail = trieAlternation(longer);
    const optional = longer.length < rests.length ? '?' : '';
    const group = longer.length === 1 && !optional ? tail : `(?:${tail})${optional}`;
    return escapeRegExp(first) + group;
  });
  // Single characters only (the last digit of 1000–1026): one class, which the engine tests at once.
  const singles = [...byFirst].every(([, rests]) => rests.every((r) => r === ''));
  return singles && branches.length > 1 ? `[${branches.map((b) => (b === '-' ? '\\-' : b)).join('')}]` : branches.join('|');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
